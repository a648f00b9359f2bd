import { and, asc, count, eq, inArray, or, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb, type DB, type Tx } from '../client';
import { sectionMembers, sections, users, type MemberRole } from '../schema';
import { containsPattern, pageWindow, toPage, type Page } from './pagination';
import type { Viewer } from './users';
import { STAFF_ROLES } from '@/lib/accounts/vocabulary';
import { outer } from './outer';

export type Section = {
  id: number;
  courseCode: string;
  sectionCode: string;
  title: string;
  term: string;
  /** Due dates are entered and shown in it. */
  timeZone: string;
};

/** A section as listed, with how many students it has. */
export type SectionSummary = Section & { studentCount: number };

/** Ids of the sections the person staffs, as a subquery (never a list pulled into JS). */
export function sectionsStaffedBy(userId: number | Placeholder) {
  return getDb()
    .select({ id: sectionMembers.sectionId })
    .from(sectionMembers)
    .where(and(eq(sectionMembers.userId, userId), inArray(sectionMembers.role, STAFF_ROLES)));
}

/** The viewer's own membership of the section a query reads (see staffMembershipOf). */
export const viewerMembership = alias(sectionMembers, 'viewer_membership');

/**
 * Joins a read of section_members to the viewer's own staff membership of the same section:
 * with it first, a section they do not staff yields no rows, and the section's 2,000 students
 * are read in the order of an index rather than filtered through a list of the viewer's sections.
 */
export function staffMembershipOf(viewer: { role: Viewer['role']; id: number | Placeholder }): SQL {
  if (viewer.role !== 'counsellor' && viewer.role !== 'instructor') return sql`0`;
  return and(eq(viewerMembership.sectionId, sectionMembers.sectionId), eq(viewerMembership.userId, viewer.id), inArray(viewerMembership.role, STAFF_ROLES))!;
}

/** Ids of the students in any section the person staffs, as a subquery. */
export function studentsStaffedBy(userId: number | Placeholder) {
  return getDb()
    .selectDistinct({ id: sectionMembers.userId })
    .from(sectionMembers)
    .where(and(eq(sectionMembers.role, 'student'), inArray(sectionMembers.sectionId, sectionsStaffedBy(userId))));
}

/** Which sections a viewer may open: a student's own, a staff member's staffed ones, any for admin. */
function visibleSections(viewer: Viewer): SQL | undefined {
  if (viewer.role === 'admin') return undefined;
  if (viewer.role === 'student') {
    return inArray(
      sections.id,
      getDb()
        .select({ id: sectionMembers.sectionId })
        .from(sectionMembers)
        .where(and(eq(sectionMembers.userId, viewer.id), eq(sectionMembers.role, 'student'))),
    );
  }
  return inArray(sections.id, sectionsStaffedBy(viewer.id));
}

/** A member role written into the SQL, checked against the vocabulary by the compiler. */
const memberRole = (role: MemberRole) => sql.raw(`'${role}'`);

const studentCount = sql<number>`(select count(*) from ${sectionMembers} sm where sm.section_id = ${outer(sections.id)} and sm.role = ${memberRole('student')})`.mapWith(Number);

const sectionColumns = {
  id: sections.id,
  courseCode: sections.courseCode,
  sectionCode: sections.sectionCode,
  title: sections.title,
  term: sections.term,
  timeZone: sections.timeZone,
};

const summaryColumns = { ...sectionColumns, studentCount };

export function listSectionsForViewer(viewer: Viewer, opts: { q?: string; page?: number } = {}): Page<SectionSummary> {
  const filters: SQL[] = [];
  const visible = visibleSections(viewer);
  if (visible) filters.push(visible);
  if (opts.q?.trim()) {
    const p = containsPattern(opts.q.trim());
    filters.push(
      or(
        sql`(${sections.courseCode} || ' ' || ${sections.sectionCode}) like ${p} escape '\\'`,
        sql`${sections.title} like ${p} escape '\\'`,
        sql`${sections.term} like ${p} escape '\\'`,
      )!,
    );
  }
  const where = filters.length ? and(...filters) : undefined;
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  const db = getDb();
  const items = db
    .select(summaryColumns)
    .from(sections)
    .where(where)
    .orderBy(asc(sections.term), asc(sections.courseCode), asc(sections.sectionCode))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(sections).where(where).get()?.n ?? 0;
  return toPage(items, total, page);
}

/**
 * The section, if the viewer may open it. Without its student count: every page about a section
 * starts here, and counting a 2,000-student section on each of them cost more than the lookup.
 */
export function findSectionForViewer(viewer: Viewer, id: number): Section | null {
  const visible = visibleSections(viewer);
  return (
    getDb()
      .select(sectionColumns)
      .from(sections)
      .where(visible ? and(eq(sections.id, id), visible) : eq(sections.id, id))
      .get() ?? null
  );
}

/** How many students the section has: for its staff (read through their own membership) and admins; 0 for anyone else. */
export function countSectionStudents(viewer: Viewer, id: number): number {
  if (viewer.role === 'student') return 0;
  const counted = getDb().select({ n: count() }).from(sectionMembers).$dynamic();
  return (viewer.role === 'admin' ? counted : counted.innerJoin(viewerMembership, staffMembershipOf(viewer)))
    .where(and(eq(sectionMembers.sectionId, id), eq(sectionMembers.role, 'student')))
    .get()?.n ?? 0;
}

export type SectionPerson = { id: number; name: string; email: string; active: boolean; memberRole: MemberRole };

/** A section's students, for its staff or an admin; empty for anyone else. */
export function listSectionStudents(viewer: Viewer, sectionId: number, opts: { q?: string; page?: number } = {}): Page<SectionPerson> {
  if (viewer.role === 'student') return toPage([], 0, 1);
  const filters: SQL[] = [eq(sectionMembers.sectionId, sectionId), eq(sectionMembers.role, 'student')];
  const q = opts.q?.trim();
  if (q) {
    const p = containsPattern(q);
    filters.push(or(sql`${sectionMembers.name} like ${p} escape '\\'`, sql`${users.email} like ${p} escape '\\'`)!);
  }
  const where = and(...filters);
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  const db = getDb();
  // Staff read their own sections only: their own membership is joined (admins read any).
  const listed = db
    .select({ id: users.id, name: users.name, email: users.email, active: users.active, memberRole: sectionMembers.role })
    .from(sectionMembers)
    .innerJoin(users, eq(users.id, sectionMembers.userId))
    .$dynamic();
  const items = (viewer.role === 'admin' ? listed : listed.innerJoin(viewerMembership, staffMembershipOf(viewer)))
    .where(where)
    // The name kept on the membership (drizzle/0022): the page is read in order from an index.
    .orderBy(asc(sectionMembers.name), asc(sectionMembers.userId))
    .limit(limit)
    .offset(offset)
    .all();
  // Without a search, counted on the memberships alone: joining users for 2,000 students cost
  // more than the rest of the page's reads. A search may read an e-mail, so it joins them.
  const searched = db.select({ n: count() }).from(sectionMembers).innerJoin(users, eq(users.id, sectionMembers.userId)).$dynamic();
  const total = q
    ? ((viewer.role === 'admin' ? searched : searched.innerJoin(viewerMembership, staffMembershipOf(viewer))).where(where).get()?.n ?? 0)
    : countSectionStudents(viewer, sectionId);
  return toPage(items, total, page);
}

export type StudentOfViewer = { id: number; name: string; sections: { id: number; courseCode: string; sectionCode: string }[] };

/**
 * A student whose records the viewer may read, with the sections that make it so: the student
 * themself, or a student of a section the viewer staffs (the same rule as studentRecordsVisibleTo).
 * Admins manage accounts, not students' records: null.
 */
export function findStudentForViewer(viewer: Viewer, studentId: number): StudentOfViewer | null {
  if (viewer.role === 'admin' || (viewer.role === 'student' && viewer.id !== studentId)) return null;
  const db = getDb();
  const student = db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.id, studentId), eq(users.role, 'student')))
    .get();
  if (!student) return null;
  const shared = db
    .select({ id: sections.id, courseCode: sections.courseCode, sectionCode: sections.sectionCode })
    .from(sectionMembers)
    .innerJoin(sections, eq(sections.id, sectionMembers.sectionId))
    .where(and(eq(sectionMembers.userId, student.id), eq(sectionMembers.role, 'student'), visibleSections(viewer)))
    .orderBy(asc(sections.term), asc(sections.courseCode), asc(sections.sectionCode))
    .limit(20)
    .all();
  if (viewer.role !== 'student' && shared.length === 0) return null;
  return { ...student, sections: shared };
}

/** Instructors and counsellors of a section (names only: staff are not hidden from each other). */
export function listSectionStaff(viewer: Viewer, sectionId: number): SectionPerson[] {
  if (!findSectionForViewer(viewer, sectionId)) return [];
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, active: users.active, memberRole: sectionMembers.role })
    .from(sectionMembers)
    .innerJoin(users, eq(users.id, sectionMembers.userId))
    .where(and(eq(sectionMembers.sectionId, sectionId), inArray(sectionMembers.role, STAFF_ROLES)))
    .orderBy(asc(sectionMembers.role), asc(users.name))
    .all();
}

/** Whether the person staffs this section (as a counsellor or an instructor). */
export function staffsSection(tx: DB | Tx, viewer: Viewer, sectionId: number): boolean {
  if (viewer.role !== 'counsellor' && viewer.role !== 'instructor') return false;
  return !!tx
    .select({ id: sectionMembers.sectionId })
    .from(sectionMembers)
    .where(and(eq(sectionMembers.sectionId, sectionId), eq(sectionMembers.userId, viewer.id), inArray(sectionMembers.role, STAFF_ROLES)))
    .get();
}

/** The section's time zone, set by its staff; the staff filter is repeated in the statement. */
export function updateSectionTimeZone(tx: DB | Tx, viewer: Viewer, sectionId: number, timeZone: string): boolean {
  if (viewer.role !== 'counsellor' && viewer.role !== 'instructor') return false;
  return tx.update(sections).set({ timeZone }).where(and(eq(sections.id, sectionId), inArray(sections.id, sectionsStaffedBy(viewer.id)))).run().changes === 1;
}

export function insertSection(tx: DB | Tx, values: { courseCode: string; sectionCode: string; title: string; term: string }): number {
  return tx.insert(sections).values(values).returning({ id: sections.id }).get().id;
}

export function sectionExists(values: { courseCode: string; sectionCode: string; term: string }): boolean {
  return !!getDb()
    .select({ id: sections.id })
    .from(sections)
    .where(and(eq(sections.courseCode, values.courseCode), eq(sections.sectionCode, values.sectionCode), eq(sections.term, values.term)))
    .get();
}

export function upsertMembership(tx: DB | Tx, sectionId: number, userId: number, role: MemberRole): void {
  tx.insert(sectionMembers)
    .values({ sectionId, userId, role })
    .onConflictDoUpdate({ target: [sectionMembers.sectionId, sectionMembers.userId], set: { role } })
    .run();
}

export function deleteMembership(tx: DB | Tx, sectionId: number, userId: number): boolean {
  return tx.delete(sectionMembers).where(and(eq(sectionMembers.sectionId, sectionId), eq(sectionMembers.userId, userId))).run().changes === 1;
}

/** Admin's view of every member of a section, students and staff. */
export function listSectionMembersForAdmin(viewer: Viewer, sectionId: number): SectionPerson[] {
  if (viewer.role !== 'admin') return [];
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, active: users.active, memberRole: sectionMembers.role })
    .from(sectionMembers)
    .innerJoin(users, eq(users.id, sectionMembers.userId))
    .where(eq(sectionMembers.sectionId, sectionId))
    .orderBy(sql`case ${sectionMembers.role} when ${memberRole('instructor')} then 0 when ${memberRole('counsellor')} then 1 else 2 end`, asc(users.name))
    .all();
}
