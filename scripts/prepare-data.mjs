// Runs once before the server starts (npm start, npm run dev, npm run demo, the e2e server):
// makes the data folder, keeps a session secret for the embedded default, applies migrations.
// Never part of `next build`.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const DEFAULT_DATABASE_PATH = path.join('data', 'horses-mouth.db');
export const EMBEDDED_SECRET_FILE = path.join('data', '.auth-secret');

export function databasePath() {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

/** The embedded default keeps its own secret; a configured deployment must bring one. */
export function ensureSecret() {
  if (process.env.AUTH_SECRET) return;
  if (process.env.DATABASE_PATH) {
    console.error(
      'AUTH_SECRET is not set. A deployment with its own DATABASE_PATH must set AUTH_SECRET ' +
        '(generate one with: openssl rand -base64 33).',
    );
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(EMBEDDED_SECRET_FILE), { recursive: true });
  if (!fs.existsSync(EMBEDDED_SECRET_FILE)) {
    fs.writeFileSync(EMBEDDED_SECRET_FILE, crypto.randomBytes(33).toString('base64') + '\n', { mode: 0o600 });
    console.log(`Made a session secret in ${EMBEDDED_SECRET_FILE} (kept; delete it to sign everyone out).`);
  }
}

/**
 * A deployment (DATABASE_PATH set) must say where people reach it: invite and password links
 * that are mailed out are built from APP_URL, never from a request's Host header.
 */
export function ensureAppUrl() {
  const value = process.env.APP_URL;
  if (value) {
    let url;
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname.replace(/\/+$/, '') !== '' || url.search || url.hash) {
      console.error(`APP_URL must be the app's address, like https://careers.example.edu (got ${JSON.stringify(value)}).`);
      process.exit(1);
    }
    return;
  }
  if (process.env.DATABASE_PATH) {
    console.error(
      'APP_URL is not set. A deployment with its own DATABASE_PATH must set APP_URL to the address ' +
        'people reach it at (for example https://careers.example.edu): mailed links are built from it.',
    );
    process.exit(1);
  }
}

export function migrateDatabase(file = databasePath()) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    migrate(drizzle(sqlite), { migrationsFolder: path.join(process.cwd(), 'drizzle') });
  } finally {
    sqlite.close();
  }
}

export function removeDatabase(file = databasePath()) {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const fresh = process.argv.includes('--fresh');
  if (fresh) removeDatabase();
  ensureSecret();
  ensureAppUrl();
  migrateDatabase();
  if (!process.argv.includes('--quiet')) console.log(`Database ready: ${databasePath()}`);
}
