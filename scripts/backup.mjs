// npm run backup: a consistent copy of the live database, taken while the app runs, with
// SQLite's online backup API (better-sqlite3's db.backup), checked with PRAGMA integrity_check,
// keeping the newest BACKUP_KEEP copies (default 14) in BACKUP_DIR (default: backups/ beside the
// database). Restore one with: npm run restore -- <file>   (scripts/restore.mjs).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from './prepare-data.mjs';

const NAME = /^horses-mouth-\d{8}T\d{6}(\d{3})?Z\.db$/;

export function backupDir(file = databasePath()) {
  return process.env.BACKUP_DIR || path.join(path.dirname(path.resolve(file)), 'backups');
}

function keepCount() {
  const n = Number(process.env.BACKUP_KEEP ?? 14);
  return Number.isInteger(n) && n >= 1 ? n : 14;
}

/** PRAGMA integrity_check on a file; throws unless it answers "ok". */
export function checkIntegrity(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check');
    const answer = rows.map((r) => r.integrity_check).join('; ');
    if (answer !== 'ok') throw new Error(`${file} failed integrity_check: ${answer}`);
  } finally {
    db.close();
  }
}

/**
 * Copies the live database to a new timestamped file. All pages are copied in one step, inside
 * one read transaction: the copy is the database as it stood at one instant, and writers
 * (WAL mode) carry on meanwhile instead of restarting the copy.
 */
export async function backupDatabase({ source = databasePath(), dir = backupDir(source), keep = keepCount(), now = new Date() } = {}) {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '');
  const target = path.join(dir, `horses-mouth-${stamp}.db`);
  const partial = `${target}.partial`;
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(partial, { progress: ({ totalPages }) => Math.max(totalPages, 1) });
  } finally {
    db.close();
  }
  // The copy carries the live database's WAL mode; make it one self-contained file (no -wal or
  // -shm beside it, whoever opens it later), check it, then give it its name.
  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  checkIntegrity(partial);
  fs.renameSync(partial, target);
  const backups = fs
    .readdirSync(dir)
    .filter((f) => NAME.test(f))
    .sort();
  const removed = backups.slice(0, Math.max(0, backups.length - keep));
  for (const f of removed) fs.rmSync(path.join(dir, f), { force: true });
  return { file: target, removed };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  try {
    const { file, removed } = await backupDatabase();
    console.log(`Backed up ${databasePath()} to ${file} (integrity_check ok).${removed.length ? ` Removed ${removed.length} older backup(s).` : ''}`);
  } catch (error) {
    console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
