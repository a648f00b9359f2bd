import 'server-only';

/**
 * The address people reach this app at, for links that leave it (invite and password e-mails).
 * Never taken from a request: a Host or X-Forwarded-Host header is whatever the client sent, and
 * a mailed link built from it could point anywhere. A deployment (DATABASE_PATH set) must set
 * APP_URL (scripts/prepare-data.mjs refuses to start without it); the embedded demo uses
 * http://localhost and its port.
 */
export function appUrl(env: Record<string, string | undefined> = process.env): string {
  if (env.APP_URL) return env.APP_URL.replace(/\/+$/, '');
  if (env.DATABASE_PATH) throw new Error('APP_URL is not set: a deployment with its own DATABASE_PATH must set it.');
  return `http://localhost:${env.PORT || 3000}`;
}
