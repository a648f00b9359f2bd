/**
 * How this server sends mail, from its environment. Read where it is used (never at import), so
 * `next build` and tests without SMTP see "off".
 *
 *   SMTP_URL   smtp://user:pass@relay.example.edu:587 (STARTTLS when the server offers it),
 *              smtps://…:465 for TLS from the start. Unset: mail stays in the outbox.
 *   MAIL_FROM  "Career Centre <careers@example.edu>"; default "Horse's Mouth" <no-reply@APP_URL's host>.
 *   APP_URL    required with SMTP_URL: every link in a message is built from it.
 */
export type MailConfig = { smtpUrl: string; from: string; appUrl: string };

export type MailSetup =
  | { status: 'off' }
  | { status: 'incomplete'; problem: string }
  | { status: 'on'; config: MailConfig };

export function mailSetup(env: Record<string, string | undefined> = process.env): MailSetup {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return { status: 'off' };
  if (!/^smtps?:\/\//i.test(smtpUrl)) return { status: 'incomplete', problem: 'SMTP_URL must start with smtp:// or smtps://.' };
  const appUrl = env.APP_URL?.trim().replace(/\/+$/, '');
  if (!appUrl || !/^https?:\/\//i.test(appUrl)) {
    return { status: 'incomplete', problem: 'SMTP_URL is set but APP_URL is not: links in mail need the address people reach the app at.' };
  }
  const from = env.MAIL_FROM?.trim() || `"Horse's Mouth" <no-reply@${new URL(appUrl).hostname}>`;
  return { status: 'on', config: { smtpUrl, from, appUrl } };
}

/** The domain of an address such as `"Name" <a@b.example>`, or null. */
export function addressDomain(address: string): string | null {
  const m = /@([A-Za-z0-9.-]+)>?\s*$/.exec(address.trim());
  return m ? m[1].toLowerCase() : null;
}
