import { simpleParser, type ParsedMail } from 'mailparser';
import { expect } from '@playwright/test';
import { MAIL_API } from './servers/ports';

/** Every message the run's SMTP server accepted for this address, parsed, oldest first. */
export async function mailTo(address: string): Promise<ParsedMail[]> {
  const res = await fetch(`${MAIL_API}/messages?to=${encodeURIComponent(address.toLowerCase())}`);
  const list = (await res.json()) as { raw: string }[];
  return Promise.all(list.map((m) => simpleParser(m.raw)));
}

/** Waits (polling, no fixed sleep) until `count` messages have arrived for the address. */
export async function waitForMail(address: string, count = 1): Promise<ParsedMail[]> {
  await expect.poll(async () => (await mailTo(address)).length, { timeout: 30_000, message: `mail for ${address}` }).toBeGreaterThanOrEqual(count);
  return mailTo(address);
}

/** A header exactly as it was sent (mailparser folds List-* headers into one object). */
export function rawHeader(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '');
}

/** Lets mail to an address at the refused domain through from now on. */
export async function allowAddress(address: string): Promise<void> {
  await fetch(`${MAIL_API}/allow?address=${encodeURIComponent(address.toLowerCase())}`, { method: 'POST' });
}
