import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from './client';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'drizzle');

/** Applies every migration in drizzle/ that the file has not had yet. */
export function migrateDatabase(file: string, migrationsFolder = MIGRATIONS_FOLDER): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const { sqlite, db } = openDatabase(file);
  try {
    migrate(db, { migrationsFolder });
  } finally {
    sqlite.close();
  }
}
