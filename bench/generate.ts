// Fills a SQLite file to the size DESIGN.md asks us to hold: 30,000 students in 400 sections,
// 500,000 contacts, 200,000 interviews (and their questions and attempts). Raw prepared
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
};

const FIRST = ['Aroha', 'Liam', 'Zoë', 'Kwame', 'Amélie', 'Raj', 'Fatima', 'Haruto', 'Olivia', 'Björn', 'Isabela', 'Dmitri', 'Aisha', 'Noah', 'Ji-woo', 'Ananya', 'Lucas', 'Grace', 'Tomás', 'Sofia'];
const LAST = ['Ngata', "O'Connor", 'Tremblay', 'Mensah', 'Gagnon', 'Patel', 'Al-Sayed', 'Tanaka', 'Chen', 'Andersson', 'Souza', 'Volkov', 'Bello', 'Thompson', 'Park', 'Iyer', 'Müller', 'Whitehorse', 'Ó Briain', 'Rossi'];
const JOBS = ['Dental technician', 'Travel agent', 'Teacher', 'Baker', 'Plumber', 'Nurse', 'Electrician', 'Graphic designer', 'Accountant', 'Social worker'];

export function generate(file: string, passwordHash: string, log: (s: string) => void): void {
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
    for (let s = 1; s <= SIZE.sections; s++) {
      const sectionId = Number(section.run(`S${String(s).padStart(3, '0')}`, now).lastInsertRowid);
      const c = Number(user.run(`bench.counsellor.${s}@bench.test`, `Counsellor ${name(s)}`, 'counsellor', passwordHash, now).lastInsertRowid);
      const t = Number(user.run(`bench.instructor.${s}@bench.test`, `Instructor ${name(s + 7)}`, 'instructor', passwordHash, now).lastInsertRowid);
      member.run(sectionId, c, 'counsellor', now);
      member.run(sectionId, t, 'instructor', now);
    }
    for (let i = 1; i <= SIZE.students; i++) {
      const id = Number(user.run(`bench.student.${i}@bench.test`, name(i), 'student', passwordHash, now).lastInsertRowid);
      member.run(((i - 1) % SIZE.sections) + 1, id, 'student', now);
    }
  })();
  log('users and sections');

  const studentIds = (db.prepare("select id from users where role = 'student' order by id").all() as { id: number }[]).map((r) => r.id);

  db.transaction(() => {
    const occ = db.prepare("insert into occupations (student_id, title, why_interested, status, created_at) values (?, ?, 'I like working with my hands.', 'exploring', ?)");
    for (const sid of studentIds) for (let k = 0; k < SIZE.occupationsPerStudent; k++) occ.run(sid, JOBS[(sid + k) % JOBS.length], now);
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
          if (k < 6 + extra && interviewsMade < SIZE.interviews) {
            const completed = k % 2 === 0;
            const iid = Number(
              interview.run(sid, cid, crypto.randomUUID(), completed ? 'completed' : 'scheduled', now + (completed ? -10 : 5) * DAY, completed ? now - 10 * DAY : null, completed && k % 4 === 0 ? now - 9 * DAY : null, now).lastInsertRowid,
            );
            interviewsMade++;
            for (let q = 1; q <= SIZE.questionsPerInterview; q++) iq.run(iid, sid, q, `Question ${q}`, q, completed ? 'They said it varies a lot.' : null, now);
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

  db.pragma('optimize');
  db.exec('analyze');
  db.close();
}

/**
 * One published reflection assignment per section (the seed's ten questions, due in a week),
 * made once: what the answer page and the draft-save and submit actions are measured on. The
 * centre's 150,000 submissions are seeded with the review pages' data.
 */
export function ensureBenchAssignments(file: string, log: (s: string) => void): void {
  const db = new Database(file);
  try {
    if ((db.prepare('select count(*) n from assignments').get() as { n: number }).n > 0) return;
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
