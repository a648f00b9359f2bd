// Direct access to the end-to-end server's database, for setting the scene a test starts from
// (a fresh student of its own, a completed interview) without clicking through what other
// specs already prove. Every person still signs in through the form.
import Database from 'better-sqlite3';

export function e2eDatabase(): Database.Database {
  const db = new Database(`.e2e/e2e-${process.env.E2E_PORT ?? 3100}.db`);
  db.pragma('busy_timeout = 5000');
  return db;
}

let made = 0;

/**
 * A new account of its own for one test (no two tests share one), with the demo password, in a
 * demo section (S10 is staffed by counsellor@ and instructor@, S20 by counsellor2@ and
 * instructor2@). Returns its e-mail and id.
 */
export function newPerson(opts: { role?: 'student' | 'counsellor' | 'instructor'; section?: 'S10' | 'S20' | null; name?: string } = {}): { id: number; email: string; name: string } {
  const db = e2eDatabase();
  try {
    const role = opts.role ?? 'student';
    made += 1;
    const tag = `${process.pid}-${made}-${Math.random().toString(36).slice(2, 7)}`;
    const email = `e2e.${role}.${tag}@demo.test`;
    const name = opts.name ?? `Test ${role[0].toUpperCase()}${role.slice(1)} ${tag}`;
    const hash = (db.prepare("select password_hash h from users where email = 'student@demo.test'").get() as { h: string }).h;
    const id = Number(db.prepare('insert into users (email, name, role, password_hash) values (?, ?, ?, ?)').run(email, name, role, hash).lastInsertRowid);
    const section = opts.section === undefined ? 'S10' : opts.section;
    if (section) {
      const sectionId = (db.prepare("select id from sections where section_code = ? and course_code = 'CAPS 1100'").get(section) as { id: number }).id;
      db.prepare('insert into section_members (section_id, user_id, role) values (?, ?, ?)').run(sectionId, id, role);
    }
    return { id, email, name };
  } finally {
    db.close();
  }
}

/** A completed interview of the student's, with a short question plan and notes. */
export function completedInterview(
  studentId: number,
  opts: { contactName?: string; occupation?: string; completedAt?: Date; notes?: string[] } = {},
): { id: number; contactId: number } {
  const db = e2eDatabase();
  try {
    const at = opts.completedAt ?? new Date(Date.now() - 86_400_000);
    const occupationId = Number(db.prepare('insert into occupations (student_id, title) values (?, ?)').run(studentId, opts.occupation ?? 'Dental hygienist').lastInsertRowid);
    const contactId = Number(
      db.prepare("insert into contacts (student_id, name, job_title, organisation, occupation_id, email, phone, how_found) values (?, ?, 'Dental hygienist', 'Bright Smiles', ?, 'private@example.test', '604 555 0199', 'friend')").run(studentId, opts.contactName ?? 'Dana Li', occupationId).lastInsertRowid,
    );
    const id = Number(
      db
        .prepare("insert into interviews (student_id, contact_id, occupation_id, calendar_uid, status, starts_at, completed_at, mode) values (?, ?, ?, ?, 'completed', ?, ?, 'in-person')")
        .run(studentId, contactId, occupationId, `e2e-${studentId}-${at.getTime()}-${Math.random().toString(36).slice(2)}`, at.getTime() - 30 * 60_000, at.getTime())
        .lastInsertRowid,
    );
    const questions = db.prepare("select id, text from questions where bank = 'interview' and is_default = 1 order by position limit 3").all() as { id: number; text: string }[];
    const add = db.prepare('insert into interview_questions (interview_id, student_id, question_id, text, position, notes) values (?, ?, ?, ?, ?, ?)');
    questions.forEach((q, i) => add.run(id, studentId, q.id, q.text, i + 1, opts.notes?.[i] ?? null));
    return { id, contactId };
  } finally {
    db.close();
  }
}

/** The id of a demo section (S10 or S20 of CAPS 1100). */
export function sectionId(code: 'S10' | 'S20'): number {
  const db = e2eDatabase();
  try {
    return (db.prepare("select id from sections where section_code = ? and course_code = 'CAPS 1100'").get(code) as { id: number }).id;
  } finally {
    db.close();
  }
}

/**
 * A published reflection assignment in a demo section, asking the first two default reflection
 * questions (written here rather than through the assignment pages, which other specs cover).
 */
export function reflectionAssignment(opts: { section?: 'S10' | 'S20'; title: string; dueAt?: Date; pointsPossible?: number | null }): number {
  const db = e2eDatabase();
  try {
    const section = (db.prepare("select id from sections where section_code = ? and course_code = 'CAPS 1100'").get(opts.section ?? 'S10') as { id: number }).id;
    const due = opts.dueAt ?? new Date(Date.now() + 7 * 86_400_000);
    const id = Number(
      db
        .prepare("insert into assignments (section_id, title, status, due_at, points_possible, published_at) values (?, ?, 'published', ?, ?, ?)")
        .run(section, opts.title, due.getTime(), opts.pointsPossible ?? null, Date.now()).lastInsertRowid,
    );
    const questions = db.prepare("select id from questions where bank = 'reflection' and is_default = 1 order by position limit 2").all() as { id: number }[];
    const add = db.prepare('insert into assignment_questions (assignment_id, question_id, position) values (?, ?, ?)');
    questions.forEach((q, i) => add.run(id, q.id, i + 1));
    return id;
  } finally {
    db.close();
  }
}

/** The student's submitted answers to an assignment (version 1), about one of their interviews. */
export function submittedWork(studentId: number, assignmentId: number, opts: { interviewId?: number | null; submittedAt?: Date; answers?: string[] } = {}): number {
  const db = e2eDatabase();
  try {
    const a = db.prepare('select section_id s, due_at d from assignments where id = ?').get(assignmentId) as { s: number; d: number };
    const at = (opts.submittedAt ?? new Date()).getTime();
    const questions = db
      .prepare('select q.id, q.text from assignment_questions aq join questions q on q.id = aq.question_id where aq.assignment_id = ? order by aq.position')
      .all(assignmentId) as { id: number; text: string }[];
    const answers = questions.map((q, i) => ({ questionId: q.id, question: q.text, answer: opts.answers?.[i] ?? `Answer ${i + 1} from student ${studentId}.` }));
    const late = at > a.d ? 1 : 0;
    const id = Number(
      db
        .prepare("insert into submissions (student_id, assignment_id, section_id, interview_id, status, version, attempt, first_submitted_at, submitted_at, late, updated_at) values (?, ?, ?, ?, 'submitted', 2, 1, ?, ?, ?, ?)")
        .run(studentId, assignmentId, a.s, opts.interviewId ?? null, at, at, late, at).lastInsertRowid,
    );
    const addAnswer = db.prepare('insert into submission_answers (submission_id, student_id, question_id, text, updated_at) values (?, ?, ?, ?, ?)');
    for (const x of answers) addAnswer.run(id, studentId, x.questionId, x.answer, at);
    db.prepare('insert into submission_versions (submission_id, student_id, number, interview_id, answers, submitted_at, late) values (?, ?, 1, ?, ?, ?, ?)').run(id, studentId, opts.interviewId ?? null, JSON.stringify(answers), at, late);
    return id;
  } finally {
    db.close();
  }
}

/** Records the interview's thank-you as sent this many hours after it was completed. */
export function thankedAfter(interviewId: number, hours: number): void {
  const db = e2eDatabase();
  try {
    db.prepare("update interviews set thank_you_sent_at = completed_at + ?, thank_you_channel = 'email' where id = ?").run(Math.round(hours * 3_600_000), interviewId);
  } finally {
    db.close();
  }
}
