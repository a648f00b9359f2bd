// Every test file gets its own SQLite file, migrated from drizzle/ as the app's is.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { closeDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';

// A column compared with a bare name ("assignment_id" = "id", sm.user_id = "id") is how drizzle
// writes an outer column in a one-table select list: inside a subquery the bare name is the
// subquery's own column, so counts compared each row with itself (db/queries/outer.ts). Every
// statement the tests prepare is refused if it has one.
const BARE_COMPARISON = /(?<![."\w])"\w+" = "\w+"(?![."\w])|\b\w+\.\w+ = "\w+"(?![."\w])/;
const prepare = Database.prototype.prepare;
Database.prototype.prepare = function (this: Database.Database, source: string) {
  const bare = BARE_COMPARISON.exec(source);
  if (bare) throw new Error(`SQL compares a column with a bare name (${bare[0]}): wrap the outer query's column in outer() (db/queries/outer.ts).\n${source}`);
  return prepare.call(this, source);
} as typeof prepare;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hm-test-'));
process.env.DATABASE_PATH = path.join(dir, 'test.db');
// Signs device cookies and encrypts two-step secrets in tests (lib/auth/keys.ts).
process.env.AUTH_SECRET ??= 'vitest-only-secret-0123456789-0123456789';
// Links in mail are built from the app's public address, which a deployment must set.
process.env.APP_URL ??= 'http://horses-mouth.test';
closeDatabase();
migrateDatabase(process.env.DATABASE_PATH);

afterAll(() => {
  closeDatabase();
  fs.rmSync(dir, { recursive: true, force: true });
});
