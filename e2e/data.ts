import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { STUDENTS } from './fixtures';

// Direct access to the end-to-end server's database, for setting the scene a test starts from
// (a fresh student of its own, a completed interview) without clicking through what other
// specs already prove. Every person still signs in through the form.

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


// Rows put straight into the e2e server's database (the file playwright.config.ts gives it), for
// pages that need data no seeded account has. Plain SQL against the migrated schema.

export function openE2eDb(): Database.Database {
  const db = new Database(`.e2e/e2e-${process.env.E2E_PORT ?? 3100}.db`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}

export function withE2eDb<T>(run: (db: Database.Database) => T): T {
  const db = openE2eDb();
  try {
    return run(db);
  } finally {
    db.close();
  }
}

export function userIdOf(db: Database.Database, email: string): number {
  return (db.prepare('select id from users where email = ?').get(email) as { id: number }).id;
}

/** The id of the first row `sql` returns, or an error naming the query (a page list entry is wrong). */
export function idOf(sql: string, ...params: unknown[]): number {
  return withE2eDb((db) => {
    const row = db.prepare(sql).get(...params) as { id: number } | undefined;
    if (!row) throw new Error(`No row for: ${sql} ${JSON.stringify(params)}`);
    return row.id;
  });
}

/** A fresh invite for a new, password-less account: its e-mail and the raw token for /set-password/…. */
export function makeInvite(): { email: string; token: string } {
  const token = crypto.randomBytes(32).toString('base64url');
  const suffix = crypto.randomBytes(4).toString('hex');
  const email = `invited.${suffix}@demo.test`;
  withE2eDb((db) => {
    const userId = Number(db.prepare("insert into users (email, name, role) values (?, ?, 'student')").run(email, `Invited Person ${suffix}`).lastInsertRowid);
    db.prepare("insert into password_tokens (user_id, token_hash, purpose, expires_at) values (?, ?, 'invite', ?)").run(
      userId,
      crypto.createHash('sha256').update(token).digest('hex'),
      Date.now() + 24 * 3600_000,
    );
  });
  return { email, token };
}

/** A student whose records are as long-winded as real ones get: long names, long notes, unbroken addresses. */
export const WORDY_STUDENT = STUDENTS[40];
export const WORDY = {
  occupation: 'Registered psychiatric nurse in forensic and correctional mental-health settings',
  otherOccupation: 'Occupational therapist in community rehabilitation',
  contact: 'Maria-Fernanda de los Ángeles Castillo-Villanueva y Santisteban',
  referred: 'Oluwaseun Adeyemi-Richardson',
};

const LONG_URL = 'https://www.example.org/careers/health-care/registered-psychiatric-nurses/forensic-and-correctional-settings/labour-market-information-2026?region=lower-mainland&source=career-centre-handout';
const LONG_NOTE =
  'She starts at seven with handover from the night shift, then medication rounds, then a team meeting with the psychiatrist, social worker and security; afternoons are for one-to-one sessions, charting and court reports. Thirteen-hour shifts, four on and four off — supercalifragilisticexpialidociously-long-hyphenated-compound-words-happen-in-notes.';

/** Gives WORDY_STUDENT their records, once (a second call finds them and does nothing). */
export function seedWordyStudent(): void {
  withE2eDb((db) => {
    db.transaction(() => {
      const studentId = userIdOf(db, WORDY_STUDENT.email);
      if (db.prepare('select 1 from occupations where student_id = ?').get(studentId)) return;
      const occupation = (title: string, status: string, extra: { why?: string; notes?: string; sources?: string } = {}) =>
        Number(
          db
            .prepare('insert into occupations (student_id, title, status, why_interested, research_notes, sources) values (?, ?, ?, ?, ?, ?)')
            .run(studentId, title, status, extra.why ?? null, extra.notes ?? null, extra.sources ?? null).lastInsertRowid,
        );
      const nurse = occupation(WORDY.occupation, 'considering', {
        why: 'I want to work where mental health care is hardest to get, with people most services have given up on.',
        notes: `${LONG_NOTE}\n\nThe provincial college registers psychiatric nurses separately from registered nurses.`,
        sources: `${LONG_URL}\nBC College of Nurses and Midwives, Registered Psychiatric Nurse entry-level competencies, 2026`,
      });
      const ot = occupation(WORDY.otherOccupation, 'exploring', { why: 'Helping people back into their own lives after an injury.' });
      const bankQuestion = (position: number) =>
        db.prepare("select id, text from questions where bank = 'interview' and is_default = 1 and position = ?").get(position) as { id: number; text: string };
      const own = Number(
        db
          .prepare("insert into questions (bank, text, owner_id) values ('interview', ?, ?)")
          .run('How do you keep yourself safe and well when the people you care for can be violent?', studentId).lastInsertRowid,
      );
      const unknown = db.prepare('insert into occupation_unknowns (student_id, occupation_id, text, question_id) values (?, ?, ?, ?)');
      unknown.run(studentId, nurse, 'How do you keep yourself safe and well when the people you care for can be violent?', own);
      unknown.run(studentId, nurse, 'Is the pay differential for correctional settings worth the shift pattern, and does it last?', null);
      unknown.run(studentId, nurse, 'Psychopharmacology', null);

      const contact = db.prepare(
        'insert into contacts (student_id, name, job_title, organisation, occupation_id, email, phone, how_found, how_found_detail, criteria, referred_by_contact_id, notes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const maria = Number(
        contact.run(
          studentId,
          WORDY.contact,
          'Clinical nurse educator and coordinator of practice placements',
          'Fraser Health Authority — Forensic Psychiatric Hospital',
          nurse,
          'maria-fernanda.castillo-villanueva@forensic-psychiatric-hospital.example.org',
          '+1 604 555 0100 ext. 4417',
          'professional-association',
          'Registered Psychiatric Nurses of Canada regional chapter meeting, October',
          JSON.stringify(['works-in-occupation', 'setting-i-like', 'specific-job-organisation']),
          null,
          LONG_NOTE,
        ).lastInsertRowid,
      );
      const oluwaseun = Number(
        contact.run(studentId, WORDY.referred, 'Psychiatric nurse, night shift lead', 'Surrey Pretrial Services Centre', nurse, null, null, 'referral', null, JSON.stringify(['works-in-occupation']), maria, null)
          .lastInsertRowid,
      );
      contact.run(studentId, 'Kai', null, null, ot, null, null, 'friend', null, '[]', null, null);

      const attempt = db.prepare('insert into outreach_attempts (student_id, contact_id, attempted_at, channel, outcome, notes) values (?, ?, ?, ?, ?, ?)');
      const day = 86_400_000;
      const now = Date.now();
      attempt.run(studentId, maria, now - 20 * day, 'email', 'awaiting-reply', null);
      attempt.run(studentId, maria, now - 16 * day, 'phone', 'agreed', LONG_NOTE);
      attempt.run(studentId, oluwaseun, now - 12 * day, 'phone', 'agreed', 'Night shifts only; call after 7 p.m.');
      db.prepare('insert into scripts (student_id, contact_id, kind, title, body) values (?, ?, ?, ?, ?)').run(
        studentId,
        maria,
        'phone',
        `Phone call script — ${WORDY.contact}`,
        `Hello, may I speak with ${WORDY.contact}? My name is ${WORDY_STUDENT.name}. I'm currently taking a career-related course at Kwantlen Polytechnic University and I'm interested in ${WORDY.occupation}. ${LONG_URL}`,
      );

      const interview = db.prepare(
        "insert into interviews (student_id, contact_id, occupation_id, calendar_uid, status, starts_at, completed_at, mode, location, general_notes, thank_you_channel, thank_you_sent_at, thank_you_text, checklist) values (?, ?, ?, ?, ?, ?, ?, 'in-person', ?, ?, ?, ?, ?, ?)",
      );
      const plan = db.prepare('insert into interview_questions (interview_id, student_id, question_id, text, position, notes, interesting, must_ask) values (?, ?, ?, ?, ?, ?, ?, ?)');
      const positions = [1, 2, 5, 9, 14, 25];
      [maria, oluwaseun].forEach((contactId, n) => {
        const startsAt = now - (10 - n * 4) * day;
        const id = Number(
          interview.run(
            studentId,
            contactId,
            nurse,
            `wordy-${contactId}-${crypto.randomBytes(4).toString('hex')}@e2e.test`,
            'completed',
            startsAt,
            startsAt + 40 * 60_000,
            'Forensic Psychiatric Hospital, 70 Colony Farm Road, Coquitlam — visitor entrance, ask at security',
            LONG_NOTE,
            n === 0 ? 'both' : null,
            n === 0 ? startsAt + day : null,
            n === 0 ? `Dear ${WORDY.contact},\n\nThank you for your time. ${LONG_NOTE}` : null,
            JSON.stringify({ research: true, questions: true, penAndPaper: true, scriptPractised: true, confirmed: true }),
          ).lastInsertRowid,
        );
        positions.forEach((position, i) => {
          const q = bankQuestion(position);
          plan.run(id, studentId, q.id, q.text, i + 1, i % 2 === n ? LONG_NOTE : 'Short answer.', i === 0 ? 1 : 0, i === 0 ? 1 : 0);
        });
        plan.run(id, studentId, own, 'How do you keep yourself safe and well when the people you care for can be violent?', positions.length + 1, LONG_NOTE, 0, 0);
      });
      interview.run(studentId, maria, ot, `wordy-next-${crypto.randomBytes(4).toString('hex')}@e2e.test`, 'scheduled', now + 5 * day, null, LONG_URL, null, null, null, null, '{}');
    }).immediate(); // immediate: two workers seeding at once wait for each other (a deferred read-then-write fails at once with "database is locked")
  });
}

/** A new section of its own for one test, staffed by the given people (each as their own role). */
export function newSection(staff: { id: number; role: 'counsellor' | 'instructor' }[]): { id: number; code: string } {
  const db = e2eDatabase();
  try {
    made += 1;
    const code = `T${process.pid % 1000}${made}${Math.random().toString(36).slice(2, 5)}`.toUpperCase();
    const id = Number(db.prepare("insert into sections (course_code, section_code, title, term) values ('CAPS 1100', ?, 'Career and Life Planning', 'Fall 2026')").run(code).lastInsertRowid);
    for (const p of staff) db.prepare('insert into section_members (section_id, user_id, role) values (?, ?, ?)').run(id, p.id, p.role);
    return { id, code };
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
