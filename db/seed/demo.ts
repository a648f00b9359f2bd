import { count } from 'drizzle-orm';
import type { DB } from '../client';
import { sectionMembers, sections, users, type Role } from '../schema';

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
    .replace(/^\.|\.$/g, '')
    .slice(0, 30);
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
}
