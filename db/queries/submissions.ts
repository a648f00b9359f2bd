import { and, asc, desc, eq, inArray, isNull, or, sql, type Placeholder, type SQL } from 'drizzle-orm';
import { getDb, preparedQueries, type DB, type Tx } from '../client';
import { questions, submissionAnswers, submissionComments, submissions, submissionVersions, users, type SubmittedAnswer } from '../schema';
import { sectionsStaffedBy, studentsStaffedBy } from './sections';
import type { Viewer } from './users';
import {
  EDITABLE_SUBMISSION_STATUSES,
  nextSubmissionStatus,
  SUBMISSION_TRANSITIONS,
  type ReviewDecision,
  type SubmissionEvent,
  type SubmissionStatus,
} from '@/lib/submissions/vocabulary';

/*
 * Submissions: a student's written answers, to an assignment or (with no assignment) as their
 * personal reflection on one interview. The student types into submission_answers (every save
 * raises the submission's version, so a save from a stale tab is refused, never applied over
 * newer text); each submit freezes the answers into submission_versions, which is what
 * reviewers and graders read.
 *
 * Who sees what: the student their own; the staff of a section the submissions of that
 * section's assignments, and the personal reflections of its students. Staff read what was
 * submitted (the versions), never a draft being typed, except a personal reflection, which is
 * never submitted.
 */

export type SubmissionHeader = {
  id: number;
  studentId: number;
  assignmentId: number | null;
  sectionId: number | null;
  interviewId: number | null;
  status: SubmissionStatus;
  version: number;
  attempt: number;
  firstSubmittedAt: Date | null;
  submittedAt: Date | null;
  late: boolean;
  decidedAt: Date | null;
  updatedAt: Date | null;
};

const headerColumns = {
  id: submissions.id,
  studentId: submissions.studentId,
  assignmentId: submissions.assignmentId,
  sectionId: submissions.sectionId,
  interviewId: submissions.interviewId,
  status: submissions.status,
  version: submissions.version,
  attempt: submissions.attempt,
  firstSubmittedAt: submissions.firstSubmittedAt,
  submittedAt: submissions.submittedAt,
  late: submissions.late,
  decidedAt: submissions.decidedAt,
  updatedAt: submissions.updatedAt,
};

/** What decides which submissions a viewer reads: the student their own, staff their sections'. */
type ReaderKind = 'student' | 'staff' | 'none';
const readerKind = (viewer: Viewer): ReaderKind =>
  viewer.role === 'student' ? 'student' : viewer.role === 'counsellor' || viewer.role === 'instructor' ? 'staff' : 'none';

function visibleTo(kind: ReaderKind, viewerId: number | Placeholder): SQL {
  if (kind === 'student') return eq(submissions.studentId, viewerId);
  if (kind === 'staff') {
    return or(
      inArray(submissions.sectionId, sectionsStaffedBy(viewerId)),
      and(isNull(submissions.assignmentId), inArray(submissions.studentId, studentsStaffedBy(viewerId))),
    )!;
  }
  return sql`0`;
}

/** The submissions a viewer may read, as a condition on the submissions table. */
export function submissionsVisibleTo(viewer: Viewer): SQL {
  return visibleTo(readerKind(viewer), viewer.id);
}

// The two lookups behind every page about a submission, built once per kind of reader.
const viewerId = sql.placeholder('viewerId');
const submissionById = preparedQueries((db, kind: ReaderKind) =>
  db.select(headerColumns).from(submissions).where(and(eq(submissions.id, sql.placeholder('id')), visibleTo(kind, viewerId))).prepare(),
);
const submissionOfAssignment = preparedQueries((db, kind: ReaderKind) =>
  db
    .select(headerColumns)
    .from(submissions)
    .where(and(eq(submissions.assignmentId, sql.placeholder('assignmentId')), eq(submissions.studentId, sql.placeholder('studentId')), visibleTo(kind, viewerId)))
    .prepare(),
);

/** Only the student writes their answers. */
function ownSubmission(viewer: Viewer, id: number): SQL {
  return and(eq(submissions.id, id), viewer.role === 'student' ? eq(submissions.studentId, viewer.id) : sql`0`)!;
}

export function findSubmissionForViewer(viewer: Viewer, id: number): SubmissionHeader | null {
  return submissionById(readerKind(viewer)).get({ id, viewerId: viewer.id }) ?? null;
}

/** A student's submission for one assignment (the viewer's own when they are the student). */
export function findAssignmentSubmissionForViewer(viewer: Viewer, assignmentId: number, studentId: number): SubmissionHeader | null {
  return submissionOfAssignment(readerKind(viewer)).get({ assignmentId, studentId, viewerId: viewer.id }) ?? null;
}

export type PersonalReflection = SubmissionHeader & { answers: Record<number, string> };

/** A student's personal reflection on one interview, with its answers, or null when none is written. */
export function findPersonalReflectionForViewer(viewer: Viewer, interviewId: number): PersonalReflection | null {
  const header = getDb()
    .select(headerColumns)
    .from(submissions)
    .where(and(isNull(submissions.assignmentId), eq(submissions.interviewId, interviewId), submissionsVisibleTo(viewer)))
    .get();
  if (!header) return null;
  return { ...header, answers: answerMap(header.id) };
}

function answerMap(submissionId: number, tx: DB | Tx = getDb()): Record<number, string> {
  const rows = tx
    .select({ questionId: submissionAnswers.questionId, text: submissionAnswers.text })
    .from(submissionAnswers)
    .where(eq(submissionAnswers.submissionId, submissionId))
    .all();
  return Object.fromEntries(rows.map((r) => [r.questionId, r.text]));
}

/**
 * The answers being written, for the one who writes them; staff read the same only for a
 * personal reflection (never submitted). Anything else is an empty record.
 */
export function listDraftAnswersForViewer(viewer: Viewer, submissionId: number): Record<number, string> {
  const s = findSubmissionForViewer(viewer, submissionId);
  if (!s) return {};
  if (viewer.role !== 'student' && s.assignmentId !== null) return {};
  return answerMap(s.id);
}

/**
 * What the student already wrote about this interview to these questions, in any submission
 * (their personal reflection or another assignment), latest first: an assignment about the
 * interview starts from it instead of a blank page.
 */
export function findEarlierAnswers(viewer: Viewer, interviewId: number, questionIds: readonly number[]): Record<number, string> {
  if (viewer.role !== 'student' || questionIds.length === 0) return {};
  const rows = getDb()
    .select({ questionId: submissionAnswers.questionId, text: submissionAnswers.text })
    .from(submissionAnswers)
    .innerJoin(submissions, eq(submissions.id, submissionAnswers.submissionId))
    .where(
      and(
        eq(submissions.studentId, viewer.id),
        eq(submissions.interviewId, interviewId),
        inArray(submissionAnswers.questionId, [...questionIds]),
        sql`trim(${submissionAnswers.text}) <> ''`,
      ),
    )
    .orderBy(desc(submissionAnswers.updatedAt), desc(submissionAnswers.id))
    .all();
  const out: Record<number, string> = {};
  for (const r of rows) out[r.questionId] ??= r.text;
  return out;
}

export type SubmissionVersion = {
  id: number;
  number: number;
  interviewId: number | null;
  answers: SubmittedAnswer[];
  submittedAt: Date;
  late: boolean;
  decision: ReviewDecision | null;
  decidedAt: Date | null;
};

/** Every submitted version, oldest first. */
export function listSubmissionVersionsForViewer(viewer: Viewer, submissionId: number): SubmissionVersion[] {
  if (!findSubmissionForViewer(viewer, submissionId)) return [];
  return getDb()
    .select({
      id: submissionVersions.id,
      number: submissionVersions.number,
      interviewId: submissionVersions.interviewId,
      answers: submissionVersions.answers,
      submittedAt: submissionVersions.submittedAt,
      late: submissionVersions.late,
      decision: submissionVersions.decision,
      decidedAt: submissionVersions.decidedAt,
    })
    .from(submissionVersions)
    .where(eq(submissionVersions.submissionId, submissionId))
    .orderBy(asc(submissionVersions.number))
    .all();
}

export type SubmissionComment = {
  id: number;
  versionId: number | null;
  questionId: number | null;
  authorName: string | null;
  body: string;
  createdAt: Date;
};

/** Reviewers' comments, oldest first: on an answer (questionId) or overall (null). */
export function listSubmissionCommentsForViewer(viewer: Viewer, submissionId: number): SubmissionComment[] {
  if (!findSubmissionForViewer(viewer, submissionId)) return [];
  return getDb()
    .select({
      id: submissionComments.id,
      versionId: submissionComments.versionId,
      questionId: submissionComments.questionId,
      authorName: users.name,
      body: submissionComments.body,
      createdAt: submissionComments.createdAt,
    })
    .from(submissionComments)
    .leftJoin(users, eq(users.id, submissionComments.authorId))
    .where(eq(submissionComments.submissionId, submissionId))
    .orderBy(asc(submissionComments.createdAt), asc(submissionComments.id))
    .all();
}

// ---------------------------------------------------------------------------------------------
// Writes. The student's own (ownSubmission repeats the owner filter in every statement), except
// the review decision and comments, whose callers have checked that the viewer staffs the section.

/** The student's submission for an assignment, made on first use; returns its id. */
export function ensureAssignmentSubmission(tx: DB | Tx, viewer: Viewer, assignmentId: number, sectionId: number, now: Date): number {
  tx.insert(submissions)
    .values({ studentId: viewer.id, assignmentId, sectionId, status: 'draft', version: 0, updatedAt: now })
    .onConflictDoNothing()
    .run();
  return tx
    .select({ id: submissions.id })
    .from(submissions)
    .where(and(eq(submissions.assignmentId, assignmentId), eq(submissions.studentId, viewer.id)))
    .get()!.id;
}

/** The student's personal reflection on one of their interviews, made on first use; returns its id. */
export function ensurePersonalReflection(tx: DB | Tx, viewer: Viewer, interviewId: number, now: Date): number {
  const found = tx
    .select({ id: submissions.id })
    .from(submissions)
    .where(and(isNull(submissions.assignmentId), eq(submissions.studentId, viewer.id), eq(submissions.interviewId, interviewId)))
    .get();
  if (found) return found.id;
  return tx
    .insert(submissions)
    .values({ studentId: viewer.id, assignmentId: null, sectionId: null, interviewId, status: 'draft', version: 0, updatedAt: now })
    .returning({ id: submissions.id })
    .get().id;
}

export type SaveAnswersResult =
  | { status: 'saved'; version: number; savedAt: Date }
  /** Someone (another tab) saved since `baseVersion`: nothing was written; here is what is stored. */
  | { status: 'conflict'; version: number; answers: Record<number, string> }
  /** Submitted or reviewed: not open for typing. */
  | { status: 'locked'; submissionStatus: SubmissionStatus };

/**
 * Saves some answers (only those given) if the submission is still at `baseVersion` and open for
 * typing, raising its version. `interviewId` (when given) changes which interview it is about.
 * Blank answers are stored as blank: clearing a textarea is a change the student meant.
 */
export function saveAnswers(
  tx: DB | Tx,
  viewer: Viewer,
  submissionId: number,
  baseVersion: number,
  answers: ReadonlyArray<{ questionId: number; text: string }>,
  now: Date,
  interviewId?: number | null,
): SaveAnswersResult {
  const raised = tx
    .update(submissions)
    .set({ version: sql`${submissions.version} + 1`, updatedAt: now, ...(interviewId !== undefined ? { interviewId } : {}) })
    .where(and(ownSubmission(viewer, submissionId), eq(submissions.version, baseVersion), inArray(submissions.status, EDITABLE_SUBMISSION_STATUSES)))
    .returning({ version: submissions.version })
    .get();
  if (!raised) {
    const current = tx.select({ status: submissions.status, version: submissions.version }).from(submissions).where(ownSubmission(viewer, submissionId)).get();
    if (!current) throw new Error('saveAnswers: not the viewer’s submission');
    if (!(EDITABLE_SUBMISSION_STATUSES as readonly string[]).includes(current.status)) return { status: 'locked', submissionStatus: current.status };
    return { status: 'conflict', version: current.version, answers: answerMap(submissionId, tx) };
  }
  for (const a of answers) {
    tx.insert(submissionAnswers)
      .values({ submissionId, studentId: viewer.id, questionId: a.questionId, text: a.text, updatedAt: now })
      .onConflictDoUpdate({ target: [submissionAnswers.submissionId, submissionAnswers.questionId], set: { text: a.text, updatedAt: now } })
      .run();
  }
  return { status: 'saved', version: raised.version, savedAt: now };
}

export type SubmitResult =
  | { status: 'submitted'; number: number; newStatus: SubmissionStatus; version: number }
  /** The same submit arrived twice (a double click): the first one counted. */
  | { status: 'already-submitted'; number: number }
  | { status: 'conflict'; version: number };

/**
 * Freezes the answers as the next version and moves the submission on (draft → submitted,
 * returned → resubmitted), if it is still at `baseVersion`. The caller has checked the rules
 * (due date, answers, resubmissions) inside the same transaction.
 */
export function submitAnswers(
  tx: DB | Tx,
  viewer: Viewer,
  submissionId: number,
  baseVersion: number,
  snapshot: { interviewId: number | null; answers: SubmittedAnswer[]; late: boolean },
  now: Date,
): SubmitResult {
  const from = Object.keys(SUBMISSION_TRANSITIONS.submit) as SubmissionStatus[];
  const moved = tx
    .update(submissions)
    .set({
      status: sql`case ${submissions.status} ${sql.join(
        from.map((f) => sql`when ${f} then ${nextSubmissionStatus(f, 'submit')}`),
        sql` `,
      )} end`,
      version: sql`${submissions.version} + 1`,
      attempt: sql`${submissions.attempt} + 1`,
      submittedAt: now,
      firstSubmittedAt: sql`coalesce(${submissions.firstSubmittedAt}, ${now.getTime()})`,
      late: snapshot.late,
      interviewId: snapshot.interviewId,
      updatedAt: now,
    })
    .where(and(ownSubmission(viewer, submissionId), eq(submissions.version, baseVersion), inArray(submissions.status, from)))
    .returning({ attempt: submissions.attempt, status: submissions.status, version: submissions.version })
    .get();
  if (!moved) {
    const current = tx.select({ status: submissions.status, version: submissions.version, attempt: submissions.attempt }).from(submissions).where(ownSubmission(viewer, submissionId)).get();
    if (!current) throw new Error('submitAnswers: not the viewer’s submission');
    if (!(from as string[]).includes(current.status)) return { status: 'already-submitted', number: current.attempt };
    return { status: 'conflict', version: current.version };
  }
  tx.insert(submissionVersions)
    .values({ submissionId, studentId: viewer.id, number: moved.attempt, interviewId: snapshot.interviewId, answers: snapshot.answers, submittedAt: now, late: snapshot.late })
    .run();
  return { status: 'submitted', number: moved.attempt, newStatus: moved.status, version: moved.version };
}

export type DecideResult = { status: 'decided'; newStatus: SubmissionStatus } | { status: 'not-allowed'; current: SubmissionStatus } | { status: 'conflict'; version: number };

/**
 * A reviewer's decision on the latest version (return for revision, or mark reviewed), if the
 * submission is still at `baseVersion` (nothing was resubmitted meanwhile). The caller has
 * checked that the viewer staffs the submission's section.
 */
export function decideSubmission(
  tx: DB | Tx,
  viewer: Viewer,
  submissionId: number,
  baseVersion: number,
  event: Extract<SubmissionEvent, 'return' | 'review'>,
  now: Date,
): DecideResult {
  const from = Object.keys(SUBMISSION_TRANSITIONS[event]) as SubmissionStatus[];
  const to = nextSubmissionStatus(from[0], event)!;
  const moved = tx
    .update(submissions)
    .set({ status: to, version: sql`${submissions.version} + 1`, decidedAt: now, decidedById: viewer.id, updatedAt: now })
    .where(and(eq(submissions.id, submissionId), eq(submissions.version, baseVersion), inArray(submissions.status, from)))
    .returning({ attempt: submissions.attempt })
    .get();
  if (!moved) {
    const current = tx.select({ status: submissions.status, version: submissions.version }).from(submissions).where(eq(submissions.id, submissionId)).get();
    if (!current) throw new Error('decideSubmission: no such submission');
    if (current.version !== baseVersion) return { status: 'conflict', version: current.version };
    return { status: 'not-allowed', current: current.status };
  }
  tx.update(submissionVersions)
    .set({ decision: event === 'return' ? 'returned' : 'reviewed', decidedAt: now, decidedById: viewer.id })
    .where(and(eq(submissionVersions.submissionId, submissionId), eq(submissionVersions.number, moved.attempt)))
    .run();
  return { status: 'decided', newStatus: to };
}

/** A reviewer's comment on the version they read; the caller has checked they staff the section. */
export function insertSubmissionComment(
  tx: DB | Tx,
  viewer: Viewer,
  values: { submissionId: number; versionId: number | null; questionId: number | null; body: string },
  now: Date,
): number {
  return tx
    .insert(submissionComments)
    .values({ ...values, authorId: viewer.id, createdAt: now })
    .returning({ id: submissionComments.id })
    .get().id;
}

/** The text of bank questions by id, for freezing the wording into a version. */
export function questionTexts(tx: DB | Tx, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = tx.select({ id: questions.id, text: questions.text }).from(questions).where(inArray(questions.id, [...ids])).all();
  return new Map(rows.map((r) => [r.id, r.text]));
}
