import fs from 'node:fs';
import path from 'node:path';

/**
 * AUTH_SECRET when set; otherwise the secret that `npm start`/`npm run demo` made and kept in
 * data/.auth-secret for the embedded default. A deployment with its own DATABASE_PATH must set
 * AUTH_SECRET (scripts/prepare-data.mjs refuses to start without it).
 */
export function sessionSecret(): string | undefined {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.DATABASE_PATH) return undefined;
  try {
    return fs.readFileSync(path.join(process.cwd(), 'data', '.auth-secret'), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
