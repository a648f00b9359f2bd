// Every test file gets its own SQLite file, migrated from drizzle/ as the app's is.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { closeDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hm-test-'));
process.env.DATABASE_PATH = path.join(dir, 'test.db');
closeDatabase();
migrateDatabase(process.env.DATABASE_PATH);

afterAll(() => {
  closeDatabase();
  fs.rmSync(dir, { recursive: true, force: true });
});
