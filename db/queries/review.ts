import { and, asc, count, desc, eq, gt, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { getDb, preparedQuery, type DB, type Tx } from '../client';
import { assignments, sections, submissions, submissionVersions, users } from '../schema';
import { pageWindow, toPage, type Page } from './pagination';
import { sectionsStaffedBy } from './sections';
import { submissionsVisibleTo, type SubmissionHeader } from './submissions';
import type { Viewer } from './users';
import { AWAITING_REVIEW_STATUSES, type SubmissionStatus } from '@/lib/submissions/vocabulary';

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

/** What waits for the viewer under these filters; `withStatus` false leaves the status filter out (for the counts). */
function queueWhere(viewer: Viewer, f: ReviewQueueFilters, withStatus = true): SQL {
  if (!isStaff(viewer)) return sql`0`;
  const conditions: SQL[] = [
    inArray(submissions.sectionId, sectionsStaffedBy(viewer.id)),
    withStatus && f.status ? eq(submissions.status, f.status) : inArray(submissions.status, AWAITING_REVIEW_STATUSES),
  ];
  if (f.sectionId) conditions.push(eq(submissions.sectionId, f.sectionId));
  if (f.assignmentId) conditions.push(eq(submissions.assignmentId, f.assignmentId));
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

/** The query behind a page of the queue (exported so a test can hold its plan to the queue index). */
export function reviewQueuePageQuery(viewer: Viewer, filters: ReviewQueueFilters & { page?: number } = {}) {
  const { limit, offset } = pageWindow(filters.page ?? 1);
  const db = getDb();
  // The page's ids first, from the queue index alone (a section of 2,000 students has thousands
  // waiting); only those 25 are joined to their student, assignment and section.
  const pageIds = db
    .select({ id: submissions.id })
    .from(submissions)
    .where(queueWhere(viewer, filters))
    .orderBy(asc(submissions.submittedAt), asc(submissions.id))
    .limit(limit)
    .offset(offset);
  return db
    .select(itemColumns)
    .from(submissions)
    .innerJoin(users, eq(users.id, submissions.studentId))
    .innerJoin(assignments, eq(assignments.id, submissions.assignmentId))
    .innerJoin(sections, eq(sections.id, submissions.sectionId))
    .where(inArray(submissions.id, pageIds))
    .orderBy(asc(submissions.submittedAt), asc(submissions.id));
}

/** A page of the queue, oldest submission first (ties by id, so the order is total). */
export function listReviewQueueForViewer(viewer: Viewer, filters: ReviewQueueFilters & { page?: number } = {}): Page<ReviewQueueItem> {
  const items = reviewQueuePageQuery(viewer, filters).all();
  return toPage(items, queueTotal(viewer, filters), pageWindow(filters.page ?? 1).page);
}

export type ReviewQueueCounts = Record<AwaitingReviewStatus, number> & { total: number };

/** How many wait in each status under the section and assignment filters (the status filter's counts). */
export function countReviewQueueForViewer(viewer: Viewer, filters: ReviewQueueFilters = {}): ReviewQueueCounts {
  if (!isStaff(viewer)) return { submitted: 0, resubmitted: 0, total: 0 };
  if (filters.assignmentId) return countReviewQueueLive(viewer, filters);
  // Without an assignment filter, the counts each section keeps (drizzle/0018): a section of 2,000
  // students has thousands waiting, and counting them cost more than the rest of the page.
  const row = getDb()
    .select({
      submitted: sql<number>`coalesce(sum(${sections.awaitingReviewSubmitted}), 0)`.mapWith(Number),
      resubmitted: sql<number>`coalesce(sum(${sections.awaitingReviewResubmitted}), 0)`.mapWith(Number),
    })
    .from(sections)
    .where(and(inArray(sections.id, sectionsStaffedBy(viewer.id)), filters.sectionId ? eq(sections.id, filters.sectionId) : undefined))
    .get();
  const submitted = row?.submitted ?? 0;
  const resubmitted = row?.resubmitted ?? 0;
  return { submitted, resubmitted, total: submitted + resubmitted };
}

/** The same counts, counted from the submissions (an assignment's, which no section keeps). */
export function countReviewQueueLive(viewer: Viewer, filters: ReviewQueueFilters = {}): ReviewQueueCounts {
  const rows = getDb()
    .select({ status: submissions.status, n: count() })
    .from(submissions)
    .where(queueWhere(viewer, filters, false))
    .groupBy(submissions.status)
    .all();
  const out = { submitted: 0, resubmitted: 0, total: 0 };
  for (const r of rows) {
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

/** The sections the viewer staffs, for the queue's section filter. */
export function listReviewSectionOptions(viewer: Viewer): { id: number; courseCode: string; sectionCode: string; term: string }[] {
  if (!isStaff(viewer)) return [];
  return getDb()
    .select({ id: sections.id, courseCode: sections.courseCode, sectionCode: sections.sectionCode, term: sections.term })
    .from(sections)
    .where(inArray(sections.id, sectionsStaffedBy(viewer.id)))
    .orderBy(asc(sections.term), asc(sections.courseCode), asc(sections.sectionCode))
    .limit(500)
    .all();
}

/** Published assignments in the viewer's sections (one section's when given), for the assignment filter. */
export function listReviewAssignmentOptions(viewer: Viewer, sectionId?: number): { id: number; title: string; courseCode: string; sectionCode: string }[] {
  if (!isStaff(viewer)) return [];
  return getDb()
    .select({ id: assignments.id, title: assignments.title, courseCode: sections.courseCode, sectionCode: sections.sectionCode })
    .from(assignments)
    .innerJoin(sections, eq(sections.id, assignments.sectionId))
    .where(
      and(
        inArray(assignments.sectionId, sectionsStaffedBy(viewer.id)),
        eq(assignments.status, 'published'),
        sectionId ? eq(assignments.sectionId, sectionId) : undefined,
      ),
    )
    .orderBy(asc(sections.courseCode), asc(sections.sectionCode), desc(assignments.dueAt), asc(assignments.id))
    .limit(500)
    .all();
}

export type QueueNeighbours = {
  previousId: number | null;
  nextId: number | null;
  /** Where this submission stands in the queue (1-based), or null when it no longer waits. */
  position: number | null;
  total: number;
};

/**
 * The submissions before and after this one in the queue under the same filters, by the queue's
 * order (submitted_at, id). Works for a submission that has left the queue (just decided): its
 * neighbours are those that were around it.
 */
export function findQueueNeighboursForViewer(viewer: Viewer, at: { id: number; submittedAt: Date | null; status: SubmissionStatus }, filters: ReviewQueueFilters = {}): QueueNeighbours {
  const where = queueWhere(viewer, filters);
  const db = getDb();
  const total = queueTotal(viewer, filters);
  if (!at.submittedAt) return { previousId: null, nextId: null, position: null, total };
  // Row values, so SQLite reads the queue index as a range from this submission on.
  const before = sql`(${submissions.submittedAt}, ${submissions.id}) < (${at.submittedAt.getTime()}, ${at.id})`;
  const after = sql`(${submissions.submittedAt}, ${submissions.id}) > (${at.submittedAt.getTime()}, ${at.id})`;
  const previous = db
    .select({ id: submissions.id })
    .from(submissions)
    .where(and(where, before))
    .orderBy(desc(submissions.submittedAt), desc(submissions.id))
    .limit(1)
    .get();
  const next = db
    .select({ id: submissions.id })
    .from(submissions)
    .where(and(where, after))
    .orderBy(asc(submissions.submittedAt), asc(submissions.id))
    .limit(1)
    .get();
  const inQueue = db.select({ id: submissions.id }).from(submissions).where(and(where, eq(submissions.id, at.id))).get();
  const position = inQueue ? (db.select({ n: count() }).from(submissions).where(and(where, before)).get()?.n ?? 0) + 1 : null;
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
  const decider = sql<string | null>`(select u.name from ${users} u where u.id = ${submissions.decidedById})`;
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
