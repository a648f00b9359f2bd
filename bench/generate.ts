// Fills a SQLite file to the size DESIGN.md asks us to hold: 30,000 students in 400 sections
// (section 1 has 2,000 of them: the overview of a big section is measured there),
// 500,000 contacts, 200,000 interviews (and their questions and attempts), 150,000 submissions
// with their answers, versions and reviewers' comments. Raw prepared
// statements in a few large transactions: a few minutes on two cores.
import Database from 'better-sqlite3';
import crypto from 'node:crypto';

export const SIZE = {
  students: 30_000,
  sections: 400,
  contacts: 500_000,
  interviews: 200_000,
  questionsPerInterview: 6,
  occupationsPerStudent: 3,
  /** Section 1's students; the rest are spread over the other sections. */
  bigSection: 2_000,
  /** Published assignments per section (section 1: one more); a submission of each student for each: 150,000. */
  assignmentsPerSection: 5,
  questionsPerAssignment: 3,
};

export type CentreSize = typeof SIZE;

/**
 * The small centre the same page table also runs on (npm run bench prints the ratio between the
 * two): every record a measured page shows is made exactly as on the big centre (the same student
 * 300, section 1's 2,000 students, the same contacts and interviews per student, the grading
 * sections), and everything else is cut to a tenth of the students and 1% of the sections. A page
 * whose cost follows the centre's size rather than what it shows is slower on the big one.
 */
export const SMALL_SIZE: CentreSize = { ...SIZE, students: 3_000, sections: 4, contacts: 50_000, interviews: 20_000 };

const FIRST = ['Aroha', 'Liam', 'Zoë', 'Kwame', 'Amélie', 'Raj', 'Fatima', 'Haruto', 'Olivia', 'Björn', 'Isabela', 'Dmitri', 'Aisha', 'Noah', 'Ji-woo', 'Ananya', 'Lucas', 'Grace', 'Tomás', 'Sofia'];
const LAST = ['Ngata', "O'Connor", 'Tremblay', 'Mensah', 'Gagnon', 'Patel', 'Al-Sayed', 'Tanaka', 'Chen', 'Andersson', 'Souza', 'Volkov', 'Bello', 'Thompson', 'Park', 'Iyer', 'Müller', 'Whitehorse', 'Ó Briain', 'Rossi'];
const JOBS = ['Dental technician', 'Travel agent', 'Teacher', 'Baker', 'Plumber', 'Nurse', 'Electrician', 'Graphic designer', 'Accountant', 'Social worker'];

export function generate(file: string, passwordHash: string, log: (s: string) => void, size: CentreSize = SIZE): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  const name = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  const now = Date.now();
  const DAY = 86_400_000;

  db.transaction(() => {
    const user = db.prepare('insert into users (email, name, role, password_hash, created_at) values (?, ?, ?, ?, ?)');
    const section = db.prepare("insert into sections (course_code, section_code, title, term, created_at) values ('CAPS 1100', ?, 'Career and Life Planning', 'Fall 2026', ?)");
    const member = db.prepare('insert into section_members (section_id, user_id, role, created_at) values (?, ?, ?, ?)');
    user.run('bench.admin@bench.test', 'Bench Admin', 'admin', passwordHash, now);
    for (let s = 1; s <= size.sections; s++) {
      const sectionId = Number(section.run(`S${String(s).padStart(3, '0')}`, now).lastInsertRowid);
      const c = Number(user.run(`bench.counsellor.${s}@bench.test`, `Counsellor ${name(s)}`, 'counsellor', passwordHash, now).lastInsertRowid);
      const t = Number(user.run(`bench.instructor.${s}@bench.test`, `Instructor ${name(s + 7)}`, 'instructor', passwordHash, now).lastInsertRowid);
      member.run(sectionId, c, 'counsellor', now);
      member.run(sectionId, t, 'instructor', now);
    }
    for (let i = 1; i <= size.students; i++) {
      const id = Number(user.run(`bench.student.${i}@bench.test`, name(i), 'student', passwordHash, now).lastInsertRowid);
      const sectionId = i <= size.bigSection ? 1 : ((i - size.bigSection - 1) % (size.sections - 1)) + 2;
      member.run(sectionId, id, 'student', now);
    }
  })();
  log('users and sections');

  const studentIds = (db.prepare("select id from users where role = 'student' order by id").all() as { id: number }[]).map((r) => r.id);

  db.transaction(() => {
    const occ = db.prepare("insert into occupations (student_id, title, why_interested, status, created_at) values (?, ?, 'I like working with my hands.', 'exploring', ?)");
    for (const sid of studentIds) for (let k = 0; k < size.occupationsPerStudent; k++) occ.run(sid, JOBS[(sid + k) % JOBS.length], now);
  })();
  log('occupations');

  const contact = db.prepare(
    "insert into contacts (student_id, name, job_title, organisation, email, phone, how_found, criteria, referred_by_contact_id, created_at) values (?, ?, ?, 'Acme Ltd', ?, '604 555 0100', ?, '[\"works-in-occupation\"]', ?, ?)",
  );
  const attempt = db.prepare('insert into outreach_attempts (contact_id, student_id, attempted_at, channel, outcome, created_at) values (?, ?, ?, ?, ?, ?)');
  const interview = db.prepare(
    "insert into interviews (student_id, contact_id, calendar_uid, status, starts_at, duration_minutes, mode, location, checklist, completed_at, thank_you_sent_at, created_at) values (?, ?, ?, ?, ?, 30, 'in-person', '123 Main St', '{}', ?, ?, ?)",
  );
  const iq = db.prepare('insert into interview_questions (interview_id, student_id, question_id, text, position, notes, created_at) values (?, ?, ?, ?, ?, ?, ?)');
  let contactsMade = 0;
  let interviewsMade = 0;
  const batch = 2_000;
  for (let start = 0; start < studentIds.length; start += batch) {
    db.transaction(() => {
      for (const sid of studentIds.slice(start, start + batch)) {
        // 16 or 18 contacts and 6 or 8 interviews a student: 500,000 and 200,000 in all.
        const extra = sid % 3 === 0 ? 2 : 0;
        const n = 16 + extra;
        let previous: number | null = null;
        for (let k = 0; k < n; k++) {
          const cid: number = Number(contact.run(sid, name(sid * 31 + k), JOBS[k % JOBS.length], `person${k}@example.test`, k % 4 === 0 && previous ? 'referral' : 'friend', k % 4 === 0 ? previous : null, now - k * DAY).lastInsertRowid);
          contactsMade++;
          attempt.run(cid, sid, now - (k + 5) * DAY, k % 2 ? 'email' : 'phone', k % 3 ? 'agreed' : 'awaiting-reply', now);
          if (k < 6 + extra && interviewsMade < size.interviews) {
            const completed = k % 2 === 0;
            const iid = Number(
              interview.run(sid, cid, crypto.randomUUID(), completed ? 'completed' : 'scheduled', now + (completed ? -10 : 5) * DAY, completed ? now - 10 * DAY : null, completed && k % 4 === 0 ? now - 9 * DAY : null, now).lastInsertRowid,
            );
            interviewsMade++;
            for (let q = 1; q <= size.questionsPerInterview; q++) iq.run(iid, sid, q, `Question ${q}`, q, completed ? 'They said it varies a lot.' : null, now);
          }
          previous = cid;
        }
      }
    })();
    log(`students ${Math.min(start + batch, studentIds.length)}/${studentIds.length}: ${contactsMade} contacts, ${interviewsMade} interviews`);
  }

  // A term's mail: an invite per student and daily reminder digests for a third of them, almost
  // all sent, a few failed (the outbox page must not slow down as sent mail piles up).
  db.transaction(() => {
    const prefs = db.prepare('insert into reminder_preferences (user_id, thank_you, follow_up, interview) values (?, 1, 1, 1)');
    const mail = db.prepare(
      "insert into outbox (to_user_id, to_address, kind, subject, body, status, attempts, sent_at, last_error, created_at) values (?, ?, ?, ?, 'Hello', ?, 1, ?, ?, ?)",
    );
    studentIds.forEach((id, i) => {
      const failed = i % 500 === 0;
      mail.run(id, `bench.student.${i + 1}@bench.test`, 'invite', "Your Horse's Mouth account", failed ? 'failed' : 'sent', failed ? null : now - 60 * DAY, failed ? '550 5.1.1 Mailbox unavailable' : null, now - 60 * DAY);
      if (i % 3 === 0) {
        prefs.run(id);
        for (let d = 1; d <= 10; d++) mail.run(id, `bench.student.${i + 1}@bench.test`, 'reminders', 'Your reminders: 1 thing to do', 'sent', now - d * DAY, null, now - d * DAY);
      }
    });
  })();
  log('outbox');

  generateSubmissions(db, studentIds, log, size);
  db.pragma('optimize');
  db.exec('analyze');
  db.close();
}

/** Students (by number) left without any submission, for the bench's submit action (bench/actions.ts freshStudents). */
const FRESH = { from: 2_001, to: 2_401 };

const ANSWERS = [
  'Yes, mostly: I like working with people and the hours are regular, but I would need to be comfortable with blood.',
  'The variety: no two days were the same, and she said she learns something new every week.',
  'Standing all day and the early starts. I am not sure I would like the paperwork either.',
  'That it took her three tries to get into the programme, and that the pay is better than I thought.',
];

/**
 * Published assignments in every section and one submission per student for each, in every
 * status a term holds: drafts, submitted, returned, resubmitted (two versions) and reviewed, with
 * their answers, frozen versions and the counsellor's comments.
 */
function generateSubmissions(db: Database.Database, studentIds: number[], log: (s: string) => void, size: CentreSize): void {
  const now = Date.now();
  const DAY = 86_400_000;
  const questions = (db.prepare("select id, text from questions where bank = 'reflection' and is_default = 1 order by position").all() as { id: number; text: string }[]).slice(0, size.questionsPerAssignment);
  const assignmentsBySection = new Map<number, number[]>();
  const counsellorOf = new Map<number, number>();
  db.transaction(() => {
    const assignment = db.prepare(
      "insert into assignments (section_id, title, instructions, status, due_at, requires_interview, resubmissions_allowed, published_at, version, created_at) values (?, ?, 'Answer about your most recent interview.', 'published', ?, 0, 2, ?, 1, ?)",
    );
    const aq = db.prepare('insert into assignment_questions (assignment_id, question_id, position) values (?, ?, ?)');
    for (let s = 1; s <= size.sections; s++) {
      const ids: number[] = [];
      // Section 1 has one more, which makes up for the fresh students: 150,000 submissions in all.
      for (let k = 0; k < size.assignmentsPerSection + (s === 1 ? 1 : 0); k++) {
        const id = Number(assignment.run(s, `Reflection ${k + 1}`, now + (k - 3) * 7 * DAY, now - 60 * DAY, now - 60 * DAY).lastInsertRowid);
        questions.forEach((q, i) => aq.run(id, q.id, i + 1));
        ids.push(id);
      }
      assignmentsBySection.set(s, ids);
    }
    for (const r of db.prepare("select section_id s, user_id u from section_members where role = 'counsellor'").all() as { s: number; u: number }[]) counsellorOf.set(r.s, r.u);
  })();
  const sectionOf = new Map((db.prepare("select user_id u, section_id s from section_members where role = 'student'").all() as { u: number; s: number }[]).map((r) => [r.u, r.s]));

  const submission = db.prepare(
    'insert into submissions (student_id, assignment_id, section_id, interview_id, status, version, attempt, first_submitted_at, submitted_at, late, decided_at, decided_by_id, created_at, updated_at) values (?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const answer = db.prepare('insert into submission_answers (submission_id, student_id, question_id, text, updated_at) values (?, ?, ?, ?, ?)');
  const version = db.prepare(
    'insert into submission_versions (submission_id, student_id, number, interview_id, answers, submitted_at, late, decision, decided_at, decided_by_id) values (?, ?, ?, null, ?, ?, ?, ?, ?, ?)',
  );
  const comment = db.prepare('insert into submission_comments (submission_id, version_id, question_id, author_id, body, created_at) values (?, ?, ?, ?, ?, ?)');
  const STATUSES = ['draft', 'submitted', 'returned', 'resubmitted', 'reviewed'] as const;
  let made = 0;
  const batch = 3_000;
  for (let start = 0; start < studentIds.length; start += batch) {
    db.transaction(() => {
      for (const [index, sid] of studentIds.slice(start, start + batch).entries()) {
        // Students 2,001–2,400 (by number) have not started any: the submit action is measured on them.
        const number = start + index + 1;
        if (number >= FRESH.from && number < FRESH.to) continue;
        const section = sectionOf.get(sid)!;
        const counsellor = counsellorOf.get(section) ?? null;
        assignmentsBySection.get(section)!.forEach((assignmentId, k) => {
          const status = STATUSES[(sid + k) % STATUSES.length];
          const attempt = status === 'draft' ? 0 : status === 'resubmitted' ? 2 : 1;
          // Spread over the last weeks, a minute apart, so the queue's order is real.
          const first = now - 30 * DAY + ((sid * 7 + k * 13) % (25 * 24 * 60)) * 60_000;
          const last = attempt === 2 ? first + 3 * DAY : first;
          const decided = status === 'returned' || status === 'reviewed' ? last + DAY : null;
          const late = (sid + k) % 9 === 0;
          const texts = questions.map((q, i) => ANSWERS[(sid + k + i) % ANSWERS.length] + (attempt === 2 ? ' Since then I have thought more about it.' : ''));
          const id = Number(
            submission.run(sid, assignmentId, section, status, attempt * 2 + 1, attempt, attempt ? first : null, attempt ? last : null, late ? 1 : 0, decided, decided ? counsellor : null, first - DAY, last).lastInsertRowid,
          );
          questions.forEach((q, i) => answer.run(id, sid, q.id, texts[i], last));
          for (let n = 1; n <= attempt; n++) {
            const isLast = n === attempt;
            const decision = !isLast ? 'returned' : status === 'returned' ? 'returned' : status === 'reviewed' ? 'reviewed' : null;
            const at = n === 1 ? first : last;
            const frozen = questions.map((q, i) => ({ questionId: q.id, question: q.text, answer: n === 1 ? ANSWERS[(sid + k + i) % ANSWERS.length] : texts[i] }));
            const vid = Number(version.run(id, sid, n, JSON.stringify(frozen), at, late ? 1 : 0, decision, decision ? at + DAY : null, decision ? counsellor : null).lastInsertRowid);
            if (decision) {
              comment.run(id, vid, questions[1].id, counsellor, 'Say more about why: what did she say that made you think so?', at + DAY);
              comment.run(id, vid, null, counsellor, decision === 'reviewed' ? 'Thoughtful work.' : 'A good start; see my comment on the second answer.', at + DAY);
            }
          }
          made++;
        });
      }
    })();
    log(`submissions ${made}`);
  }
}

/**
 * The submit action is measured on students who have not started (FRESH); a kept database has
 * their submissions from earlier runs, which are taken away again so that every run has them.
 */
export function resetFreshStudents(file: string): void {
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = ON');
    const emails = Array.from({ length: FRESH.to - FRESH.from }, (_, i) => `bench.student.${FRESH.from + i}@bench.test`);
    db.prepare(`delete from submissions where assignment_id is not null and student_id in (select id from users where email in (select value from json_each(?)))`).run(JSON.stringify(emails));
  } finally {
    db.close();
  }
}

/**
 * One published reflection assignment per section (the seed's ten questions, due in a week),
 * made once: what the answer page and the draft-save and submit actions are measured on. The
 * centre's 150,000 submissions are seeded with the review pages' data.
 */
export function ensureBenchAssignments(file: string, log: (s: string) => void): void {
  const db = new Database(file);
  try {
    if ((db.prepare("select count(*) n from assignments where title = 'Reflect on an interview'").get() as { n: number }).n > 0) return;
    const now = Date.now();
    const questions = (db.prepare("select id from questions where bank = 'reflection' and is_default = 1 order by position").all() as { id: number }[]).map((q) => q.id);
    const sections = (db.prepare('select id from sections order by id').all() as { id: number }[]).map((s) => s.id);
    db.transaction(() => {
      const a = db.prepare("insert into assignments (section_id, title, instructions, status, due_at, requires_interview, resubmissions_allowed, published_at, version, created_at, updated_at) values (?, 'Reflect on an interview', ?, 'published', ?, 0, 1, ?, 2, ?, ?)");
      const aq = db.prepare('insert into assignment_questions (assignment_id, question_id, position) values (?, ?, ?)');
      for (const s of sections) {
        const id = Number(a.run(s, 'Answer each question about one interview.\nBe specific.', now + 7 * 86_400_000, now, now, now).lastInsertRowid);
        questions.forEach((q, i) => aq.run(id, q, i + 1));
      }
    })();
    log(`assignments: one per section (${sections.length})`);
  } finally {
    db.close();
  }
}
