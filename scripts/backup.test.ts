import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/db/migrate';
// @ts-expect-error: plain ES modules, run by node as npm run backup / npm run restore
import { backupDatabase, checkIntegrity } from './backup.mjs';
// @ts-expect-error: plain ES module
import { restoreDatabase } from './restore.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hm-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Another process writes audit rows as fast as it can, each in its own transaction, and prints
 * the id of every 50th one SQLite has acknowledged (committed), until `stop()` is called.
 */
function writeBurst(file: string) {
  const stopFile = `${file}.stop`;
  const code = `
    const fs = require('node:fs');
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)});
    db.pragma('journal_mode = WAL'); db.pragma('busy_timeout = 5000'); db.pragma('synchronous = NORMAL');
    const insert = db.prepare("insert into audit_log (action, details) values ('BURST', ?)");
    let n = 0;
    for (;;) {
      const id = insert.run(JSON.stringify({ n: ++n })).lastInsertRowid;
      if (n % 50 === 0) { process.stdout.write(id + '\\n'); if (fs.existsSync(${JSON.stringify(stopFile)})) break; }
    }
    process.stdout.write('done ' + n + '\\n');
  `;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  let acked = 0;
  let total = 0;
  let firstAck: () => void = () => {};
  const started = new Promise<void>((resolve) => (firstAck = resolve));
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) {
      if (line.startsWith('done ')) total = Number(line.slice(5));
      else if (line) {
        acked = Number(line);
        firstAck();
      }
    }
  });
  const finished = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = () => {
    fs.writeFileSync(stopFile, '');
    return finished;
  };
  return { acked: () => acked, total: () => total, started, stop };
}

const ids = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("select id from audit_log where action = 'BURST' order by id").all() as { id: number }[]).map((r) => r.id);
  } finally {
    db.close();
  }
};

describe('npm run backup / npm run restore', () => {
  it('backs up during a write burst, checks the copy, keeps the last N, and restores with nothing missing', async () => {
    const live = path.join(dir, 'live.db');
    migrateDatabase(live);
    const backups = path.join(dir, 'backups');
    const burst = writeBurst(live);
    await burst.started; // the burst is writing
    const ackedBefore = burst.acked();
    expect(ackedBefore).toBeGreaterThan(0);
    const made: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { file } = await backupDatabase({ source: live, dir: backups, keep: 3, now: new Date(Date.UTC(2026, 11, 1, 10, 0, i)) });
      made.push(file);
    }
    await burst.stop();

    // The newest three are kept, each a sound database.
    const kept = fs.readdirSync(backups).sort();
    expect(kept).toEqual(made.slice(1).map((f) => path.basename(f)));
    for (const f of kept) checkIntegrity(path.join(backups, f));

    // The last copy holds every write acknowledged before it began, with no gap: a consistent instant.
    const copied = ids(made[3]);
    expect(copied.length).toBeGreaterThanOrEqual(ackedBefore);
    expect(copied[copied.length - 1] - copied[0] + 1).toBe(copied.length);

    // Restore it over a database that has moved on: exactly the copy comes back.
    const target = path.join(dir, 'restored.db');
    migrateDatabase(target);
    const { kept: before } = await restoreDatabase(made[3], target, new Date('2026-12-01T11:00:00Z'));
    expect(fs.existsSync(before)).toBe(true);
    checkIntegrity(target);
    expect(ids(target)).toEqual(copied);
    expect(burst.total()).toBeGreaterThanOrEqual(copied.length);
  }, 60_000);

  it('refuses to restore a damaged file and leaves the database as it was', async () => {
    const target = path.join(dir, 'safe.db');
    migrateDatabase(target);
    const broken = path.join(dir, 'broken.db');
    fs.writeFileSync(broken, 'this is not a database');
    await expect(restoreDatabase(broken, target)).rejects.toThrow();
    checkIntegrity(target);
  });
});
