import { and, asc, count, desc, eq, gt, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { getDb, preparedQueries, preparedQuery, type DB, type Tx } from '../client';
import { assignments, sections, submissions, submissionVersions, users } from '../schema';
import { pageWindow, toPage, type Page } from './pagination';
import { sectionsStaffedBy } from './sections';
import { submissionsVisibleTo, type SubmissionHeader } from './submissions';
import type { Viewer } from './users';
import { AWAITING_REVIEW_STATUSES, type SubmissionStatus } from '@/lib/submissions/vocabulary';
import { outer } from './outer';

/*
 * The review queue: submitted and resubmitted work in the sections the viewer staffs, oldest
 * first. Filtered in SQL by section (submissions.section_id, so it reads the
 * submissions_queue_idx (section_id, status, submitted_at) index one section at a time), never by
 * loading a list of sections or submissions into JS.
 */

export type AwaitingReviewStatus = (typeof AWAITING_REVIEW_STATUSES)[number];

export type ReviewQueueFilters = {
  sectionId?: number;
  assignmentId?: number;
  status?: AwaitingReviewStatus;
};

export type ReviewQueueItem = {
  id: number;
  studentId: number;
  studentName: string;
  assignmentId: number;
  assignmentTitle: string;
  sectionId: number;
  courseCode: string;
  sectionCode: string;
  status: SubmissionStatus;
  attempt: number;
  submittedAt: Date;
  late: boolean;
};

function isStaff(viewer: Viewer): boolean {
  return viewer.role === 'counsellor' || viewer.role === 'instructor';
}

/*
 * The queue's reads run on every view of the queue and of the review page, so each is built once
 * per connection and per filter shape (preparedQueries): which of section, assignment and status
 * filter, the viewer and the values bound. Drizzle built them anew on each call before, a
 * millisecond of the queue page's server time.
 */

/** Which filters a query applies: section, assignment, status ('s', 'a', 't' when present, '-' when not). */
type QueueShape = `${'s' | '-'}${'a' | '-'}${'t' | '-'}`;

function shapeOf(f: ReviewQueueFilters, withStatus = true): QueueShape {
  return `${f.sectionId ? 's' : '-'}${f.assignmentId ? 'a' : '-'}${withStatus && f.status ? 't' : '-'}`;
}

/** The values a queue query binds (a placeholder the shape leaves out is not read). */
function queueValues(viewer: Viewer, f: ReviewQueueFilters) {
  return { viewerId: viewer.id, sectionId: f.sectionId ?? 0, assignmentId: f.assignmentId ?? 0, status: f.status ?? 'submitted' };
}

/** What waits for the viewer (placeholder viewerId) under the shape's filters. */
function queueCondition(shape: QueueShape): SQL {
  const conditions: SQL[] = [
    inArray(submissions.sectionId, sectionsStaffedBy(sql.placeholder('viewerId'))),
    shape[2] === 't' ? eq(submissions.status, sql.placeholder('status')) : inArray(submissions.status, AWAITING_REVIEW_STATUSES),
  ];
  if (shape[0] === 's') conditions.push(eq(submissions.sectionId, sql.placeholder('sectionId')));
  if (shape[1] === 'a') conditions.push(eq(submissions.assignmentId, sql.placeholder('assignmentId')));
  return and(...conditions)!;
}

const itemColumns = {
  id: submissions.id,
  studentId: submissions.studentId,
  studentName: users.name,
  assignmentId: sql<number>`${submissions.assignmentId}`.mapWith(Number),
  assignmentTitle: assignments.title,
  sectionId: sql<number>`${submissions.sectionId}`.mapWith(Number),
  courseCode: sections.courseCode,
  sectionCode: sections.sectionCode,
  status: submissions.status,
  attempt: submissions.attempt,
  submittedAt: sql<Date>`${submissions.submittedAt}`.mapWith(submissions.submittedAt),
  late: submissions.late,
};

/**
 * The query behind a page of the queue, with placeholders (viewerId, the filters', limit, and
 * offset unless it is the first page). Exported so a test can hold its plan to the queue index.
 */
export function reviewQueuePageQuery(db: DB, shape: QueueShape, first: boolean) {
  // The page's ids first, from the queue index alone (a section of 2,000 students has thousands
  // waiting); only those 25 are joined to their student, assignment and section. The first page
  // has no OFFSET, so SQLite keeps the best 25 as it goes.
  const ids = db
    .select({ id: submissions.id })
    .from(submissions)
    .where(queueCondition(shape))
    .orderBy(asc(submissions.submittedAt), asc(submissions.id))
    .limit(sql.placeholder('limit'));
  const pageIds = first ? ids : ids.offset(sql.placeholder('offset'));
  return db
    .select(itemColumns)
    .from(submissions)
    .innerJoin(users, eq(users.id, submissions.studentId))
    .innerJoin(assignments, eq(assignments.id, submissions.assignmentId))
    .innerJoin(sections, eq(sections.id, submissions.sectionId))
    .where(inArray(submissions.id, pageIds))
    .orderBy(asc(submissions.submittedAt), asc(submissions.id));
}

const reviewQueuePage = preparedQueries((db, variant: `${QueueShape}|${'first' | 'later'}`) => {
  const [shape, which] = variant.split('|') as [QueueShape, 'first' | 'later'];
  return reviewQueuePageQuery(db, shape, which === 'first').prepare();
});

/** A page of the queue, oldest submission first (ties by id, so the order is total). */
export function listReviewQueueForViewer(viewer: Viewer, filters: ReviewQueueFilters & { page?: number } = {}): Page<ReviewQueueItem> {
  const { limit, offset, page } = pageWindow(filters.page ?? 1);
  if (!isStaff(viewer)) return toPage([], 0, page);
  const items = reviewQueuePage(`${shapeOf(filters)}|${offset === 0 ? 'first' : 'later'}`).all({ ...queueValues(viewer, filters), limit, offset });
  return toPage(items, queueTotal(viewer, filters), page);
}

export type ReviewQueueCounts = Record<AwaitingReviewStatus, number> & { total: number };

// Without an assignment filter, the counts each section keeps (drizzle/0018): a section of 2,000
// students has thousands waiting, and counting them cost more than the rest of the page.
const keptCounts = preparedQueries((db, bySection: 'one section' | 'all sections') =>
  db
    .select({
      submitted: sql<number>`coalesce(sum(${sections.awaitingReviewSubmitted}), 0)`.mapWith(Number),
      resubmitted: sql<number>`coalesce(sum(${sections.awaitingReviewResubmitted}), 0)`.mapWith(Number),
    })
    .from(sections)
    .where(and(inArray(sections.id, sectionsStaffedBy(sql.placeholder('viewerId'))), bySection === 'one section' ? eq(sections.id, sql.placeholder('sectionId')) : undefined))
    .prepare(),
);

/** How many wait in each status under the section and assignment filters (the status filter's counts). */
export function countReviewQueueForViewer(viewer: Viewer, filters: ReviewQueueFilters = {}): ReviewQueueCounts {
  if (!isStaff(viewer)) return { submitted: 0, resubmitted: 0, total: 0 };
  if (filters.assignmentId) return countReviewQueueLive(viewer, filters);
  const row = keptCounts(filters.sectionId ? 'one section' : 'all sections').get(queueValues(viewer, filters));
  const submitted = row?.submitted ?? 0;
  const resubmitted = row?.resubmitted ?? 0;
  return { submitted, resubmitted, total: submitted + resubmitted };
}

const liveCounts = preparedQueries((db, shape: QueueShape) =>
  db.select({ status: submissions.status, n: count() }).from(submissions).where(queueCondition(shape)).groupBy(submissions.status).prepare(),
);

/** The same counts, counted from the submissions (an assignment's, which no section keeps). */
export function countReviewQueueLive(viewer: Viewer, filters: ReviewQueueFilters = {}): ReviewQueueCounts {
  const out = { submitted: 0, resubmitted: 0, total: 0 };
  if (!isStaff(viewer)) return out;
  for (const r of liveCounts(shapeOf(filters, false)).all(queueValues(viewer, filters))) {
    if (r.status === 'submitted' || r.status === 'resubmitted') out[r.status] = r.n;
    out.total += r.n;
  }
  return out;
}

/** How many wait under all the filters, the status one included. */
function queueTotal(viewer: Viewer, filters: ReviewQueueFilters): number {
  const counts = countReviewQueueForViewer(viewer, filters);
  return filters.status ? counts[filters.status] : counts.total;
}

const sectionOptions = preparedQuery((db) =>
  db
    .select({ id: sections.id, courseCode: sections.courseCode, sectionCode: sections.sectionCode, term: sections.term })
    .from(sections)
    .where(inArray(sections.id, sectionsStaffedBy(sql.placeholder('viewerId'))))
    .orderBy(asc(sections.term), asc(sections.courseCode), asc(sections.sectionCode))
    .limit(500)
    .prepare(),
);

/** The sections the viewer staffs, for the queue's section filter. */
export function listReviewSectionOptions(viewer: Viewer): { id: number; courseCode: string; sectionCode: string; term: string }[] {
  if (!isStaff(viewer)) return [];
  return sectionOptions().all({ viewerId: viewer.id });
}

const assignmentOptions = preparedQueries((db, bySection: 'one section' | 'all sections') =>
  db
    .select({ id: assignments.id, title: assignments.title, courseCode: sections.courseCode, sectionCode: sections.sectionCode })
    .from(assignments)
    .innerJoin(sections, eq(sections.id, assignments.sectionId))
    .where(
      and(
        inArray(assignments.sectionId, sectionsStaffedBy(sql.placeholder('viewerId'))),
        eq(assignments.status, 'published'),
        bySection === 'one section' ? eq(assignments.sectionId, sql.placeholder('sectionId')) : undefined,
      ),
    )
    .orderBy(asc(sections.courseCode), asc(sections.sectionCode), desc(assignments.dueAt), asc(assignments.id))
    .limit(500)
    .prepare(),
);

/** Published assignments in the viewer's sections (one section's when given), for the assignment filter. */
export function listReviewAssignmentOptions(viewer: Viewer, sectionId?: number): { id: number; title: string; courseCode: string; sectionCode: string }[] {
  if (!isStaff(viewer)) return [];
  return assignmentOptions(sectionId ? 'one section' : 'all sections').all({ viewerId: viewer.id, sectionId: sectionId ?? 0 });
}

export type QueueNeighbours = {
  previousId: number | null;
  nextId: number | null;
  /** Where this submission stands in the queue (1-based), or null when it no longer waits. */
  position: number | null;
  total: number;
};

// Row values, so SQLite reads the queue index as a range from this submission on.
const beforeAt = sql`(${submissions.submittedAt}, ${submissions.id}) < (${sql.placeholder('atSubmittedAt')}, ${sql.placeholder('atId')})`;
const afterAt = sql`(${submissions.submittedAt}, ${submissions.id}) > (${sql.placeholder('atSubmittedAt')}, ${sql.placeholder('atId')})`;

const neighbourQueries = preparedQueries((db, shape: QueueShape) => {
  const where = queueCondition(shape);
  return {
    previous: db.select({ id: submissions.id }).from(submissions).where(and(where, beforeAt)).orderBy(desc(submissions.submittedAt), desc(submissions.id)).limit(1).prepare(),
    next: db.select({ id: submissions.id }).from(submissions).where(and(where, afterAt)).orderBy(asc(submissions.submittedAt), asc(submissions.id)).limit(1).prepare(),
    inQueue: db.select({ id: submissions.id }).from(submissions).where(and(where, eq(submissions.id, sql.placeholder('atId')))).prepare(),
    countBefore: db.select({ n: count() }).from(submissions).where(and(where, beforeAt)).prepare(),
  };
});

/**
 * The submissions before and after this one in the queue under the same filters, by the queue's
 * order (submitted_at, id). Works for a submission that has left the queue (just decided): its
 * neighbours are those that were around it.
 */
export function findQueueNeighboursForViewer(viewer: Viewer, at: { id: number; submittedAt: Date | null; status: SubmissionStatus }, filters: ReviewQueueFilters = {}): QueueNeighbours {
  const total = queueTotal(viewer, filters);
  if (!at.submittedAt || !isStaff(viewer)) return { previousId: null, nextId: null, position: null, total };
  const q = neighbourQueries(shapeOf(filters));
  const values = { ...queueValues(viewer, filters), atSubmittedAt: at.submittedAt.getTime(), atId: at.id };
  const previous = q.previous.get(values);
  const next = q.next.get(values);
  const position = q.inQueue.get(values) ? (q.countBefore.get(values)?.n ?? 0) + 1 : null;
  return { previousId: previous?.id ?? null, nextId: next?.id ?? null, position, total };
}

export type SubmissionForReview = SubmissionHeader & {
  studentName: string;
  assignmentId: number;
  assignmentTitle: string;
  assignmentInstructions: string | null;
  dueAt: Date;
  resubmissionsAllowed: number;
  sectionId: number;
  courseCode: string;
  sectionCode: string;
  sectionTimeZone: string;
  decidedByName: string | null;
};

/**
 * Assignment work that has been submitted at least once, for the staff of its section (the same
 * visibility as every submission read); a draft never submitted, a personal reflection, or
 * anyone else's is null.
 */
// Built once per connection: the review page's submission, with what the reviewer reads beside it.
const submissionForReview = preparedQuery((db) => {
  const decider = sql<string | null>`(select u.name from ${users} u where u.id = ${outer(submissions.decidedById)})`;
  return db
    .select({
      id: submissions.id,
      studentId: submissions.studentId,
      assignmentId: sql<number>`${submissions.assignmentId}`.mapWith(Number),
      sectionId: sql<number>`${submissions.sectionId}`.mapWith(Number),
      interviewId: submissions.interviewId,
      status: submissions.status,
      version: submissions.version,
      attempt: submissions.attempt,
      firstSubmittedAt: submissions.firstSubmittedAt,
      submittedAt: submissions.submittedAt,
      late: submissions.late,
      decidedAt: submissions.decidedAt,
      updatedAt: submissions.updatedAt,
      studentName: users.name,
      assignmentTitle: assignments.title,
      assignmentInstructions: assignments.instructions,
      dueAt: assignments.dueAt,
      resubmissionsAllowed: assignments.resubmissionsAllowed,
      courseCode: sections.courseCode,
      sectionCode: sections.sectionCode,
      sectionTimeZone: sections.timeZone,
      decidedByName: decider,
    })
    .from(submissions)
    .innerJoin(users, eq(users.id, submissions.studentId))
    .innerJoin(assignments, eq(assignments.id, submissions.assignmentId))
    .innerJoin(sections, eq(sections.id, submissions.sectionId))
    // Assignment work is visible to the staff of its section (submissionsVisibleTo's first branch;
    // its second is for personal reflections, which never come here).
    .where(and(eq(submissions.id, sql.placeholder('id')), inArray(submissions.sectionId, sectionsStaffedBy(sql.placeholder('viewerId'))), isNotNull(submissions.assignmentId), gt(submissions.attempt, 0)))
    .prepare();
});

export function findReviewSubmissionForViewer(viewer: Viewer, id: number): SubmissionForReview | null {
  if (!isStaff(viewer)) return null;
  return submissionForReview().get({ id, viewerId: viewer.id }) ?? null;
}

/** The latest submitted version of a submission (its number is the submission's attempt); the caller has checked the viewer may read it. */
export function findLatestVersion(tx: DB | Tx, submissionId: number): { id: number; number: number } | null {
  return (
    tx
      .select({ id: submissionVersions.id, number: submissionVersions.number })
      .from(submissionVersions)
      .innerJoin(submissions, and(eq(submissions.id, submissionVersions.submissionId), eq(submissions.attempt, submissionVersions.number)))
      .where(eq(submissionVersions.submissionId, submissionId))
      .get() ?? null
  );
}

export type StudentSubmissionItem = {
  id: number;
  assignmentTitle: string;
  courseCode: string;
  sectionCode: string;
  status: SubmissionStatus;
  attempt: number;
  submittedAt: Date | null;
  late: boolean;
  dueAt: Date;
};

/**
 * One student's assignment work, for their read-only record: the student themself, or the staff of
 * the section each piece was set in (work set in another section is not there for them). Latest due first.
 */
export function listStudentSubmissionsForViewer(viewer: Viewer, studentId: number, limit = 100): StudentSubmissionItem[] {
  return getDb()
    .select({
      id: submissions.id,
      assignmentTitle: assignments.title,
      courseCode: sections.courseCode,
      sectionCode: sections.sectionCode,
      status: submissions.status,
      attempt: submissions.attempt,
      submittedAt: submissions.submittedAt,
      late: submissions.late,
      dueAt: assignments.dueAt,
    })
    .from(submissions)
    .innerJoin(assignments, eq(assignments.id, submissions.assignmentId))
    .innerJoin(sections, eq(sections.id, submissions.sectionId))
    .where(and(eq(submissions.studentId, studentId), submissionsVisibleTo(viewer)))
    .orderBy(desc(assignments.dueAt), desc(submissions.id))
    .limit(limit)
    .all();
}
