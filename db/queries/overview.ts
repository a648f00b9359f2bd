import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from '../client';
import { assignmentExtensions, assignments, contacts, interviews, sectionMembers, submissions, users } from '../schema';
import { containsPattern, pageWindow, toPage, type Page } from './pagination';
import { staffMembershipOf, viewerMembership } from './sections';
import type { Viewer } from './users';
import { THANK_YOU_OVERDUE_AFTER_MS } from '@/lib/interviews/vocabulary';
import { METHOD_STEPS, type MethodStep, type OverviewSort } from '@/lib/overview/vocabulary';
import { AWAITING_REVIEW_STATUSES } from '@/lib/submissions/vocabulary';

/*
 * The section overview: where each of a section's students stands, and how far the section has
 * come through the method. Sections can have 2,000 students, so nothing here loads a section
 * into JS: a page of students is chosen in SQL (sorting on one correlated count when the sort
 * asks for it), then the figures are counted for that page's students only. Every count is a
 * correlated subquery on an index that starts with the student's id.
 */

export type OverviewRow = {
  studentId: number;
  name: string;
  contacts: number;
  interviewsCompleted: number;
  thankYousOverdue: number;
  reflectionsMissing: number;
  reflectionsReturned: number;
  reflectionsWaiting: number;
  reflectionsReviewed: number;
  lastActivityAt: Date | null;
};

/** The correlated figures for the student whose id is `student`, in section `sectionId`, at `now`. */
function figures(student: SQL, sectionId: number, now: Date) {
  const overdueBefore = now.getTime() - THANK_YOU_OVERDUE_AFTER_MS;
  const submissionsIn = (status: SQL) =>
    sql<number>`(select count(*) from ${submissions} s where s.student_id = ${student} and s.section_id = ${sectionId} and ${status})`.mapWith(Number);
  return {
    contacts: sql<number>`(select count(*) from ${contacts} c where c.student_id = ${student})`.mapWith(Number),
    interviews: sql<number>`(select count(*) from ${interviews} i where i.student_id = ${student} and i.status = 'completed')`.mapWith(Number),
    overdue: sql<number>`(select count(*) from ${interviews} i where i.student_id = ${student} and i.status = 'completed'
      and i.thank_you_sent_at is null and i.completed_at <= ${overdueBefore})`.mapWith(Number),
    // Published work whose due date (the student's extension, if any) has passed, never submitted.
    missing: sql<number>`(select count(*) from ${assignments} a where a.section_id = ${sectionId} and a.status = 'published'
      and coalesce((select e.due_at from ${assignmentExtensions} e where e.assignment_id = a.id and e.student_id = ${student}), a.due_at) < ${now.getTime()}
      and not exists (select 1 from ${submissions} s where s.assignment_id = a.id and s.student_id = ${student} and s.attempt > 0))`.mapWith(Number),
    returned: submissionsIn(sql`s.status = 'returned'`),
    waiting: submissionsIn(sql`s.status in ${sql.raw(`(${AWAITING_REVIEW_STATUSES.map((s) => `'${s}'`).join(', ')})`)}`),
    reviewed: submissionsIn(sql`s.status = 'reviewed'`),
    // Kept on the membership by triggers (drizzle/0020_last_activity_triggers.sql, the view last_activity).
    activity: sql<number | null>`(select m.last_activity_at from ${sectionMembers} m where m.section_id = ${sectionId} and m.user_id = ${student})`,
  };
}

export type OverviewOptions = { sort?: OverviewSort; dir?: 'asc' | 'desc'; q?: string; page?: number; now: Date };

/** A page of the section's students with their figures; empty unless the viewer staffs the section. */
export function listSectionOverviewForViewer(viewer: Viewer, sectionId: number, opts: OverviewOptions): Page<OverviewRow> {
  const db = getDb();
  // Everything about who is on the page is read from the memberships (the name is kept there,
  // drizzle/0022): joining users for 2,000 students cost more than the rest of the page's reads.
  const where = and(
    eq(sectionMembers.sectionId, sectionId),
    eq(sectionMembers.role, 'student'),
    opts.q ? sql`${sectionMembers.name} like ${containsPattern(opts.q)} escape '\\'` : undefined,
  );
  const sort = opts.sort ?? 'name';
  const direction = opts.dir === 'desc' ? desc : asc;
  // The same figures twice: as sort keys over the memberships, and for the page's students.
  const sortFigures = figures(sql`${sectionMembers.userId}`, sectionId, opts.now);
  const pageFigures = figures(sql`${users.id}`, sectionId, opts.now);
  const key: Record<OverviewSort, SQL> = {
    name: sql`${sectionMembers.name}`,
    interviews: sortFigures.interviews,
    overdue: sortFigures.overdue,
    missing: sortFigures.missing,
    waiting: sortFigures.waiting,
    reviewed: sortFigures.reviewed,
    activity: sql`${sectionMembers.lastActivityAt}`,
  };
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  // 1. Which students are on this page (only the sort's own figure is computed for all of them).
  const ids = db
    .select({ id: sectionMembers.userId })
    .from(sectionMembers)
    .innerJoin(viewerMembership, staffMembershipOf(viewer))
    .where(where)
    // By name, read in order from section_members_section_name_idx (the name kept on the membership).
    .orderBy(...(sort === 'name' ? [direction(sectionMembers.name), direction(sectionMembers.userId)] : [direction(key[sort]), asc(sectionMembers.name), asc(sectionMembers.userId)]))
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => r.id);
  const total = db.select({ n: count() }).from(sectionMembers).innerJoin(viewerMembership, staffMembershipOf(viewer)).where(where).get()?.n ?? 0;
  if (ids.length === 0) return toPage([], total, page);
  // 2. Their figures.
  const rows = db
    .select({
      studentId: users.id,
      name: users.name,
      contacts: pageFigures.contacts,
      interviewsCompleted: pageFigures.interviews,
      thankYousOverdue: pageFigures.overdue,
      reflectionsMissing: pageFigures.missing,
      reflectionsReturned: pageFigures.returned,
      reflectionsWaiting: pageFigures.waiting,
      reflectionsReviewed: pageFigures.reviewed,
      activity: pageFigures.activity,
    })
    .from(users)
    .where(inArray(users.id, ids))
    .all();
  const byId = new Map(rows.map((r) => [r.studentId, r]));
  const items = ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const { activity, ...rest } = r;
    return [{ ...rest, lastActivityAt: activity ? new Date(Number(activity)) : null }];
  });
  return toPage(items, total, page);
}

export type MethodProgress = { students: number; steps: Record<MethodStep, number> };

/** Each step's flag on a student's membership (kept by triggers: drizzle/0014_method_progress_triggers.sql). */
const STEP_FLAG: Record<MethodStep, SQL> = {
  'found-contact': sql`${sectionMembers.foundContact}`,
  'reached-out': sql`${sectionMembers.reachedOut}`,
  interviewed: sql`${sectionMembers.interviewed}`,
  thanked: sql`${sectionMembers.thanked}`,
  reflected: sql`${sectionMembers.reflected}`,
  reviewed: sql`${sectionMembers.reviewed}`,
};

/**
 * How many of the section's students have done each step of the method at least once. A personal
 * reflection counts once every default reflection question has an answer ("4 of 10 answered" is
 * not yet a reflection written: the same rule as the student's home); work in this section counts
 * once submitted, and "reviewed" once marked reviewed here.
 */
export function findSectionProgressForViewer(viewer: Viewer, sectionId: number): MethodProgress {
  const columns = Object.fromEntries(METHOD_STEPS.map((step) => [step, sql<number>`coalesce(sum(${STEP_FLAG[step]}), 0)`.mapWith(Number)])) as Record<MethodStep, SQL<number>>;
  const row = getDb()
    .select({ students: count(), ...columns })
    .from(sectionMembers)
    .innerJoin(viewerMembership, staffMembershipOf(viewer))
    .where(and(eq(sectionMembers.sectionId, sectionId), eq(sectionMembers.role, 'student')))
    .get();
  const { students, ...steps } = row ?? { students: 0 };
  return { students: students ?? 0, steps: Object.fromEntries(METHOD_STEPS.map((s) => [s, Number((steps as Record<string, number>)[s] ?? 0)])) as Record<MethodStep, number> };
}
