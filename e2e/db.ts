// The e2e server's own SQLite file, for what a browser cannot do: make a fresh account for one
// test, read what the server recorded (audit rows, session rows), age a session. WAL mode lets
// the test and the server use it at once.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export function e2eDatabasePath(): string {
  return path.resolve(`.e2e/e2e-${process.env.E2E_PORT ?? 3100}.db`);
}

let handle: Database.Database | null = null;

export function e2eDb(): Database.Database {
  if (!handle) {
    handle = new Database(e2eDatabasePath());
    handle.pragma('busy_timeout = 5000');
  }
  return handle;
}

let counter = 0;

/**
 * A new account with the demo password, for a test that must not share one (a locked account,
 * two-step sign-in turned on). Returns its e-mail, name and id.
 */
export function newAccount(role: 'student' | 'counsellor' | 'instructor' | 'admin', label: string = role): { id: number; email: string; name: string } {
  const db = e2eDb();
  const hash = (db.prepare("select password_hash as h from users where email = 'admin@demo.test'").get() as { h: string }).h;
  counter += 1;
  const tag = `${Date.now().toString(36)}${process.pid.toString(36)}${counter}`;
  const email = `${label}.${tag}@e2e.test`.toLowerCase();
  const name = `${label[0].toUpperCase()}${label.slice(1)} Tester ${tag.slice(-4)}`;
  const id = Number(db.prepare('insert into users (email, name, role, password_hash) values (?, ?, ?, ?)').run(email, name, role, hash).lastInsertRowid);
  return { id, email, name };
}

/** The action ids the build gave to server actions, by file and export (Next's server-reference manifest). */
export function actionId(filename: string, exportedName: string): string {
  const file = path.resolve(process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in ${filename}`);
  return found[0];
}
