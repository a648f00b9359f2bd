import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { preparedQueries, preparedQuery } from '../client';
import { assignmentExtensions, assignments, contacts, interviews, sectionMembers, submissions, users } from '../schema';
import { outer } from './outer';
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

// The values a query of this module takes (its SQL is built once per shape: preparedQueries).
const sectionId = sql.placeholder('sectionId');
const nowMs = sql.placeholder('now');
const overdueBefore = sql.placeholder('overdueBefore');
const viewerId = sql.placeholder('viewerId');

/** The correlated figures for the student whose id is `student`, in the section, at the time given. */
function figures(student: SQL) {
  const submissionsIn = (status: SQL) =>
    sql<number>`(select count(*) from ${submissions} s where s.student_id = ${student} and s.section_id = ${sectionId} and ${status})`.mapWith(Number);
  return {
    contacts: sql<number>`(select count(*) from ${contacts} c where c.student_id = ${student})`.mapWith(Number),
    interviews: sql<number>`(select count(*) from ${interviews} i where i.student_id = ${student} and i.status = 'completed')`.mapWith(Number),
    overdue: sql<number>`(select count(*) from ${interviews} i where i.student_id = ${student} and i.status = 'completed'
      and i.thank_you_sent_at is null and i.completed_at <= ${overdueBefore})`.mapWith(Number),
    // Published work whose due date (the student's extension, if any) has passed, never submitted.
    missing: sql<number>`(select count(*) from ${assignments} a where a.section_id = ${sectionId} and a.status = 'published'
      and coalesce((select e.due_at from ${assignmentExtensions} e where e.assignment_id = a.id and e.student_id = ${student}), a.due_at) < ${nowMs}
      and not exists (select 1 from ${submissions} s where s.assignment_id = a.id and s.student_id = ${student} and s.attempt > 0))`.mapWith(Number),
    returned: submissionsIn(sql`s.status = 'returned'`),
    waiting: submissionsIn(sql`s.status in ${sql.raw(`(${AWAITING_REVIEW_STATUSES.map((s) => `'${s}'`).join(', ')})`)}`),
    reviewed: submissionsIn(sql`s.status = 'reviewed'`),
    // Kept on the membership by triggers (drizzle/0020_last_activity_triggers.sql, the view last_activity).
    activity: sql<number | null>`(select m.last_activity_at from ${sectionMembers} m where m.section_id = ${sectionId} and m.user_id = ${student})`,
  };
}

export type OverviewOptions = { sort?: OverviewSort; dir?: 'asc' | 'desc'; q?: string; page?: number; now: Date };

// The viewer's role decides the join to their own staff membership (nobody else reads the overview).
type Role = Viewer['role'];
const staffOnly = (role: Role) => staffMembershipOf({ role, id: viewerId });

// Everything about who is on the page is read from the memberships (the name is kept there,
// drizzle/0022): joining users for 2,000 students cost more than the rest of the page's reads.
const studentsOf = (search: boolean) =>
  and(eq(sectionMembers.sectionId, sectionId), eq(sectionMembers.role, 'student'), search ? sql`${sectionMembers.name} like ${sql.placeholder('pattern')} escape '\\'` : undefined);

// The first page has no OFFSET: with one (even a bound 0) SQLite sorts every student by a
// figure instead of keeping the best 25 as it goes (1.5× the time, measured).
type PageShape = `${Role}|${OverviewSort}|${'asc' | 'desc'}|${'all' | 'search'}|${'first' | 'later'}`;

/** 1. Which students are on the page: only the sort's own figure is computed for all of them. */
const pageOfStudents = preparedQueries((db, shape: PageShape) => {
  const [role, sort, dir, search, which] = shape.split('|') as [Role, OverviewSort, 'asc' | 'desc', 'all' | 'search', 'first' | 'later'];
  const direction = dir === 'desc' ? desc : asc;
  const sortFigures = figures(outer(sectionMembers.userId));
  const key: Record<OverviewSort, SQL> = {
    name: sql`${sectionMembers.name}`,
    interviews: sortFigures.interviews,
    overdue: sortFigures.overdue,
    missing: sortFigures.missing,
    waiting: sortFigures.waiting,
    reviewed: sortFigures.reviewed,
    activity: sql`${sectionMembers.lastActivityAt}`,
  };
  const query = db
    .select({ id: sectionMembers.userId })
    .from(sectionMembers)
    .innerJoin(viewerMembership, staffOnly(role))
    .where(studentsOf(search === 'search'))
    // By name, read in order from section_members_section_name_idx (the name kept on the membership).
    .orderBy(...(sort === 'name' ? [direction(sectionMembers.name), direction(sectionMembers.userId)] : [direction(key[sort]), asc(sectionMembers.name), asc(sectionMembers.userId)]))
    .limit(sql.placeholder('limit'));
  return (which === 'first' ? query : query.offset(sql.placeholder('offset'))).prepare();
});

const countOfStudents = preparedQueries((db, shape: `${Role}|${'all' | 'search'}`) => {
  const [role, search] = shape.split('|') as [Role, 'all' | 'search'];
  return db.select({ n: count() }).from(sectionMembers).innerJoin(viewerMembership, staffOnly(role)).where(studentsOf(search === 'search')).prepare();
});

/** 2. The figures of the page's students (given as a JSON array of ids). */
const figuresOfStudents = preparedQuery((db) => {
  const pageFigures = figures(outer(users.id));
  return db
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
    .where(sql`${users.id} in (select value from json_each(${sql.placeholder('ids')}))`)
    .prepare();
});

/** A page of the section's students with their figures; empty unless the viewer staffs the section. */
export function listSectionOverviewForViewer(viewer: Viewer, section: number, opts: OverviewOptions): Page<OverviewRow> {
  const search = opts.q ? 'search' : 'all';
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  const values = {
    viewerId: viewer.id,
    sectionId: section,
    now: opts.now.getTime(),
    overdueBefore: opts.now.getTime() - THANK_YOU_OVERDUE_AFTER_MS,
    ...(opts.q ? { pattern: containsPattern(opts.q) } : {}),
  };
  const ids = pageOfStudents(`${viewer.role}|${opts.sort ?? 'name'}|${opts.dir === 'desc' ? 'desc' : 'asc'}|${search}|${offset === 0 ? 'first' : 'later'}`)
    .all({ ...values, limit, offset })
    .map((r) => r.id);
  const total = countOfStudents(`${viewer.role}|${search}`).get(values)?.n ?? 0;
  if (ids.length === 0) return toPage([], total, page);
  const rows = figuresOfStudents().all({ ...values, ids: JSON.stringify(ids) });
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
const progressOf = preparedQueries((db, role: Role) => {
  const columns = Object.fromEntries(METHOD_STEPS.map((step) => [step, sql<number>`coalesce(sum(${STEP_FLAG[step]}), 0)`.mapWith(Number)])) as Record<MethodStep, SQL<number>>;
  return db
    .select({ students: count(), ...columns })
    .from(sectionMembers)
    .innerJoin(viewerMembership, staffOnly(role))
    .where(studentsOf(false))
    .prepare();
});

export function findSectionProgressForViewer(viewer: Viewer, section: number): MethodProgress {
  const row = progressOf(viewer.role).get({ viewerId: viewer.id, sectionId: section });
  const { students, ...steps } = row ?? { students: 0 };
  return { students: students ?? 0, steps: Object.fromEntries(METHOD_STEPS.map((s) => [s, Number((steps as Record<string, number>)[s] ?? 0)])) as Record<MethodStep, number> };
}
