import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, MIGRATIONS_FOLDER } from './migrate';

/** A copy of drizzle/ that stops after the migration tagged `lastTag`. */
function migrationsUpTo(lastTag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hm-migrations-'));
  fs.cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  expect(last).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, last + 1);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

describe('migrating personal reflections into submissions', () => {
  it('moves every written answer, drops blanks and the old table, and keeps the interview link', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hm-migrate-')), 'old.db');
    migrateDatabase(file, migrationsUpTo('0005_assignments_and_grading'));

    const db = new Database(file);
    const student = Number(db.prepare("insert into users (email, name, role) values ('s@x.test', 'S', 'student')").run().lastInsertRowid);
    const other = Number(db.prepare("insert into users (email, name, role) values ('o@x.test', 'O', 'student')").run().lastInsertRowid);
    const contact = (owner: number) => Number(db.prepare("insert into contacts (student_id, name) values (?, 'Dana')").run(owner).lastInsertRowid);
    const interview = (owner: number) =>
      Number(db.prepare("insert into interviews (student_id, contact_id, calendar_uid, status) values (?, ?, ?, 'completed')").run(owner, contact(owner), crypto.randomUUID()).lastInsertRowid);
    const [q1, q2, q3] = (db.prepare("select id from questions where bank = 'reflection' order by position").all() as { id: number }[]).map((r) => r.id);
    const written = interview(student);
    const blank = interview(student);
    const others = interview(other);
    const reflect = db.prepare('insert into reflections (student_id, interview_id, answers, updated_at) values (?, ?, ?, ?)');
    reflect.run(student, written, JSON.stringify({ [q1]: 'It suits me: I like people.', [q2]: '  ', [q3]: 'Shift work, "mostly" nights.\nAnd weekends.' }), 1_790_000_000_000);
    reflect.run(student, blank, JSON.stringify({ [q1]: '' }), 1_790_000_000_000);
    reflect.run(other, others, JSON.stringify({ [q2]: 'Someone else’s answer' }), 1_790_000_000_000);
    db.close();

    migrateDatabase(file);

    const after = new Database(file, { readonly: true });
    const rows = after
      .prepare(
        `select s.student_id, s.interview_id, s.assignment_id, s.status, a.question_id, a.text, a.updated_at
         from submission_answers a join submissions s on s.id = a.submission_id order by s.student_id, a.question_id`,
      )
      .all();
    expect(rows).toEqual([
      { student_id: student, interview_id: written, assignment_id: null, status: 'draft', question_id: q1, text: 'It suits me: I like people.', updated_at: 1_790_000_000_000 },
      { student_id: student, interview_id: written, assignment_id: null, status: 'draft', question_id: q3, text: 'Shift work, "mostly" nights.\nAnd weekends.', updated_at: 1_790_000_000_000 },
      { student_id: other, interview_id: others, assignment_id: null, status: 'draft', question_id: q2, text: 'Someone else’s answer', updated_at: 1_790_000_000_000 },
    ]);
    // A reflection with nothing written leaves nothing behind.
    expect(after.prepare('select count(*) n from submissions where interview_id = ?').get(blank)).toEqual({ n: 0 });
    expect(after.prepare("select count(*) n from sqlite_master where name = 'reflections'").get()).toEqual({ n: 0 });
    after.close();
  });
});
