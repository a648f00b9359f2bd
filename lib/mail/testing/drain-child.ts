/**
 * A separate sender process for the mail tests: drains the outbox of DATABASE_PATH through
 * SMTP_URL once, the way the app's sender does, and prints what it did as JSON.
 * Run: node node_modules/tsx/dist/cli.mjs lib/mail/testing/drain-child.ts
 */
import { closeDatabase } from '@/db/client';
import { mailSetup } from '../config';
import { drainOutbox } from '../sender';
import { createSmtpTransport } from '../transport';

async function main() {
  const setup = mailSetup();
  if (setup.status !== 'on') throw new Error(`mail is not configured: ${setup.status}`);
  const transport = createSmtpTransport(setup.config.smtpUrl);
  const result = await drainOutbox({ deliver: transport.deliver, config: setup.config, max: 10_000 });
  transport.close();
  closeDatabase();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main();
