// npm run restore -- <backup file>: puts a backup made by npm run backup back as the live
// database (DATABASE_PATH, or the embedded default). The backup is checked first; the current
// database is kept beside it as <name>.before-restore-<time>; then the backup is copied in with
// SQLite's backup API, which rewrites the live file page by page under a write lock, so a
// running app sees the restored data on its next query. Stopping the app first is still wiser:
// requests in flight during the restore may fail.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { checkIntegrity } from './backup.mjs';
import { databasePath } from './prepare-data.mjs';

export async function restoreDatabase(backupFile, target = databasePath(), now = new Date()) {
  if (!backupFile || !fs.existsSync(backupFile)) throw new Error(`No such backup: ${backupFile ?? '(none given)'}`);
  checkIntegrity(backupFile);
  let kept = null;
  if (fs.existsSync(target)) {
    kept = `${target}.before-restore-${now.toISOString().replace(/[-:.]/g, '')}`;
    const live = new Database(target, { fileMustExist: true });
    try {
      live.pragma('busy_timeout = 5000');
      await live.backup(kept, { progress: ({ totalPages }) => Math.max(totalPages, 1) });
    } finally {
      live.close();
    }
  } else {
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  }
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target, { progress: ({ totalPages }) => Math.max(totalPages, 1) });
  } finally {
    source.close();
  }
  checkIntegrity(target);
  return { kept };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  try {
    const file = process.argv[2];
    const { kept } = await restoreDatabase(file);
    console.log(`Restored ${databasePath()} from ${file}.${kept ? ` The database it replaced is kept as ${kept}.` : ''}`);
  } catch (error) {
    console.error(`Restore failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
