// The student's draft-save and submit, measured the way a browser calls them: a POST of the
// server action (its id from the build's manifest) with its arguments, to the answer page.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

type Ids = { save: string; submit: string };

/** The ids the build gave the two actions. */
export function actionIds(): Ids {
  const manifest = JSON.parse(fs.readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const find = (name: string) => {
    const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === name && v.filename?.startsWith('lib/submissions/actions'));
    if (!hit) throw new Error(`action ${name} not in the build`);
    return hit[0];
  };
  return { save: find('autosaveAssignmentAnswers'), submit: find('submitAssignment') };
}

export type Writer = { email: string; cookie: string; assignmentId: number; questionIds: number[]; version: number };

/** Students (by number) with their section's assignment and where their draft stands, from the database. */
export function writers(file: string, numbers: number[]): Omit<Writer, 'cookie'>[] {
  const db = new Database(file, { readonly: true });
  try {
    return numbers.map((n) => {
      const email = `bench.student.${n}@bench.test`;
      const row = db
        .prepare(
          `select a.id assignmentId, coalesce(s.version, 0) version from users u join section_members m on m.user_id = u.id and m.role = 'student'
           join assignments a on a.section_id = m.section_id left join submissions s on s.assignment_id = a.id and s.student_id = u.id where u.email = ? and a.title = 'Reflect on an interview' order by a.id limit 1`,
        )
        .get(email) as { assignmentId: number; version: number };
      const questionIds = (db.prepare('select question_id id from assignment_questions where assignment_id = ? order by position').all(row.assignmentId) as { id: number }[]).map((q) => q.id);
      return { email, ...row, questionIds };
    });
  } finally {
    db.close();
  }
}

/** Students (by number, from `from`) who have not opened their section's assignment yet. */
export function freshStudents(file: string, from: number, count: number): number[] {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db
        .prepare(
          `select cast(substr(u.email, 15) as integer) n from users u where u.role = 'student' and u.email like 'bench.student.%'
           and cast(substr(u.email, 15) as integer) >= ? and not exists (select 1 from submissions s where s.student_id = u.id and s.assignment_id is not null) order by u.id limit ?`,
        )
        .all(from, count) as { n: number }[]
    ).map((r) => r.n);
  } finally {
    db.close();
  }
}

async function call(base: string, w: Writer, id: string, args: unknown[]): Promise<{ ms: number; ok: boolean; body: string }> {
  const t = performance.now();
  try {
    const res = await fetch(`${base}/assignments/${w.assignmentId}`, {
      method: 'POST',
      // Origin as a browser sends it: the proxy refuses a write without one (issue 9).
      headers: { Cookie: w.cookie, Origin: base, 'Next-Action': id, Accept: 'text/x-component', 'Content-Type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify(args),
    });
    const body = await res.text();
    return { ms: performance.now() - t, ok: res.ok, body };
  } catch {
    return { ms: performance.now() - t, ok: false, body: '' };
  }
}

/** One draft save of the writer's first answer; true when the server kept it (the writer's version follows). */
export async function saveDraft(base: string, ids: Ids, w: Writer, text: string): Promise<{ ms: number; ok: boolean }> {
  const r = await call(base, w, ids.save, [w.assignmentId, w.version, { [`answer-${w.questionIds[0]}`]: text }]);
  const saved = /"status":"saved","version":(\d+)/.exec(r.body);
  if (saved) w.version = Number(saved[1]);
  return { ms: r.ms, ok: r.ok && !!saved };
}

/** Every answer written in one save (not timed: the submit is what is measured); false if refused. */
export async function answerAll(base: string, ids: Ids, w: Writer): Promise<boolean> {
  const all = Object.fromEntries(w.questionIds.map((q) => [`answer-${q}`, `An answer to question ${q}, written for the bench.`]));
  const saved = await call(base, w, ids.save, [w.assignmentId, w.version, all]);
  const v = /"status":"saved","version":(\d+)/.exec(saved.body);
  if (v) w.version = Number(v[1]);
  return !!v;
}

/** The submit of a writer whose answers are all saved; its time. */
export async function submit(base: string, ids: Ids, w: Writer): Promise<{ ms: number; ok: boolean }> {
  const r = await call(base, w, ids.submit, [w.assignmentId, w.version]);
  return { ms: r.ms, ok: r.ok && /"status":"ok"/.test(r.body) };
}

/** What the database holds for these writers: their draft's version and first answer. */
export function stored(file: string, ws: Writer[]): { version: number; text: string | null }[] {
  const db = new Database(file, { readonly: true });
  try {
    return ws.map(
      (w) =>
        (db
          .prepare(
            `select s.version version, (select text from submission_answers a where a.submission_id = s.id and a.question_id = ?) text
             from submissions s join users u on u.id = s.student_id where u.email = ? and s.assignment_id = ?`,
          )
          // A student none of whose saves arrived has no submission: counted as lost, not a crash.
          .get(w.questionIds[0], w.email, w.assignmentId) as { version: number; text: string | null } | undefined) ?? { version: 0, text: null },
    );
  } finally {
    db.close();
  }
}
