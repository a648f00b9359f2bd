import { getDb } from '../client';
import { assignmentQuestions, assignments, sectionMembers, sections, users, type MemberRole, type Role } from '../schema';
import type { Viewer } from '../queries/users';

let counter = 0;

/** A user row for tests; returns the viewer that authorisation would build for them. */
export function makeUser<R extends Role>(role: R, overrides: { name?: string; email?: string; active?: boolean; passwordHash?: string | null } = {}): Extract<Viewer, { role: R }> {
  counter += 1;
  const email = overrides.email ?? `${role}-${counter}-${Math.random().toString(36).slice(2, 8)}@test.example`;
  const row = getDb()
    .insert(users)
    .values({ email, name: overrides.name ?? `${role} ${counter}`, role, active: overrides.active ?? true, passwordHash: overrides.passwordHash ?? null })
    .returning()
    .get();
  return { id: row.id, role, name: row.name, email: row.email, timeZone: row.timeZone } as Extract<Viewer, { role: R }>;
}

export function makeSection(code = `S${++counter}`): number {
  return getDb()
    .insert(sections)
    .values({ courseCode: 'CAPS 1100', sectionCode: code, title: 'Career and Life Planning', term: 'Fall 2026' })
    .returning({ id: sections.id })
    .get().id;
}

export function addMember(sectionId: number, userId: number, role: MemberRole): void {
  getDb().insert(sectionMembers).values({ sectionId, userId, role }).run();
}

/** A published assignment in a section asking these bank questions, for tests. */
export function makeAssignment(
  sectionId: number,
  questionIds: number[],
  overrides: Partial<typeof assignments.$inferInsert> = {},
): number {
  const id = getDb()
    .insert(assignments)
    .values({ sectionId, title: 'Reflect on an interview', dueAt: new Date('2026-12-04T23:59:00-08:00'), status: 'published', ...overrides })
    .returning({ id: assignments.id })
    .get().id;
  if (questionIds.length) getDb().insert(assignmentQuestions).values(questionIds.map((questionId, i) => ({ assignmentId: id, questionId, position: i + 1 }))).run();
  return id;
}
