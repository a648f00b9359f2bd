import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, sql, type Placeholder, type SQL } from 'drizzle-orm';
import crypto from 'node:crypto';
import { getDb, getSqlite, preparedQueries, preparedQuery, type DB, type Tx } from '../client';
import { hashToken, INVITE_LIFETIME_MS } from './tokens';
import {
  assignmentExtensions,
  assignments,
  contacts,
  gradeAudit,
  gradeCriteria,
  grades,
  interviewQuestions,
  interviews,
  rubricCriteria,
  rubricLevels,
  rubrics,
  sectionMembers,
  sections,
  users,
} from '../schema';
import { notifyGradeReleased } from './notifications';
import { pageWindow, toPage, type Page } from './pagination';
import { sectionsStaffedBy } from './sections';
import type { Viewer } from './users';
import type { Checklist, InterviewStatus } from '@/lib/interviews/vocabulary';
import { DISTRIBUTION_BANDS, type GradeAuditAction, type GradebookSort, type GraderFilter, type GradeStatus, type ProcessRule } from '@/lib/grading/vocabulary';
import type { AssignmentStatus } from '@/lib/submissions/vocabulary';
import { outer } from './outer';

/*
 * Grading. Only the instructors of a section grade it, see its drafts, its gradebook and its
 * audit: every read here that is not a student's released grade is filtered by sectionsTaughtBy
 * in SQL (a counsellor staffs the section too, but does not grade it). Released grades are a
 * student's record: the student reads their own, the staff of the grade's section read them
 * (listReleasedGradesForViewer). Rubrics belong to the instructor who made them; another
 * instructor of a section whose assignment uses one may read it, to grade with it.
 */

/** Ids of the sections the person teaches (instructor membership), as a subquery. */
export function sectionsTaughtBy(userId: number | Placeholder) {
  return getDb()
    .select({ id: sectionMembers.sectionId })
    .from(sectionMembers)
    .where(and(eq(sectionMembers.userId, userId), eq(sectionMembers.role, 'instructor')));
}

/** A condition on a section id column: the viewer teaches it. Nobody else, whatever their role. */
function taughtBy(viewer: Viewer, sectionIdColumn: typeof sections.id | typeof assignments.sectionId | typeof grades.sectionId | typeof gradeAudit.sectionId): SQL {
  return viewer.role === 'instructor' ? inArray(sectionIdColumn, sectionsTaughtBy(viewer.id)) : sql`0`;
}

export type GradingSection = { id: number; courseCode: string; sectionCode: string; title: string; term: string; timeZone: string };

const sectionColumns = { id: sections.id, courseCode: sections.courseCode, sectionCode: sections.sectionCode, title: sections.title, term: sections.term, timeZone: sections.timeZone };

const sectionToGrade = preparedQuery((db) =>
  db
    .select(sectionColumns)
    .from(sections)
    .where(and(eq(sections.id, sql.placeholder('sectionId')), inArray(sections.id, sectionsTaughtBy(sql.placeholder('viewerId')))))
    .prepare(),
);

/** A section the viewer teaches, or null. */
export function findSectionToGrade(viewer: Viewer, sectionId: number): GradingSection | null {
  return viewer.role === 'instructor' ? (sectionToGrade().get({ sectionId, viewerId: viewer.id }) ?? null) : null;
}

export type GradingAssignment = {
  id: number;
  sectionId: number;
  title: string;
  status: AssignmentStatus;
  dueAt: Date;
  closesAt: Date | null;
  pointsPossible: number | null;
  rubricId: number | null;
  latePenaltyPerDay: number | null;
  latePenaltyFloor: number | null;
  allowExtraCredit: boolean;
  version: number;
  section: GradingSection;
};

// Built once per connection (and per kind of viewer): the grader and its actions look both up on every call.
const assignmentToGrade = preparedQueries((db, kind: 'instructor' | 'other') =>
  db
    .select({
      id: assignments.id,
      sectionId: assignments.sectionId,
      title: assignments.title,
      status: assignments.status,
      dueAt: assignments.dueAt,
      closesAt: assignments.closesAt,
      pointsPossible: assignments.pointsPossible,
      rubricId: assignments.rubricId,
      latePenaltyPerDay: assignments.latePenaltyPerDay,
      latePenaltyFloor: assignments.latePenaltyFloor,
      allowExtraCredit: assignments.allowExtraCredit,
      version: assignments.version,
      section: sectionColumns,
    })
    .from(assignments)
    .innerJoin(sections, eq(sections.id, assignments.sectionId))
    .where(and(eq(assignments.id, sql.placeholder('assignmentId')), kind === 'instructor' ? inArray(assignments.sectionId, sectionsTaughtBy(sql.placeholder('viewerId'))) : sql`0`))
    .prepare(),
);

const studentToGrade = preparedQuery((db) =>
  db
    .select({ id: users.id, name: users.name, email: users.email, studentNumber: users.studentNumber })
    .from(sectionMembers)
    .innerJoin(users, eq(users.id, sectionMembers.userId))
    .where(and(eq(sectionMembers.sectionId, sql.placeholder('sectionId')), eq(sectionMembers.userId, sql.placeholder('studentId')), eq(sectionMembers.role, 'student')))
    .prepare(),
);

/** An assignment in a section the viewer teaches, with its grading settings, or null. */
export function findAssignmentToGrade(viewer: Viewer, assignmentId: number): GradingAssignment | null {
  return assignmentToGrade(viewer.role === 'instructor' ? 'instructor' : 'other').get({ assignmentId, viewerId: viewer.id }) ?? null;
}

export type SectionAssignment = { id: number; title: string; status: AssignmentStatus; dueAt: Date; pointsPossible: number | null; rubricId: number | null };

const assignmentsToGrade = preparedQuery((db) =>
  db
    .select({ id: assignments.id, title: assignments.title, status: assignments.status, dueAt: assignments.dueAt, pointsPossible: assignments.pointsPossible, rubricId: assignments.rubricId })
    .from(assignments)
    .where(and(eq(assignments.sectionId, sql.placeholder('sectionId')), inArray(assignments.sectionId, sectionsTaughtBy(sql.placeholder('viewerId')))))
    .orderBy(asc(assignments.dueAt), asc(assignments.id))
    .limit(200)
    .prepare(),
);

/** Every assignment of a section the viewer teaches (graded or not), by due date. */
export function listSectionAssignmentsToGrade(viewer: Viewer, sectionId: number): SectionAssignment[] {
  return viewer.role === 'instructor' ? assignmentsToGrade().all({ sectionId, viewerId: viewer.id }) : [];
}

// ---------------------------------------------------------------------------------------------
// Rubrics

export type RubricInput = {
  title: string;
  description: string | null;
  criteria: { title: string; description: string | null; processRule: ProcessRule | null; levels: { label: string; points: number; description: string | null }[] }[];
};

export type RubricLevel = { id: number; position: number; label: string; points: number; description: string | null };
export type RubricCriterion = { id: number; position: number; title: string; description: string | null; processRule: ProcessRule | null; levels: RubricLevel[] };
export type RubricDetail = { id: number; ownerId: number | null; title: string; description: string | null; version: number; copiedFromId: number | null; criteria: RubricCriterion[] };

export type RubricSummary = { id: number; title: string; criteria: number; assignments: number; updatedAt: Date | null; createdAt: Date };

/** The viewer's own rubrics (instructors only), newest first. */
export function listRubricsOf(viewer: Viewer): RubricSummary[] {
  if (viewer.role !== 'instructor') return [];
  return getDb()
    .select({
      id: rubrics.id,
      title: rubrics.title,
      criteria: sql<number>`(select count(*) from ${rubricCriteria} rc where rc.rubric_id = ${outer(rubrics.id)})`.mapWith(Number),
      assignments: sql<number>`(select count(*) from ${assignments} a where a.rubric_id = ${outer(rubrics.id)})`.mapWith(Number),
      updatedAt: rubrics.updatedAt,
      createdAt: rubrics.createdAt,
    })
    .from(rubrics)
    .where(and(eq(rubrics.ownerId, viewer.id), isNull(rubrics.archivedAt)))
    .orderBy(desc(rubrics.createdAt), desc(rubrics.id))
    .limit(200)
    .all();
}

// A rubric's criteria and levels, built once per connection (the grader loads its rubric on every
// view). Run on the connection, so inside a caller's transaction as well.
const criteriaOfRubric = preparedQuery((db) =>
  db
    .select({ id: rubricCriteria.id, position: rubricCriteria.position, title: rubricCriteria.title, description: rubricCriteria.description, processRule: rubricCriteria.processRule })
    .from(rubricCriteria)
    .where(eq(rubricCriteria.rubricId, sql.placeholder('rubricId')))
    .orderBy(asc(rubricCriteria.position), asc(rubricCriteria.id))
    .prepare(),
);
const levelsOfRubric = preparedQuery((db) =>
  db
    .select({ id: rubricLevels.id, criterionId: rubricLevels.criterionId, position: rubricLevels.position, label: rubricLevels.label, points: rubricLevels.points, description: rubricLevels.description })
    .from(rubricLevels)
    .innerJoin(rubricCriteria, eq(rubricCriteria.id, rubricLevels.criterionId))
    .where(eq(rubricCriteria.rubricId, sql.placeholder('rubricId')))
    .orderBy(asc(rubricLevels.position), asc(rubricLevels.id))
    .prepare(),
);

function loadRubric(tx: DB | Tx, where: SQL): RubricDetail | null {
  const head = tx
    .select({ id: rubrics.id, ownerId: rubrics.ownerId, title: rubrics.title, description: rubrics.description, version: rubrics.version, copiedFromId: rubrics.copiedFromId })
    .from(rubrics)
    .where(where)
    .get();
  if (!head) return null;
  const criteria = criteriaOfRubric().all({ rubricId: head.id });
  const levels = criteria.length ? levelsOfRubric().all({ rubricId: head.id }) : [];
  return {
    ...head,
    criteria: criteria.map((c) => ({ ...c, levels: levels.filter((l) => l.criterionId === c.id).map(({ criterionId: _c, ...l }) => l) })),
  };
}

/** A rubric the viewer owns. */
export function findOwnRubric(viewer: Viewer, id: number, tx: DB | Tx = getDb()): RubricDetail | null {
  if (viewer.role !== 'instructor') return null;
  return loadRubric(tx, and(eq(rubrics.id, id), eq(rubrics.ownerId, viewer.id))!);
}

/** The rubric an assignment the viewer grades uses (whoever made it). */
export function findRubricOfAssignment(viewer: Viewer, assignment: Pick<GradingAssignment, 'rubricId' | 'sectionId'>, tx: DB | Tx = getDb()): RubricDetail | null {
  if (!assignment.rubricId) return null;
  return loadRubric(
    tx,
    and(
      eq(rubrics.id, assignment.rubricId),
      inArray(rubrics.id, tx.select({ id: assignments.rubricId }).from(assignments).where(and(eq(assignments.sectionId, assignment.sectionId), taughtBy(viewer, assignments.sectionId)))),
    )!,
  );
}

/** Whether any grade was scored with this rubric's criteria (then it is copied, never changed). */
export function rubricHasGrades(tx: DB | Tx, rubricId: number): boolean {
  return !!tx
    .select({ one: sql`1` })
    .from(gradeCriteria)
    .innerJoin(rubricCriteria, eq(rubricCriteria.id, gradeCriteria.criterionId))
    .where(eq(rubricCriteria.rubricId, rubricId))
    .limit(1)
    .get();
}

function insertCriteria(tx: DB | Tx, rubricId: number, input: RubricInput): void {
  input.criteria.forEach((c, i) => {
    const criterionId = tx
      .insert(rubricCriteria)
      .values({ rubricId, position: i + 1, title: c.title, description: c.description, processRule: c.processRule })
      .returning({ id: rubricCriteria.id })
      .get().id;
    tx.insert(rubricLevels)
      .values(c.levels.map((l, j) => ({ criterionId, position: j + 1, label: l.label, points: l.points, description: l.description })))
      .run();
  });
}

export function insertRubric(tx: DB | Tx, ownerId: number, input: RubricInput, now: Date, copiedFromId: number | null = null): number {
  const id = tx
    .insert(rubrics)
    .values({ ownerId, title: input.title, description: input.description, copiedFromId, createdAt: now, updatedAt: now })
    .returning({ id: rubrics.id })
    .get().id;
  insertCriteria(tx, id, input);
  return id;
}

/** Replaces the owner's rubric's content if it is still at `baseVersion`; false when stale. The caller checked it has no grades. */
export function replaceRubric(tx: DB | Tx, viewer: Viewer, id: number, baseVersion: number, input: RubricInput, now: Date): boolean {
  const raised = tx
    .update(rubrics)
    .set({ title: input.title, description: input.description, version: sql`${rubrics.version} + 1`, updatedAt: now })
    .where(and(eq(rubrics.id, id), eq(rubrics.ownerId, viewer.id), eq(rubrics.version, baseVersion)))
    .run();
  if (raised.changes !== 1) return false;
  tx.delete(rubricCriteria).where(eq(rubricCriteria.rubricId, id)).run();
  insertCriteria(tx, id, input);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Grading settings of one assignment

export type GradingSettings = {
  pointsPossible: number;
  rubricId: number | null;
  latePenaltyPerDay: number | null;
  latePenaltyFloor: number | null;
  allowExtraCredit: boolean;
};

export function assignmentHasGrades(assignmentId: number, tx: DB | Tx = getDb()): boolean {
  return !!tx.select({ one: sql`1` }).from(grades).where(eq(grades.assignmentId, assignmentId)).limit(1).get();
}

/** Writes the settings if the assignment is still at `baseVersion` (raising it); false when stale. The caller checked the viewer teaches it. */
export function updateGradingSettings(tx: DB | Tx, assignmentId: number, baseVersion: number, values: GradingSettings, now: Date): boolean {
  return (
    tx
      .update(assignments)
      .set({ ...values, version: sql`${assignments.version} + 1`, updatedAt: now })
      .where(and(eq(assignments.id, assignmentId), eq(assignments.version, baseVersion)))
      .run().changes === 1
  );
}

// ---------------------------------------------------------------------------------------------
// The grader: who is next, whose work is this, what it has scored

function queueFilter(filter: GraderFilter): SQL {
  switch (filter) {
    case 'ungraded':
      return sql`g.final_points is null`;
    case 'graded':
      return sql`g.final_points is not null`;
    case 'late':
      return sql`s.late = 1`;
    default:
      return sql`1`;
  }
}

// The walk reads the member's name kept on the membership (drizzle/0022) and joins a student's
// submission and grade only when the filter asks about them: under the default filter a neighbour
// is one seek of section_members_section_name_idx and a count one range of it, however big the
// section.
function queueFrom(assignment: Pick<GradingAssignment, 'id' | 'sectionId'>, filter: GraderFilter): SQL {
  const joins =
    filter === 'late'
      ? sql`left join submissions s on s.assignment_id = ${assignment.id} and s.student_id = m.user_id`
      : filter === 'all'
        ? sql``
        : sql`left join grades g on g.assignment_id = ${assignment.id} and g.student_id = m.user_id`;
  return sql`from section_members m ${joins}
    where m.section_id = ${assignment.sectionId} and m.role = 'student' and ${queueFilter(filter)}`;
}

export type QueuePosition = { prev: number | null; next: number | null; position: number; total: number };

/**
 * Where one student stands in the grader's walk (by name) under a filter: the one before, the
 * one after, and "3 of 40". The student need not match the filter (they may just have been graded).
 */
export function graderPosition(assignment: GradingAssignment, student: { id: number; name: string }, filter: GraderFilter): QueuePosition {
  const db = getDb();
  const from = queueFrom(assignment, filter);
  const prev = db.get<{ id: number } | undefined>(sql`select m.user_id id ${from} and (m.name, m.user_id) < (${student.name}, ${student.id}) order by m.name desc, m.user_id desc limit 1`);
  const next = db.get<{ id: number } | undefined>(sql`select m.user_id id ${from} and (m.name, m.user_id) > (${student.name}, ${student.id}) order by m.name, m.user_id limit 1`);
  const before = db.get<{ n: number }>(sql`select count(*) n ${from} and (m.name, m.user_id) < (${student.name}, ${student.id})`);
  const total = db.get<{ n: number }>(sql`select count(*) n ${from}`);
  return { prev: prev?.id ?? null, next: next?.id ?? null, position: (before?.n ?? 0) + 1, total: total?.n ?? 0 };
}

/** The first student in the grader's walk under a filter, or null. */
export function firstInGraderQueue(assignment: GradingAssignment, filter: GraderFilter): number | null {
  return getDb().get<{ id: number } | undefined>(sql`select m.user_id id ${queueFrom(assignment, filter)} order by m.name, m.user_id limit 1`)?.id ?? null;
}

export type GradingStudent = { id: number; name: string; email: string; studentNumber: string | null };

/** A student of the assignment's section (the caller found the assignment with findAssignmentToGrade). */
export function findStudentToGrade(assignment: Pick<GradingAssignment, 'sectionId'>, studentId: number): GradingStudent | null {
  return studentToGrade().get({ sectionId: assignment.sectionId, studentId }) ?? null;
}

/** The student's own due date for the assignment, when they were given an extension. */
export function findExtensionDueAt(assignmentId: number, studentId: number, tx: DB | Tx = getDb()): Date | null {
  return tx.select({ dueAt: assignmentExtensions.dueAt }).from(assignmentExtensions).where(and(eq(assignmentExtensions.assignmentId, assignmentId), eq(assignmentExtensions.studentId, studentId))).get()?.dueAt ?? null;
}

export type ProcessFactsRow = {
  interview: { status: InterviewStatus; startsAt: Date | null; completedAt: Date | null; thankYouSentAt: Date | null; checklist: Checklist } | null;
  referralsReceived: number;
  questionsPlannedBefore: number;
};

/** What the student's records say about one of their interviews (the caller checked the viewer grades the student). */
export function findProcessFacts(studentId: number, interviewId: number | null): ProcessFactsRow {
  if (!interviewId) return { interview: null, referralsReceived: 0, questionsPlannedBefore: 0 };
  const db = getDb();
  const interview =
    db
      .select({ status: interviews.status, startsAt: interviews.startsAt, completedAt: interviews.completedAt, thankYouSentAt: interviews.thankYouSentAt, checklist: interviews.checklist })
      .from(interviews)
      .where(and(eq(interviews.id, interviewId), eq(interviews.studentId, studentId)))
      .get() ?? null;
  if (!interview) return { interview: null, referralsReceived: 0, questionsPlannedBefore: 0 };
  const referralsReceived = db.select({ n: count() }).from(contacts).where(and(eq(contacts.studentId, studentId), eq(contacts.referredInInterviewId, interviewId))).get()?.n ?? 0;
  const startedAt = interview.startsAt ?? interview.completedAt;
  const questionsPlannedBefore = startedAt
    ? (db.select({ n: count() }).from(interviewQuestions).where(and(eq(interviewQuestions.interviewId, interviewId), lt(interviewQuestions.createdAt, startedAt))).get()?.n ?? 0)
    : 0;
  return { interview, referralsReceived, questionsPlannedBefore };
}

export type GradeCriterionChoice = { criterionId: number; levelId: number | null; points: number };

export type GradeRecord = {
  id: number;
  status: GradeStatus;
  points: number | null;
  latePenaltyPercent: number;
  overridePoints: number | null;
  overrideReason: string | null;
  finalPoints: number | null;
  feedback: string | null;
  releasedAt: Date | null;
  releasedPoints: number | null;
  version: number;
  updatedAt: Date | null;
  criteria: GradeCriterionChoice[];
};

const gradeColumns = {
  id: grades.id,
  status: grades.status,
  points: grades.points,
  latePenaltyPercent: grades.latePenaltyPercent,
  overridePoints: grades.overridePoints,
  overrideReason: grades.overrideReason,
  finalPoints: grades.finalPoints,
  feedback: grades.feedback,
  releasedAt: grades.releasedAt,
  releasedPoints: grades.releasedPoints,
  version: grades.version,
  updatedAt: grades.updatedAt,
};

function criteriaOf(tx: DB | Tx, gradeId: number): GradeCriterionChoice[] {
  return tx
    .select({ criterionId: gradeCriteria.criterionId, levelId: gradeCriteria.levelId, points: gradeCriteria.points })
    .from(gradeCriteria)
    .where(eq(gradeCriteria.gradeId, gradeId))
    .orderBy(asc(gradeCriteria.criterionId))
    .all();
}

/** One student's grade on one assignment (the caller checked the viewer grades it). */
export function findGrade(assignmentId: number, studentId: number, tx: DB | Tx = getDb()): GradeRecord | null {
  const g = tx.select(gradeColumns).from(grades).where(and(eq(grades.assignmentId, assignmentId), eq(grades.studentId, studentId))).get();
  return g ? { ...g, criteria: criteriaOf(tx, g.id) } : null;
}

export type GradeWrite = {
  points: number | null;
  latePenaltyPercent: number;
  overridePoints: number | null;
  overrideReason: string | null;
  finalPoints: number | null;
  feedback: string | null;
  criteria: GradeCriterionChoice[];
};

export type GradeWriteResult = { status: 'saved'; version: number; gradeId: number } | { status: 'unchanged'; version: number; gradeId: number } | { status: 'conflict'; version: number };

function snapshot(g: Pick<GradeRecord, 'points' | 'latePenaltyPercent' | 'overridePoints' | 'overrideReason' | 'finalPoints' | 'feedback' | 'criteria'> & { status?: GradeStatus }) {
  return {
    status: g.status ?? 'draft',
    points: g.points,
    latePenaltyPercent: g.latePenaltyPercent,
    overridePoints: g.overridePoints,
    overrideReason: g.overrideReason,
    finalPoints: g.finalPoints,
    feedback: g.feedback,
    criteria: [...g.criteria].sort((a, b) => a.criterionId - b.criterionId).map((c) => ({ criterionId: c.criterionId, levelId: c.levelId, points: c.points })),
  };
}

function sameGrade(a: GradeRecord, w: GradeWrite): boolean {
  const { status: _s, ...x } = snapshot(a);
  const { status: _t, ...y } = snapshot(w);
  return JSON.stringify(x) === JSON.stringify(y);
}

export function insertGradeAudit(
  tx: DB | Tx,
  row: { gradeId: number; assignmentId: number; studentId: number; sectionId: number; graderId: number; action: GradeAuditAction; before: Record<string, unknown> | null; after: Record<string, unknown> | null },
  now: Date,
): void {
  tx.insert(gradeAudit).values({ ...row, createdAt: now }).run();
}

/**
 * Writes one grade and its audit row, if it is still at `baseVersion` (0: no grade yet). The same
 * values sent twice (a double submit) change nothing the second time; different values from a
 * stale form are refused. The caller checked the viewer grades this assignment and student, and
 * runs this inside the transaction that must hold both rows.
 */
export function writeGrade(
  tx: DB | Tx,
  grader: Viewer,
  target: { assignmentId: number; studentId: number; sectionId: number; submissionId: number | null },
  baseVersion: number,
  w: GradeWrite,
  now: Date,
): GradeWriteResult {
  const current = findGrade(target.assignmentId, target.studentId, tx);
  if (current && sameGrade(current, w)) return { status: 'unchanged', version: current.version, gradeId: current.id };
  if ((current?.version ?? 0) !== baseVersion) return { status: 'conflict', version: current?.version ?? 0 };
  const values = {
    points: w.points,
    latePenaltyPercent: w.latePenaltyPercent,
    overridePoints: w.overridePoints,
    overrideReason: w.overrideReason,
    finalPoints: w.finalPoints,
    feedback: w.feedback,
    graderId: grader.id,
    submissionId: target.submissionId,
    updatedAt: now,
  };
  let gradeId: number;
  let version: number;
  if (!current) {
    const row = tx
      .insert(grades)
      .values({ assignmentId: target.assignmentId, studentId: target.studentId, sectionId: target.sectionId, status: 'draft', version: 1, createdAt: now, ...values })
      .returning({ id: grades.id, version: grades.version })
      .get();
    gradeId = row.id;
    version = row.version;
  } else {
    const row = tx
      .update(grades)
      .set({ ...values, version: sql`${grades.version} + 1` })
      .where(and(eq(grades.id, current.id), eq(grades.version, baseVersion)))
      .returning({ version: grades.version })
      .get();
    if (!row) return { status: 'conflict', version: current.version };
    gradeId = current.id;
    version = row.version;
    tx.delete(gradeCriteria).where(eq(gradeCriteria.gradeId, gradeId)).run();
  }
  if (w.criteria.length) tx.insert(gradeCriteria).values(w.criteria.map((c) => ({ gradeId, ...c }))).run();
  insertGradeAudit(
    tx,
    { gradeId, ...target, graderId: grader.id, action: 'saved', before: current ? snapshot(current) : null, after: snapshot({ ...w, status: current?.status ?? 'draft' }) },
    now,
  );
  return { status: 'saved', version, gradeId };
}

/**
 * Releases the scored drafts of these students (all of the assignment's when `studentIds` is
 * null), each with its audit row; returns how many were released. A grade already released,
 * or with no score, is left as it is.
 */
export function releaseGrades(
  tx: DB | Tx,
  grader: Viewer,
  assignment: Pick<GradingAssignment, 'id' | 'sectionId'>,
  studentIds: number[] | null,
  now: Date,
  /** The app's address: when given, each student is told, in the app and by e-mail (notifyGradeReleased). */
  appUrl?: string,
): number {
  const rows = tx
    .select({ id: grades.id, studentId: grades.studentId, finalPoints: grades.finalPoints })
    .from(grades)
    .where(
      and(
        eq(grades.assignmentId, assignment.id),
        eq(grades.status, 'draft'),
        isNotNull(grades.finalPoints),
        studentIds ? inArray(grades.studentId, studentIds) : undefined,
      ),
    )
    .all();
  for (const g of rows) {
    tx.update(grades)
      .set({ status: 'released', releasedAt: now, releasedPoints: g.finalPoints, version: sql`${grades.version} + 1`, updatedAt: now })
      .where(and(eq(grades.id, g.id), eq(grades.status, 'draft')))
      .run();
    insertGradeAudit(
      tx,
      { gradeId: g.id, assignmentId: assignment.id, studentId: g.studentId, sectionId: assignment.sectionId, graderId: grader.id, action: 'released', before: { status: 'draft' }, after: { status: 'released', finalPoints: g.finalPoints } },
      now,
    );
    if (appUrl !== undefined) notifyGradeReleased(tx, assignment.id, g.studentId, appUrl);
  }
  return rows.length;
}

// ---------------------------------------------------------------------------------------------
// The gradebook (instructors: drafts and released; counsellors: released only)

export type GradebookColumn = { id: number; title: string; pointsPossible: number; status: AssignmentStatus; dueAt: Date };
export type GradebookCell = { finalPoints: number | null; status: GradeStatus; changed: boolean };
export type GradebookRow = { id: number; name: string; total: number | null; cells: Record<number, GradebookCell> };
export type AssignmentStats = { assignmentId: number; graded: number; mean: number | null; min: number | null; max: number | null; bands: number[] };

export type GradebookAudience = 'instructor' | 'released-only';

const sectionStaffed = preparedQuery((db) =>
  db
    .select(sectionColumns)
    .from(sections)
    .where(and(eq(sections.id, sql.placeholder('sectionId')), inArray(sections.id, sectionsStaffedBy(sql.placeholder('viewerId')))))
    .prepare(),
);

/**
 * The section of a gradebook and how much of it the viewer sees: its instructors everything, its
 * counsellors released grades only, anyone else nothing (null).
 */
export function findGradebookSection(viewer: Viewer, sectionId: number): { section: GradingSection; audience: GradebookAudience } | null {
  const taught = findSectionToGrade(viewer, sectionId);
  if (taught) return { section: taught, audience: 'instructor' };
  const staffed = viewer.role === 'counsellor' ? sectionStaffed().get({ sectionId, viewerId: viewer.id }) : undefined;
  return staffed ? { section: staffed, audience: 'released-only' } : null;
}

const gradebookColumns = preparedQuery((db) =>
  db
    .select({ id: assignments.id, title: assignments.title, pointsPossible: sql<number>`${assignments.pointsPossible}`.mapWith(Number), status: assignments.status, dueAt: assignments.dueAt })
    .from(assignments)
    .where(and(eq(assignments.sectionId, sql.placeholder('sectionId')), isNotNull(assignments.pointsPossible)))
    .orderBy(asc(assignments.dueAt), asc(assignments.id))
    .limit(100)
    .prepare(),
);

export function listGradebookColumns(sectionId: number): GradebookColumn[] {
  return gradebookColumns().all({ sectionId });
}

const releasedOnly = (audience: GradebookAudience) => (audience === 'released-only' ? sql`and g.status = 'released'` : sql``);

/** The grades a gradebook's audience counts: all of them for its instructors, released ones for its counsellors. */
const gradesCounted = (audience: GradebookAudience) => (audience === 'released-only' ? eq(grades.status, 'released') : undefined);

// The gradebook's reads, built once per shape (preparedQueries): they run on every page view.
type StudentsByNameShape = `${'asc' | 'desc'}|${'first' | 'later'}`;
type StudentsByTotalShape = `${'asc' | 'desc'}|${GradebookAudience}`;
type GradebookStudent = { id: number; name: string; total: number | null };

const inSectionAsStudent = () => and(eq(sectionMembers.sectionId, sql.placeholder('sectionId')), eq(sectionMembers.role, 'student'));

// Names as kept on the membership (drizzle/0022): by name, the page is read in order from
// section_members_section_name_idx and stops after it, instead of sorting the whole section.
const studentsByName = preparedQueries((db, shape: StudentsByNameShape) => {
  const [dir, which] = shape.split('|') as ['asc' | 'desc', 'first' | 'later'];
  const order = dir === 'desc' ? desc : asc;
  const query = db
    .select({ id: sectionMembers.userId, name: sectionMembers.name, total: sql<number | null>`null` })
    .from(sectionMembers)
    .where(inSectionAsStudent())
    .orderBy(order(sectionMembers.name), order(sectionMembers.userId))
    .limit(sql.placeholder('limit'))
    .$dynamic();
  // A first page without OFFSET: with a bound OFFSET 0 SQLite sorts the whole section instead of
  // keeping the best rows as it goes.
  return (which === 'first' ? query : query.offset(sql.placeholder('offset'))).prepare();
});

// Every student of the section in order of their total (null last), then name: the sort by total
// sums every student's grades, so it is read whole and kept (keptWhileGradesStand).
const studentsByTotal = preparedQueries((db, shape: StudentsByTotalShape) => {
  const [dir, audience] = shape.split('|') as ['asc' | 'desc', GradebookAudience];
  const totals = db
    .select({ studentId: grades.studentId, total: sql<number | null>`sum(${grades.finalPoints})`.as('total') })
    .from(grades)
    .where(and(eq(grades.sectionId, sql.placeholder('sectionId')), gradesCounted(audience)))
    .groupBy(grades.studentId)
    .as('t');
  return db
    .select({ id: sectionMembers.userId, name: sectionMembers.name, total: totals.total })
    .from(sectionMembers)
    .leftJoin(totals, eq(totals.studentId, sectionMembers.userId))
    .where(inSectionAsStudent())
    .orderBy(sql`${totals.total} is null`, (dir === 'desc' ? desc : asc)(totals.total), asc(sectionMembers.name), asc(sectionMembers.userId))
    .prepare();
});

const gradebookStudentCount = preparedQuery((db) => db.select({ n: count() }).from(sectionMembers).where(inSectionAsStudent()).prepare());

const gradebookCells = preparedQueries((db, audience: GradebookAudience) =>
  db
    .select({ studentId: grades.studentId, assignmentId: grades.assignmentId, finalPoints: grades.finalPoints, status: grades.status, releasedPoints: grades.releasedPoints })
    .from(grades)
    .where(and(eq(grades.sectionId, sql.placeholder('sectionId')), sql`${grades.studentId} in (select value from json_each(${sql.placeholder('ids')}))`, gradesCounted(audience)))
    .prepare(),
);

const sectionGradesVersion = preparedQuery((db) =>
  db
    .select({ version: sections.gradesVersion })
    .from(sections)
    .where(eq(sections.id, sql.placeholder('sectionId')))
    .prepare(),
);

/**
 * What is computed from all of a section's grades (the gradebook's statistics and its order by
 * total, the Canvas export's student lines), kept per connection, section and key with the
 * section's grades_version it was computed at. Triggers raise that version in the transaction of
 * every grade write, every change to an assignment's points, every change to the section's
 * students and to a student's e-mail or student number (drizzle/0016, 0023, 0024), so a kept value
 * is used only while nothing it counts has changed; anything else it depends on (assignment ids,
 * the section's label) belongs in the key. Computing them cost about 4 ms (statistics), 3 ms
 * (order) and 13 ms (export) on a 2,000-student section. At most KEPT_ROWS rows are kept in all,
 * the least recently used dropped first.
 */
type Kept = { version: number; value: unknown; rows: number };
const keptByConnection = new WeakMap<object, { entries: Map<string, Kept>; rows: number }>();
const KEPT_ROWS = 200_000;

export function keptWhileGradesStand<T>(sectionId: number, key: string, compute: () => { value: T; rows: number }): T | null {
  const db = getDb();
  const version = sectionGradesVersion().get({ sectionId })?.version;
  if (version === undefined) return null;
  let kept = keptByConnection.get(db);
  if (!kept) keptByConnection.set(db, (kept = { entries: new Map(), rows: 0 }));
  const fullKey = `${sectionId}:${key}`;
  const found = kept.entries.get(fullKey);
  if (found) {
    kept.entries.delete(fullKey); // set again below: the Map's order is the order of use
    kept.rows -= found.rows;
  }
  const entry: Kept = found?.version === version ? found : { version, ...compute() };
  kept.entries.set(fullKey, entry);
  kept.rows += entry.rows;
  for (const [oldest, old] of kept.entries) {
    if (kept.rows <= KEPT_ROWS || oldest === fullKey) break;
    kept.entries.delete(oldest);
    kept.rows -= old.rows;
  }
  return entry.value as T;
}

/**
 * One page of the gradebook: students by name or by total (that order is the whole section's,
 * kept while its grades stand), with their cells. The caller decided the audience with
 * findGradebookSection.
 */
export function gradebookPage(
  sectionId: number,
  audience: GradebookAudience,
  opts: { sort: GradebookSort; dir: 'asc' | 'desc'; page: number; pageSize?: number },
): Page<GradebookRow> {
  const { limit, offset, page } = pageWindow(opts.page, opts.pageSize);
  const byTotal = opts.sort === 'total';
  let students: GradebookStudent[];
  let total: number;
  if (byTotal) {
    const ordered = keptWhileGradesStand(sectionId, `order|${opts.dir}|${audience}`, () => {
      const all = studentsByTotal(`${opts.dir}|${audience}`).all({ sectionId });
      return { value: all, rows: all.length };
    }) ?? [];
    students = ordered.slice(offset, offset + limit);
    total = ordered.length;
  } else {
    students = studentsByName(`${opts.dir}|${offset === 0 ? 'first' : 'later'}`).all({ sectionId, limit, offset });
    total = gradebookStudentCount().get({ sectionId })?.n ?? 0;
  }
  const cells = students.length ? gradebookCells(audience).all({ sectionId, ids: JSON.stringify(students.map((s) => s.id)) }) : [];
  const rows: GradebookRow[] = students.map((s) => ({ id: s.id, name: s.name, total: s.total === null ? null : Number(s.total), cells: {} }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const c of cells) {
    const row = byId.get(c.studentId);
    if (!row) continue;
    row.cells[c.assignmentId] = { finalPoints: c.finalPoints, status: c.status, changed: c.status === 'released' && c.releasedPoints !== c.finalPoints };
    // The same sum the sort by total makes in SQL (null until a score is counted).
    if (!byTotal && c.finalPoints !== null) row.total = (row.total ?? 0) + c.finalPoints;
  }
  return toPage(rows, total, page, opts.pageSize);
}

/** Per assignment: how many scored, mean, lowest, highest, and how many in each band of DISTRIBUTION_BANDS. */
export function gradebookStats(sectionId: number, audience: GradebookAudience): AssignmentStats[] {
  return (
    keptWhileGradesStand(sectionId, `stats|${audience}`, () => {
      const stats = computeGradebookStats(sectionId, audience);
      return { value: stats, rows: stats.length };
    }) ?? []
  );
}

function computeGradebookStats(sectionId: number, audience: GradebookAudience): AssignmentStats[] {
  const bandCase = sql.raw(
    `case ${[...DISTRIBUTION_BANDS]
      .map((b, i) => [b, i] as const)
      .reverse()
      .map(([b, i]) => `when pct >= ${b} then ${i}`)
      .join(' ')} else 0 end`,
  );
  // Grades are joined to the section's few assignments on (section, assignment), rather than each
  // grade looking up its assignment by id.
  const rows = getDb().all<{ assignmentId: number; band: number; n: number; total: number; lo: number; hi: number }>(sql`
    select assignmentId, ${bandCase} band, count(*) n, sum(fp) total, min(fp) lo, max(fp) hi from (
      select a.id assignmentId, g.final_points fp, g.final_points * 100.0 / a.points_possible pct
      from assignments a join grades g on g.section_id = a.section_id and g.assignment_id = a.id
      where a.section_id = ${sectionId} and a.points_possible > 0 and g.final_points is not null ${releasedOnly(audience)}
    ) group by assignmentId, band`);
  const out = new Map<number, AssignmentStats & { sum: number }>();
  for (const r of rows) {
    const s = out.get(r.assignmentId) ?? { assignmentId: r.assignmentId, graded: 0, mean: null, min: null, max: null, bands: DISTRIBUTION_BANDS.map(() => 0), sum: 0 };
    s.graded += r.n;
    s.sum += r.total;
    s.min = s.min === null ? r.lo : Math.min(s.min, r.lo);
    s.max = s.max === null ? r.hi : Math.max(s.max, r.hi);
    s.bands[r.band] += r.n;
    out.set(r.assignmentId, s);
  }
  return [...out.values()].map(({ sum, ...s }) => ({ ...s, mean: s.graded ? sum / s.graded : null }));
}

export type ExportStudent = { id: number; name: string; email: string; studentNumber: string | null; scores: Record<number, number | null> };

/**
 * Every student of the section with their released scores on these assignments, by name (for the
 * Canvas export; instructors only, checked by the caller). One pass: each student's grades are
 * read beside them from the covering index and spread into one column per assignment in SQL, as
 * plain rows; 2,000 students and their scores are the whole export.
 */
export function listReleasedScoresForExport(sectionId: number, assignmentIds: readonly number[]): ExportStudent[] {
  const columns = assignmentIds.map((id) => sql`, max(case when g.assignment_id = ${id} then g.final_points end)`);
  const rows = getDb().values<[number, string, string, string | null, ...(number | null)[]]>(sql`
    select u.id, u.name, u.email, u.student_number ${sql.join(columns)}
    from section_members m
    join users u on u.id = m.user_id
    left join grades g on g.section_id = m.section_id and g.student_id = m.user_id and g.status = 'released'
    where m.section_id = ${sectionId} and m.role = 'student'
    group by m.user_id
    order by u.name, u.id`);
  return rows.map(([id, name, email, studentNumber, ...points]) => {
    const scores: Record<number, number | null> = {};
    assignmentIds.forEach((assignmentId, i) => (scores[assignmentId] = points[i] ?? null));
    return { id, name, email, studentNumber, scores };
  });
}

// ---------------------------------------------------------------------------------------------
// The audit, per section (instructors)

export type GradeAuditEntry = {
  id: number;
  action: GradeAuditAction;
  createdAt: Date;
  graderName: string | null;
  studentName: string;
  assignmentTitle: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

export function listGradeAudit(viewer: Viewer, sectionId: number, page: number): Page<GradeAuditEntry> {
  const db = getDb();
  const where = and(eq(gradeAudit.sectionId, sectionId), taughtBy(viewer, gradeAudit.sectionId));
  const w = pageWindow(page);
  const grader = sql<string | null>`(select name from ${users} gu where gu.id = ${outer(gradeAudit.graderId)})`;
  const items = db
    .select({
      id: gradeAudit.id,
      action: sql<GradeAuditAction>`${gradeAudit.action}`,
      createdAt: gradeAudit.createdAt,
      graderName: grader,
      studentName: users.name,
      assignmentTitle: assignments.title,
      before: gradeAudit.before,
      after: gradeAudit.after,
    })
    .from(gradeAudit)
    .innerJoin(users, eq(users.id, gradeAudit.studentId))
    .innerJoin(assignments, eq(assignments.id, gradeAudit.assignmentId))
    .where(where)
    .orderBy(desc(gradeAudit.createdAt), desc(gradeAudit.id))
    .limit(w.limit)
    .offset(w.offset)
    .all();
  const total = db.select({ n: count() }).from(gradeAudit).where(where).get()?.n ?? 0;
  return toPage(items, total, w.page);
}

// ---------------------------------------------------------------------------------------------
// Released grades: a student's record

export type ReleasedGrade = {
  id: number;
  studentId: number;
  assignmentId: number;
  assignmentTitle: string;
  sectionLabel: string;
  pointsPossible: number | null;
  points: number | null;
  latePenaltyPercent: number;
  overridePoints: number | null;
  overrideReason: string | null;
  finalPoints: number | null;
  releasedPoints: number | null;
  feedback: string | null;
  releasedAt: Date | null;
  updatedAt: Date | null;
  criteria: { title: string; levelLabel: string | null; points: number; maxPoints: number }[];
};

/**
 * A student's released grades, newest first: the student's own, or for the staff of the
 * section each grade belongs to. Drafts are nobody's but the instructor's.
 */
export function listReleasedGradesForViewer(viewer: Viewer, studentId: number): ReleasedGrade[] {
  const visible =
    viewer.role === 'student'
      ? eq(grades.studentId, viewer.id)
      : viewer.role === 'counsellor' || viewer.role === 'instructor'
        ? inArray(grades.sectionId, sectionsStaffedBy(viewer.id))
        : sql`0`;
  const db = getDb();
  const rows = db
    .select({
      id: grades.id,
      studentId: grades.studentId,
      assignmentId: grades.assignmentId,
      assignmentTitle: assignments.title,
      sectionLabel: sql<string>`${sections.courseCode} || ' ' || ${sections.sectionCode}`,
      pointsPossible: assignments.pointsPossible,
      points: grades.points,
      latePenaltyPercent: grades.latePenaltyPercent,
      overridePoints: grades.overridePoints,
      overrideReason: grades.overrideReason,
      finalPoints: grades.finalPoints,
      releasedPoints: grades.releasedPoints,
      feedback: grades.feedback,
      releasedAt: grades.releasedAt,
      updatedAt: grades.updatedAt,
    })
    .from(grades)
    .innerJoin(assignments, eq(assignments.id, grades.assignmentId))
    .innerJoin(sections, eq(sections.id, grades.sectionId))
    .where(and(eq(grades.studentId, studentId), eq(grades.status, 'released'), visible))
    .orderBy(desc(grades.releasedAt), desc(grades.id))
    .limit(100)
    .all();
  if (!rows.length) return [];
  const crit = db
    .select({
      gradeId: gradeCriteria.gradeId,
      title: rubricCriteria.title,
      position: rubricCriteria.position,
      levelLabel: rubricLevels.label,
      points: gradeCriteria.points,
      maxPoints: sql<number>`(select max(points) from ${rubricLevels} l2 where l2.criterion_id = ${rubricCriteria.id})`.mapWith(Number),
    })
    .from(gradeCriteria)
    .innerJoin(rubricCriteria, eq(rubricCriteria.id, gradeCriteria.criterionId))
    .leftJoin(rubricLevels, eq(rubricLevels.id, gradeCriteria.levelId))
    .where(inArray(gradeCriteria.gradeId, rows.map((r) => r.id)))
    .orderBy(asc(rubricCriteria.position))
    .all();
  return rows.map((r) => ({ ...r, criteria: crit.filter((c) => c.gradeId === r.id).map(({ gradeId: _g, position: _p, ...c }) => c) }));
}

// ---------------------------------------------------------------------------------------------
// Roster import

export type RosterAccount = { id: number; email: string; role: string; studentNumber: string | null; enrolled: boolean };

/** The accounts these e-mails belong to, and whether each is a student of the section already. */
export function findRosterAccounts(tx: DB | Tx, sectionId: number, emails: readonly string[]): Map<string, RosterAccount> {
  const out = new Map<string, RosterAccount>();
  for (let i = 0; i < emails.length; i += 500) {
    const chunk = emails.slice(i, i + 500);
    const rows = tx
      .select({
        id: users.id,
        email: users.email,
        role: users.role,
        studentNumber: users.studentNumber,
        enrolled: sql<number>`exists (select 1 from ${sectionMembers} sm where sm.section_id = ${sectionId} and sm.user_id = ${outer(users.id)} and sm.role = 'student')`.mapWith(Boolean),
      })
      .from(users)
      .where(inArray(users.email, chunk))
      .all();
    for (const r of rows) out.set(r.email, { ...r, enrolled: Boolean(r.enrolled) });
  }
  return out;
}

/** Who holds each of these student numbers already (their e-mail). */
export function findStudentNumberOwners(tx: DB | Tx, numbers: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < numbers.length; i += 500) {
    const rows = tx
      .select({ studentNumber: users.studentNumber, email: users.email })
      .from(users)
      .where(inArray(users.studentNumber, numbers.slice(i, i + 500)))
      .all();
    for (const r of rows) if (r.studentNumber) out.set(r.studentNumber, r.email);
  }
  return out;
}

/**
 * Creates student accounts and enrols them in the section, each with a one-time set-password
 * token and its e-mail in the outbox (only the token's hash is stored, as createPasswordToken
 * does). Prepared statements, run inside the caller's transaction: a 2,000-row roster is a few
 * thousand inserts, and the query builder's cost per statement would dominate.
 */
export function insertEnrolledStudents(
  sectionId: number,
  rows: ReadonlyArray<{ name: string; email: string; studentNumber: string | null }>,
  opts: { createdById: number; now: Date; mail: (row: { name: string; email: string }, token: string) => { subject: string; body: string } },
): number[] {
  const db = getSqlite();
  const at = opts.now.getTime();
  const user = db.prepare("insert into users (email, name, role, student_number, created_at) values (?, ?, 'student', ?, ?)");
  const member = db.prepare("insert into section_members (section_id, user_id, role, created_at) values (?, ?, 'student', ?) on conflict (section_id, user_id) do update set role = 'student'");
  const token = db.prepare("insert into password_tokens (user_id, token_hash, purpose, expires_at, created_by_id, created_at) values (?, ?, 'invite', ?, ?, ?)");
  const mail = db.prepare('insert into outbox (to_user_id, to_address, subject, body, created_at) values (?, ?, ?, ?, ?)');
  return rows.map((r) => {
    const id = Number(user.run(r.email, r.name, r.studentNumber, at).lastInsertRowid);
    member.run(sectionId, id, at);
    const secret = crypto.randomBytes(32).toString('base64url');
    token.run(id, hashToken(secret), at + INVITE_LIFETIME_MS, opts.createdById, at);
    const m = opts.mail(r, secret);
    mail.run(id, r.email, m.subject, m.body, at);
    return id;
  });
}

/** Records a student number on an account that has none (never overwrites one). */
export function fillStudentNumber(tx: DB | Tx, userId: number, studentNumber: string): void {
  tx.update(users).set({ studentNumber }).where(and(eq(users.id, userId), isNull(users.studentNumber))).run();
}

