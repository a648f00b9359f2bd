import { count } from 'drizzle-orm';
import type { DB } from '../client';
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { contacts, interviewQuestions, interviews, occupationUnknowns, occupations, outreachAttempts, questions, sectionMembers, sections, users, type Role } from '../schema';

export const DEMO_PASSWORD = 'horsesmouth';
export const DEMO_TERM = 'Fall 2026';

type Person = { email: string; name: string; role: Role };

export const DEMO_STAFF: Person[] = [
  { email: 'admin@demo.test', name: 'Avery Admin', role: 'admin' },
  { email: 'counsellor@demo.test', name: 'Priya Raman', role: 'counsellor' },
  { email: 'instructor@demo.test', name: 'Marcus Bélanger', role: 'instructor' },
  { email: 'counsellor2@demo.test', name: 'Jonah Whitecloud', role: 'counsellor' },
  { email: 'instructor2@demo.test', name: 'Helena Kowalczyk', role: 'instructor' },
];

// Realistic and varied: accents, apostrophes, hyphens, one very long name.
const STUDENT_NAMES = [
  'Sam Student',
  'Zoë Tremblay',
  "Liam O'Connor",
  'Aroha Ngata',
  'Nguyễn Thị Minh Anh',
  'Mateo Hernández',
  'Siobhán Murphy',
  'Kwame Mensah',
  'Amélie Gagnon',
  'Raj Patel',
  'Fatima Al-Sayed',
  'Chloé Dubois',
  'Haruto Tanaka',
  'Olivia Chen',
  'Björn Andersson',
  'Isabela Souza',
  'Dmitri Volkov',
  'Aisha Bello',
  'Noah Thompson',
  'Maëlle Lefèvre',
  'Ji-woo Park',
  'Ethan Gill',
  'Ananya Iyer',
  'Lucas Müller',
  'Grace Whitehorse',
  'Tomás Ó Briain',
  'Emily Nakamura-Jones',
  'Oluwaseun Adeyemi',
  'Sofia Rossi',
  'Ximena Quispe',
  'Jakub Dvořák',
  'Hannah Friesen',
  'Arjun Sandhu',
  'Léa Girard',
  'Mohammed Rahimi',
  'Ngaio Te Rangi',
  'Ruby Sinclair',
  'Yusuf Demir',
  'Maria-Fernanda de los Ángeles Castillo-Villanueva y Santisteban',
  'Kai Wong',
  'Ingrid Solberg',
  'Daniel Kim',
];

function emailFor(name: string, i: number): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .slice(0, 30)
    .replace(/^\.+|\.+$/g, '');
  return `${slug}.${i}@demo.test`;
}

export function demoStudents(): Person[] {
  return STUDENT_NAMES.map((name, i) => ({ name, role: 'student' as const, email: i === 0 ? 'student@demo.test' : emailFor(name, i) }));
}

export function isSeeded(db: DB): boolean {
  return (db.select({ n: count() }).from(users).get()?.n ?? 0) > 0;
}

/**
 * The demo term: two sections of the career course; S10 staffed by counsellor@ and instructor@
 * (with student@ in it), S20 by the second counsellor and instructor. All one password.
 */
export function seedDemo(db: DB, passwordHash: string): void {
  db.transaction((tx) => {
    const insert = (p: Person) => tx.insert(users).values({ ...p, passwordHash }).returning({ id: users.id }).get().id;
    const staff = Object.fromEntries(DEMO_STAFF.map((p) => [p.email, insert(p)]));
    const students = demoStudents().map(insert);
    const s10 = tx.insert(sections).values({ courseCode: 'CAPS 1100', sectionCode: 'S10', title: 'Career and Life Planning', term: DEMO_TERM }).returning({ id: sections.id }).get().id;
    const s20 = tx.insert(sections).values({ courseCode: 'CAPS 1100', sectionCode: 'S20', title: 'Career and Life Planning', term: DEMO_TERM }).returning({ id: sections.id }).get().id;
    const members = [
      { sectionId: s10, userId: staff['counsellor@demo.test'], role: 'counsellor' as const },
      { sectionId: s10, userId: staff['instructor@demo.test'], role: 'instructor' as const },
      { sectionId: s20, userId: staff['counsellor2@demo.test'], role: 'counsellor' as const },
      { sectionId: s20, userId: staff['instructor2@demo.test'], role: 'instructor' as const },
      ...students.map((userId, i) => ({ sectionId: i % 2 === 0 ? s10 : s20, userId, role: 'student' as const })),
    ];
    tx.insert(sectionMembers).values(members).run();
  });
  seedDemoStudentWork(db, new Date());
}

const DAY = 86_400_000;

/**
 * student@demo.test mid-way through the method, so the demo shows something on every screen:
 * two occupations, contacts found three ways, an e-mail waiting for a phone follow-up, a
 * completed interview still owed a thank-you, and one coming up that is not prepared yet.
 */
export function seedDemoStudentWork(db: DB, now: Date): void {
  const student = db.select({ id: users.id }).from(users).where(eq(users.email, 'student@demo.test')).get();
  if (!student) return;
  // Whole days from today at a given UTC hour (18:00 UTC is 10 a.m. in Vancouver): times a person would pick.
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const t = (days: number, utcHour = 18) => new Date(today + days * DAY + utcHour * 3_600_000);
  const bank = (position: number) =>
    db.select({ id: questions.id, text: questions.text }).from(questions).where(and(eq(questions.bank, 'interview'), eq(questions.isDefault, true), eq(questions.position, position))).get();

  db.transaction((tx) => {
    const studentId = student.id;
    const dental = tx
      .insert(occupations)
      .values({
        studentId,
        title: 'Dental technician',
        status: 'considering',
        whyInterested: 'I like precise work with my hands, and health care without being a clinician.',
        researchNotes: 'Two-year diploma programs; most work in labs, not clinics. Digital design (CAD/CAM) is changing the work.',
        sources: 'https://www.jobbank.gc.ca\nCollege program guide, 2026',
      })
      .returning({ id: occupations.id })
      .get().id;
    tx.insert(occupations).values({ studentId, title: 'Travel agent', status: 'exploring', whyInterested: 'I love planning trips for friends.' }).run();
    tx.insert(occupationUnknowns)
      .values([
        { studentId, occupationId: dental, text: 'How much of the day is spent on a computer now?' },
        { studentId, occupationId: dental, text: 'Do labs hire graduates straight from school?' },
      ])
      .run();

    const person = (values: Omit<typeof contacts.$inferInsert, 'studentId'>) => tx.insert(contacts).values({ studentId, ...values }).returning({ id: contacts.id }).get().id;
    const dana = person({
      name: 'Dana Li',
      jobTitle: 'Dental technician',
      organisation: 'Fraser Dental Lab',
      occupationId: dental,
      email: 'dana.li@example.test',
      phone: '604 555 0142',
      howFound: 'professional-association',
      howFoundDetail: 'Provincial dental technicians association directory',
      criteria: ['works-in-occupation', 'specific-job-organisation'],
    });
    const priya = person({
      name: 'Priya Sandhu',
      jobTitle: 'Lab manager',
      organisation: 'Smile Works Lab',
      occupationId: dental,
      email: 'priya@example.test',
      howFound: 'referral',
      referredByContactId: dana,
      criteria: ['works-in-occupation'],
    });
    const uncle = person({ name: 'Uncle Ray', jobTitle: 'Travel consultant', organisation: 'Harbour Travel', howFound: 'family', criteria: ['works-in-occupation'] });

    tx.insert(outreachAttempts)
      .values([
        { studentId, contactId: dana, attemptedAt: t(-9, 17), channel: 'phone', outcome: 'agreed', notes: 'Agreed to 30 minutes at the lab.' },
        { studentId, contactId: priya, attemptedAt: t(-4, 17), channel: 'email', outcome: 'awaiting-reply' },
        { studentId, contactId: uncle, attemptedAt: t(-1, 20), channel: 'phone', outcome: 'agreed' },
      ])
      .run();

    const done = tx
      .insert(interviews)
      .values({
        studentId,
        contactId: dana,
        occupationId: dental,
        calendarUid: crypto.randomUUID(),
        status: 'completed',
        startsAt: t(-3, 18),
        completedAt: t(-3, 19),
        mode: 'in-person',
        location: 'Fraser Dental Lab, 4120 Main St',
        checklist: { research: true, questions: true, penAndPaper: true, scriptPractised: true, confirmed: true },
        generalNotes: 'Showed me the milling machine. Suggested Priya at Smile Works.',
      })
      .returning({ id: interviews.id })
      .get().id;
    const planned: Array<[number, string | null, boolean]> = [
      [1, 'Mostly design on screen in the morning, finishing by hand after lunch.', true],
      [5, 'A two-year diploma, then registration with the province.', false],
      [25, 'Priya Sandhu at Smile Works Lab.', false],
    ];
    planned.forEach(([position, notes, interesting], i) => {
      const q = bank(position);
      if (q) tx.insert(interviewQuestions).values({ studentId, interviewId: done, questionId: q.id, text: q.text, position: i + 1, notes, interesting, mustAsk: i === 0 }).run();
    });
    tx.insert(interviews)
      .values({ studentId, contactId: uncle, calendarUid: crypto.randomUUID(), status: 'scheduled', startsAt: t(4, 19), mode: 'phone', location: '604 555 0199', checklist: { research: true } })
      .run();
  });
}
