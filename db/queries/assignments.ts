import { and, asc, count, eq, inArray, isNull, or, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { getDb, preparedQueries, preparedQuery, type DB, type Tx } from '../client';
import { assignmentExtensions, assignmentQuestions, assignments, questions, sectionMembers, sections, submissionAnswers, submissions, users } from '../schema';
import { containsPattern, pageWindow, toPage, type Page } from './pagination';
import { sectionsStaffedBy } from './sections';
import type { Viewer } from './users';
import { AWAITING_REVIEW_STATUSES, EDITABLE_SUBMISSION_STATUSES, type AssignmentStatus, type SubmissionStatus } from '@/lib/submissions/vocabulary';
import { outer } from './outer';

/*
 * Reflection assignments: made for one section by its counsellors and instructors, answered by
 * its students once published.
 *
 * Who sees what (in SQL, never a filter in JS): the staff of a section every assignment of it,
 * drafts too; a student of the section the published ones; anyone else nothing. Writes are
 * the staff's, and every statement repeats "a section the viewer staffs".
 */

/** The assignments a viewer may read, as a condition on the assignments table. */
export function assignmentsVisibleTo(viewer: Viewer): SQL {
  return visibleTo(audienceOf(viewer), viewer.id);
}

/** Who reads assignments, as far as which ones they see goes. */
type AssignmentAudience = 'staff' | 'student' | 'none';
const audienceOf = (viewer: Viewer): AssignmentAudience => (viewer.role === 'counsellor' || viewer.role === 'instructor' ? 'staff' : viewer.role === 'student' ? 'student' : 'none');

function visibleTo(audience: AssignmentAudience, viewerId: number | Placeholder): SQL {
  if (audience === 'staff') return inArray(assignments.sectionId, sectionsStaffedBy(viewerId));
  if (audience === 'student') return and(eq(assignments.status, 'published'), inArray(assignments.sectionId, sectionsOfStudent(viewerId)))!;
  return sql`0`;
}

/** Only the staff of its section change an assignment. */
function staffedAssignment(viewer: Viewer, id: number): SQL {
  return and(eq(assignments.id, id), viewer.role === 'counsellor' || viewer.role === 'instructor' ? inArray(assignments.sectionId, sectionsStaffedBy(viewer.id)) : sql`0`)!;
}

function sectionsOfStudent(studentId: number | Placeholder) {
  return getDb()
    .select({ id: sectionMembers.sectionId })
    .from(sectionMembers)
    .where(and(eq(sectionMembers.userId, studentId), eq(sectionMembers.role, 'student')));
}

export type AssignmentQuestion = { questionId: number; text: string; position: number; isDefault: boolean; archived: boolean };

export type AssignmentSection = { id: number; courseCode: string; sectionCode: string; title: string; term: string; timeZone: string };

export type AssignmentDetail = {
  id: number;
  sectionId: number;
  title: string;
  /** Plain text; shown with its line breaks, never as HTML. */
  instructions: string | null;
  status: AssignmentStatus;
  dueAt: Date;
  closesAt: Date | null;
  requiresInterview: boolean;
  resubmissionsAllowed: number;
  pointsPossible: number | null;
  publishedAt: Date | null;
  /** Raised by every edit: an edit from a stale form is refused. */
  version: number;
  createdByName: string | null;
  updatedAt: Date | null;
  section: AssignmentSection;
  questions: AssignmentQuestion[];
  /** For a student: their own extension, if they were given one. Always null for staff. */
  extension: { dueAt: Date; reason: string | null } | null;
};

// An assignment with its section, questions and the student's extension: read on every view of
// the answer page and by every draft save and submit, so built once per audience (preparedQueries).
const assignmentVisible = preparedQueries((db, audience: AssignmentAudience) =>
  db
    .select({
      id: assignments.id,
      sectionId: assignments.sectionId,
      title: assignments.title,
      instructions: assignments.instructions,
      status: assignments.status,
      dueAt: assignments.dueAt,
      closesAt: assignments.closesAt,
      requiresInterview: assignments.requiresInterview,
      resubmissionsAllowed: assignments.resubmissionsAllowed,
      pointsPossible: assignments.pointsPossible,
      publishedAt: assignments.publishedAt,
      version: assignments.version,
      createdByName: users.name,
      updatedAt: assignments.updatedAt,
      section: { id: sections.id, courseCode: sections.courseCode, sectionCode: sections.sectionCode, title: sections.title, term: sections.term, timeZone: sections.timeZone },
    })
    .from(assignments)
    .innerJoin(sections, eq(sections.id, assignments.sectionId))
    .leftJoin(users, eq(users.id, assignments.createdById))
    .where(and(eq(assignments.id, sql.placeholder('id')), visibleTo(audience, sql.placeholder('viewerId'))))
    .prepare(),
);

const ownExtension = preparedQuery((db) =>
  db
    .select({ dueAt: assignmentExtensions.dueAt, reason: assignmentExtensions.reason })
    .from(assignmentExtensions)
    .where(and(eq(assignmentExtensions.assignmentId, sql.placeholder('assignmentId')), eq(assignmentExtensions.studentId, sql.placeholder('studentId'))))
    .prepare(),
);

const questionsOfAssignment = preparedQuery((db) => questionListQuery(db, sql.placeholder('assignmentId')).prepare());

/** An assignment the viewer may read, with its section and questions in order, or null. */
export function findAssignmentForViewer(viewer: Viewer, id: number): AssignmentDetail | null {
  const row = assignmentVisible(audienceOf(viewer)).get({ id, viewerId: viewer.id });
  if (!row) return null;
  const extension = viewer.role === 'student' ? (ownExtension().get({ assignmentId: row.id, studentId: viewer.id }) ?? null) : null;
  return { ...row, questions: questionsOfAssignment().all({ assignmentId: row.id }), extension };
}

function assignmentQuestionList(db: DB | Tx, assignmentId: number): AssignmentQuestion[] {
  return questionListQuery(db, assignmentId).all();
}

function questionListQuery(db: DB | Tx, assignmentId: number | Placeholder) {
  return db
    .select({
      questionId: assignmentQuestions.questionId,
      text: questions.text,
      position: assignmentQuestions.position,
      isDefault: questions.isDefault,
      archived: sql<boolean>`${questions.archivedAt} is not null`.mapWith(Boolean),
    })
    .from(assignmentQuestions)
    .innerJoin(questions, eq(questions.id, assignmentQuestions.questionId))
    .where(eq(assignmentQuestions.assignmentId, assignmentId))
    .orderBy(asc(assignmentQuestions.position), asc(assignmentQuestions.id));
}

const awaitingReview = sql.join(
  AWAITING_REVIEW_STATUSES.map((s) => sql`${s}`),
  sql`, `,
);

export type SectionAssignmentItem = {
  id: number;
  title: string;
  status: AssignmentStatus;
  dueAt: Date;
  closesAt: Date | null;
  questionCount: number;
  /** Submitted or resubmitted, waiting for a counsellor. */
  awaitingReview: number;
  reviewed: number;
};

/** A section's assignments for its staff, soonest due first; nothing for anyone else. */
export function listSectionAssignmentsForViewer(viewer: Viewer, sectionId: number, opts: { page?: number } = {}): Page<SectionAssignmentItem> {
  const where = and(eq(assignments.sectionId, sectionId), viewer.role === 'student' ? sql`0` : assignmentsVisibleTo(viewer));
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  const db = getDb();
  const items = db
    .select({
      id: assignments.id,
      title: assignments.title,
      status: assignments.status,
      dueAt: assignments.dueAt,
      closesAt: assignments.closesAt,
      questionCount: sql<number>`(select count(*) from ${assignmentQuestions} where ${assignmentQuestions.assignmentId} = ${outer(assignments.id)})`.mapWith(Number),
      awaitingReview: sql<number>`(select count(*) from ${submissions} where ${submissions.assignmentId} = ${outer(assignments.id)} and ${submissions.status} in (${awaitingReview}))`.mapWith(Number),
      reviewed: sql<number>`(select count(*) from ${submissions} where ${submissions.assignmentId} = ${outer(assignments.id)} and ${submissions.status} = 'reviewed')`.mapWith(Number),
    })
    .from(assignments)
    .where(where)
    .orderBy(asc(assignments.dueAt), asc(assignments.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(assignments).where(where).get()?.n ?? 0;
  return toPage(items, total, page);
}

/** How many non-blank answers a submission has (not started = none). */
const answeredCount = sql<number>`(select count(*) from ${submissionAnswers} where ${submissionAnswers.submissionId} = ${outer(submissions.id)} and trim(${submissionAnswers.text}) <> '')`.mapWith(Number);

export type StudentAssignmentItem = {
  id: number;
  title: string;
  section: { courseCode: string; sectionCode: string; timeZone: string };
  dueAt: Date;
  closesAt: Date | null;
  /** The student's own due date, when they were given an extension. */
  extensionDueAt: Date | null;
  requiresInterview: boolean;
  resubmissionsAllowed: number;
  questionCount: number;
  submissionId: number | null;
  /** Null: never opened. */
  submissionStatus: SubmissionStatus | null;
  answered: number;
  attempt: number;
  submittedAt: Date | null;
  late: boolean;
};

function studentAssignmentColumns() {
  return {
    id: assignments.id,
    title: assignments.title,
    section: { courseCode: sections.courseCode, sectionCode: sections.sectionCode, timeZone: sections.timeZone },
    dueAt: assignments.dueAt,
    closesAt: assignments.closesAt,
    extensionDueAt: assignmentExtensions.dueAt,
    requiresInterview: assignments.requiresInterview,
    resubmissionsAllowed: assignments.resubmissionsAllowed,
    questionCount: sql<number>`(select count(*) from ${assignmentQuestions} where ${assignmentQuestions.assignmentId} = ${outer(assignments.id)})`.mapWith(Number),
    submissionId: submissions.id,
    submissionStatus: submissions.status,
    answered: sql<number>`coalesce(${answeredCount}, 0)`.mapWith(Number),
    attempt: sql<number>`coalesce(${submissions.attempt}, 0)`.mapWith(Number),
    submittedAt: submissions.submittedAt,
    late: sql<boolean>`coalesce(${submissions.late}, 0)`.mapWith(Boolean),
  };
}

function studentAssignmentsQuery(viewer: Viewer) {
  return getDb()
    .select(studentAssignmentColumns())
    .from(assignments)
    .innerJoin(sections, eq(sections.id, assignments.sectionId))
    .leftJoin(submissions, and(eq(submissions.assignmentId, assignments.id), eq(submissions.studentId, viewer.id)))
    .leftJoin(assignmentExtensions, and(eq(assignmentExtensions.assignmentId, assignments.id), eq(assignmentExtensions.studentId, viewer.id)))
    .$dynamic();
}

/** A student's published assignments with where they stand, soonest due first (their own due date). */
export function listStudentAssignmentsForViewer(viewer: Viewer, opts: { page?: number } = {}): Page<StudentAssignmentItem> {
  if (viewer.role !== 'student') return toPage([], 0, 1);
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  const visible = assignmentsVisibleTo(viewer);
  const items = studentAssignmentsQuery(viewer)
    .where(visible)
    .orderBy(asc(sql`coalesce(${assignmentExtensions.dueAt}, ${assignments.dueAt})`), asc(assignments.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = getDb().select({ n: count() }).from(assignments).where(visible).get()?.n ?? 0;
  return toPage(items, total, page);
}

/**
 * What the home page's next actions need: the student's published assignments not yet handed
 * in (never opened, a draft) or returned for revision, and not closed to them, soonest first.
 */
export function listAssignmentsNeedingActionForViewer(viewer: Viewer, now: Date, limit = 20): StudentAssignmentItem[] {
  if (viewer.role !== 'student') return [];
  const nowMs = now.getTime();
  const open = or(
    isNull(assignments.closesAt),
    sql`${assignments.closesAt} >= ${nowMs}`,
    sql`${assignmentExtensions.dueAt} >= ${nowMs}`,
  );
  const owed = or(isNull(submissions.id), inArray(submissions.status, EDITABLE_SUBMISSION_STATUSES));
  return studentAssignmentsQuery(viewer)
    .where(and(assignmentsVisibleTo(viewer), open, owed))
    .orderBy(asc(sql`coalesce(${assignmentExtensions.dueAt}, ${assignments.dueAt})`), asc(assignments.id))
    .limit(limit)
    .all();
}

export type AssignmentStudentItem = {
  studentId: number;
  name: string;
  submissionId: number | null;
  submissionStatus: SubmissionStatus | null;
  answered: number;
  attempt: number;
  submittedAt: Date | null;
  late: boolean;
  extensionDueAt: Date | null;
  extensionReason: string | null;
};

/**
 * The students of an assignment's section and where each stands, by name, searchable and
 * paginated, for the section's staff. Only the state: staff read what was submitted on the
 * review page, never a draft being typed.
 */
export function listAssignmentStudentsForViewer(viewer: Viewer, assignmentId: number, opts: { q?: string; page?: number } = {}): Page<AssignmentStudentItem> {
  const assignment = getDb().select({ id: assignments.id, sectionId: assignments.sectionId }).from(assignments).where(and(eq(assignments.id, assignmentId), viewer.role === 'student' ? sql`0` : assignmentsVisibleTo(viewer))).get();
  if (!assignment) return toPage([], 0, 1);
  const filters: SQL[] = [eq(sectionMembers.sectionId, assignment.sectionId), eq(sectionMembers.role, 'student')];
  if (opts.q?.trim()) filters.push(sql`${users.name} like ${containsPattern(opts.q.trim())} escape '\\'`);
  const where = and(...filters);
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  const db = getDb();
  const items = db
    .select({
      studentId: users.id,
      name: users.name,
      submissionId: submissions.id,
      submissionStatus: submissions.status,
      answered: sql<number>`coalesce(${answeredCount}, 0)`.mapWith(Number),
      attempt: sql<number>`coalesce(${submissions.attempt}, 0)`.mapWith(Number),
      submittedAt: submissions.submittedAt,
      late: sql<boolean>`coalesce(${submissions.late}, 0)`.mapWith(Boolean),
      extensionDueAt: assignmentExtensions.dueAt,
      extensionReason: assignmentExtensions.reason,
    })
    .from(sectionMembers)
    .innerJoin(users, eq(users.id, sectionMembers.userId))
    .leftJoin(submissions, and(eq(submissions.assignmentId, assignment.id), eq(submissions.studentId, users.id)))
    .leftJoin(assignmentExtensions, and(eq(assignmentExtensions.assignmentId, assignment.id), eq(assignmentExtensions.studentId, users.id)))
    .where(where)
    .orderBy(asc(users.name), asc(users.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(sectionMembers).innerJoin(users, eq(users.id, sectionMembers.userId)).where(where).get()?.n ?? 0;
  return toPage(items, total, page);
}

export type ExtensionDetail = {
  studentId: number;
  studentName: string;
  dueAt: Date | null;
  reason: string | null;
  grantedByName: string | null;
  createdAt: Date | null;
};

/**
 * A student of the assignment's section and their extension (dueAt null when they have none),
 * for the section's staff; null when the student is not in that section or the viewer is not
 * its staff.
 */
export function findExtensionForViewer(viewer: Viewer, assignmentId: number, studentId: number): ExtensionDetail | null {
  if (viewer.role !== 'counsellor' && viewer.role !== 'instructor') return null;
  const granter = sql<string | null>`(select name from ${users} g where g.id = ${outer(assignmentExtensions.grantedById)})`;
  return (
    getDb()
      .select({
        studentId: users.id,
        studentName: users.name,
        dueAt: assignmentExtensions.dueAt,
        reason: assignmentExtensions.reason,
        grantedByName: granter,
        createdAt: assignmentExtensions.createdAt,
      })
      .from(assignments)
      .innerJoin(sectionMembers, and(eq(sectionMembers.sectionId, assignments.sectionId), eq(sectionMembers.userId, studentId), eq(sectionMembers.role, 'student')))
      .innerJoin(users, eq(users.id, sectionMembers.userId))
      .leftJoin(assignmentExtensions, and(eq(assignmentExtensions.assignmentId, assignments.id), eq(assignmentExtensions.studentId, users.id)))
      .where(and(eq(assignments.id, assignmentId), assignmentsVisibleTo(viewer)))
      .get() ?? null
  );
}

/** Which of these questions have a non-blank answer (draft or submitted) in any submission to the assignment. */
export function answeredQuestionIds(tx: DB | Tx, assignmentId: number, questionIds: readonly number[]): number[] {
  if (questionIds.length === 0) return [];
  return tx
    .selectDistinct({ id: submissionAnswers.questionId })
    .from(submissionAnswers)
    .innerJoin(submissions, eq(submissions.id, submissionAnswers.submissionId))
    .where(and(eq(submissions.assignmentId, assignmentId), inArray(submissionAnswers.questionId, [...questionIds]), sql`trim(${submissionAnswers.text}) <> ''`))
    .all()
    .map((r) => r.id);
}

// ---------------------------------------------------------------------------------------------
// Writes: the staff of the assignment's section. Callers have checked the viewer staffs the
// section (findSectionForViewer / findAssignmentForViewer); every statement repeats it.

export type AssignmentValues = {
  title: string;
  instructions: string | null;
  dueAt: Date;
  closesAt: Date | null;
  requiresInterview: boolean;
  pointsPossible: number | null;
  resubmissionsAllowed: number;
};

function replaceQuestions(tx: DB | Tx, assignmentId: number, questionIds: readonly number[]): void {
  tx.delete(assignmentQuestions).where(eq(assignmentQuestions.assignmentId, assignmentId)).run();
  if (questionIds.length) tx.insert(assignmentQuestions).values(questionIds.map((questionId, i) => ({ assignmentId, questionId, position: i + 1 }))).run();
}

/** A new draft assignment for a section the viewer staffs; returns its id. */
export function insertAssignment(tx: DB | Tx, viewer: Viewer, sectionId: number, values: AssignmentValues, questionIds: readonly number[], now: Date): number {
  const staffed = tx
    .select({ id: sections.id })
    .from(sections)
    .where(and(eq(sections.id, sectionId), viewer.role === 'counsellor' || viewer.role === 'instructor' ? inArray(sections.id, sectionsStaffedBy(viewer.id)) : sql`0`))
    .get();
  if (!staffed) throw new Error('insertAssignment: not a section the viewer staffs');
  const id = tx
    .insert(assignments)
    .values({ ...values, sectionId, createdById: viewer.id, status: 'draft', version: 1, createdAt: now, updatedAt: now })
    .returning({ id: assignments.id })
    .get().id;
  replaceQuestions(tx, id, questionIds);
  return id;
}

export type AssignmentEditResult =
  | { status: 'saved'; version: number }
  /** Edited elsewhere since `baseVersion`: nothing written. */
  | { status: 'conflict'; version: number }
  /** The edit would drop questions students have already answered: nothing written. */
  | { status: 'answered-questions-removed'; questionIds: number[] };

/**
 * Saves an edit if the assignment is still at `baseVersion`. Removing a question that any
 * student has answered (a draft or a submission) is refused: written answers are never lost.
 */
export function updateAssignment(tx: DB | Tx, viewer: Viewer, id: number, baseVersion: number, values: AssignmentValues, questionIds: readonly number[], now: Date): AssignmentEditResult {
  const current = tx.select({ version: assignments.version }).from(assignments).where(staffedAssignment(viewer, id)).get();
  if (!current) throw new Error('updateAssignment: not an assignment the viewer staffs');
  if (current.version !== baseVersion) return { status: 'conflict', version: current.version };
  const removed = assignmentQuestionList(tx, id)
    .map((q) => q.questionId)
    .filter((q) => !questionIds.includes(q));
  const answered = answeredQuestionIds(tx, id, removed);
  if (answered.length) return { status: 'answered-questions-removed', questionIds: answered };
  const raised = tx
    .update(assignments)
    .set({ ...values, version: sql`${assignments.version} + 1`, updatedAt: now })
    .where(and(staffedAssignment(viewer, id), eq(assignments.version, baseVersion)))
    .returning({ version: assignments.version })
    .get();
  if (!raised) return { status: 'conflict', version: current.version };
  replaceQuestions(tx, id, questionIds);
  return { status: 'saved', version: raised.version };
}

export type PublishResult = { status: 'published' } | { status: 'conflict'; version: number } | { status: 'already-published' } | { status: 'no-questions' };

/** Publishes a draft (students of the section see it from now on), if still at `baseVersion`. */
export function publishAssignment(tx: DB | Tx, viewer: Viewer, id: number, baseVersion: number, now: Date): PublishResult {
  const current = tx.select({ version: assignments.version, status: assignments.status }).from(assignments).where(staffedAssignment(viewer, id)).get();
  if (!current) throw new Error('publishAssignment: not an assignment the viewer staffs');
  if (current.status === 'published') return { status: 'already-published' };
  if (current.version !== baseVersion) return { status: 'conflict', version: current.version };
  if (assignmentQuestionList(tx, id).length === 0) return { status: 'no-questions' };
  tx.update(assignments)
    .set({ status: 'published', publishedAt: now, version: sql`${assignments.version} + 1`, updatedAt: now })
    .where(and(staffedAssignment(viewer, id), eq(assignments.version, baseVersion), eq(assignments.status, 'draft')))
    .run();
  return { status: 'published' };
}

/** Deletes a draft (never seen by students, so never answered). False if it is published or stale. */
export function deleteDraftAssignment(tx: DB | Tx, viewer: Viewer, id: number, baseVersion: number): boolean {
  return tx.delete(assignments).where(and(staffedAssignment(viewer, id), eq(assignments.status, 'draft'), eq(assignments.version, baseVersion))).run().changes === 1;
}

/** Gives (or changes) one student's own due date. The caller has checked the student is in the section. */
export function upsertExtension(tx: DB | Tx, viewer: Viewer, assignmentId: number, studentId: number, values: { dueAt: Date; reason: string }, now: Date): void {
  if (!tx.select({ id: assignments.id }).from(assignments).where(staffedAssignment(viewer, assignmentId)).get()) throw new Error('upsertExtension: not an assignment the viewer staffs');
  tx.insert(assignmentExtensions)
    .values({ assignmentId, studentId, ...values, grantedById: viewer.id, createdAt: now })
    .onConflictDoUpdate({ target: [assignmentExtensions.assignmentId, assignmentExtensions.studentId], set: { ...values, grantedById: viewer.id, createdAt: now } })
    .run();
}

/** Takes a student's extension away; the assignment's due date applies again. */
export function deleteExtension(tx: DB | Tx, viewer: Viewer, assignmentId: number, studentId: number): boolean {
  if (!tx.select({ id: assignments.id }).from(assignments).where(staffedAssignment(viewer, assignmentId)).get()) return false;
  return tx.delete(assignmentExtensions).where(and(eq(assignmentExtensions.assignmentId, assignmentId), eq(assignmentExtensions.studentId, studentId))).run().changes === 1;
}
