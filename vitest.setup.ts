// Every test file gets its own SQLite file, migrated from drizzle/ as the app's is.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { closeDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';

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
