import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, max, or, sql, type SQL } from 'drizzle-orm';
import { getDb, preparedQuery, type DB, type Tx } from '../client';
import { assignmentQuestions, questions, sectionMembers } from '../schema';
import { sectionsStaffedBy } from './sections';
import type { Viewer } from './users';
import { STAFF_ROLES } from '@/lib/accounts/vocabulary';
import { OWN_QUESTION_CATEGORY, type QuestionBank } from '@/lib/questions/vocabulary';
import { outer } from './outer';

export type BankQuestion = { id: number; category: string | null; text: string; position: number; isDefault: boolean };

const columns = { id: questions.id, category: questions.category, text: questions.text, position: questions.position, isDefault: questions.isDefault };

/**
 * Ids of the counsellors and instructors of the sections a student is in, as a subquery: their
 * interview questions are offered to the student beside the seed's.
 */
function staffOfStudent(studentId: number) {
  const own = getDb()
    .select({ id: sectionMembers.sectionId })
    .from(sectionMembers)
    .where(and(eq(sectionMembers.userId, studentId), eq(sectionMembers.role, 'student')));
  return getDb()
    .selectDistinct({ id: sectionMembers.userId })
    .from(sectionMembers)
    .where(and(inArray(sectionMembers.sectionId, own), inArray(sectionMembers.role, STAFF_ROLES)));
}

/** Interview questions a student may plan with: the seed's, their own, and their sections' staff's. */
function interviewBankFor(viewer: Viewer): SQL {
  return or(eq(questions.isDefault, true), eq(questions.ownerId, viewer.id), viewer.role === 'student' ? inArray(questions.ownerId, staffOfStudent(viewer.id)) : undefined)!;
}

/**
 * The interview questions a student can plan from, not archived: the seed's defaults, those the
 * counsellors and instructors of their sections added, and their own.
 */
export function listInterviewQuestionBank(viewer: Viewer): BankQuestion[] {
  return getDb()
    .select(columns)
    .from(questions)
    .where(and(eq(questions.bank, 'interview'), isNull(questions.archivedAt), interviewBankFor(viewer)))
    .orderBy(desc(questions.isDefault), asc(questions.position), asc(questions.id))
    .all();
}

/** A question from the bank if the viewer may plan with it (a default, their own, their staff's; not archived unless a default). */
export function findBankQuestion(viewer: Viewer, id: number): BankQuestion | null {
  return (
    getDb()
      .select(columns)
      .from(questions)
      .where(and(eq(questions.id, id), eq(questions.bank, 'interview'), isNull(questions.archivedAt), interviewBankFor(viewer)))
      .get() ?? null
  );
}

const defaultReflectionQuestions = preparedQuery((db) =>
  db
    .select(columns)
    .from(questions)
    .where(and(eq(questions.bank, 'reflection'), eq(questions.isDefault, true), isNull(questions.archivedAt)))
    .orderBy(asc(questions.position))
    .prepare(),
);

export function listDefaultReflectionQuestions(): BankQuestion[] {
  return defaultReflectionQuestions().all();
}

/** A student's own interview question (OWN_QUESTION_CATEGORY); returns its id. */
export function insertOwnInterviewQuestion(tx: DB | Tx, viewer: Viewer, text: string): number {
  return tx
    .insert(questions)
    .values({ bank: 'interview', category: OWN_QUESTION_CATEGORY, text, position: 1000, isDefault: false, ownerId: viewer.id })
    .returning({ id: questions.id })
    .get().id;
}

// ---------------------------------------------------------------------------------------------
// The staff's banks: counsellors and instructors add questions of their own to either bank
// (interview questions for their sections' students to plan with; reflection questions for their
// assignments), edit, archive and reorder them. The seed's defaults are shown beside them and
// are never changed or deleted.

export type StaffQuestion = BankQuestion & { archived: boolean; updatedAt: Date | null; usedInAssignments: number };

const isStaff = (viewer: Viewer) => viewer.role === 'counsellor' || viewer.role === 'instructor';

/** The viewer's own questions in one bank (archived ones last), for the staff's bank page. */
export function listOwnStaffQuestions(viewer: Viewer, bank: QuestionBank): StaffQuestion[] {
  if (!isStaff(viewer)) return [];
  return getDb()
    .select({
      ...columns,
      archived: sql<boolean>`${questions.archivedAt} is not null`.mapWith(Boolean),
      updatedAt: questions.updatedAt,
      usedInAssignments: sql<number>`(select count(*) from ${assignmentQuestions} where ${assignmentQuestions.questionId} = ${outer(questions.id)})`.mapWith(Number),
    })
    .from(questions)
    .where(and(eq(questions.bank, bank), eq(questions.ownerId, viewer.id), eq(questions.isDefault, false)))
    .orderBy(sql`${questions.archivedAt} is not null`, asc(questions.position), asc(questions.id))
    .limit(500)
    .all();
}

/** The seed's questions in one bank, in the seed's order. */
export function listDefaultQuestions(bank: QuestionBank): BankQuestion[] {
  return getDb()
    .select(columns)
    .from(questions)
    .where(and(eq(questions.bank, bank), eq(questions.isDefault, true)))
    .orderBy(asc(questions.position), asc(questions.id))
    .all();
}

/** One of the viewer's own staff questions, or null (a default, or anyone else's, is null). */
export function findOwnStaffQuestion(viewer: Viewer, id: number): (StaffQuestion & { bank: QuestionBank }) | null {
  if (!isStaff(viewer)) return null;
  return (
    getDb()
      .select({
        ...columns,
        bank: questions.bank,
        archived: sql<boolean>`${questions.archivedAt} is not null`.mapWith(Boolean),
        updatedAt: questions.updatedAt,
        usedInAssignments: sql<number>`(select count(*) from ${assignmentQuestions} where ${assignmentQuestions.questionId} = ${outer(questions.id)})`.mapWith(Number),
      })
      .from(questions)
      .where(and(eq(questions.id, id), eq(questions.ownerId, viewer.id), eq(questions.isDefault, false)))
      .get() ?? null
  );
}

/**
 * The reflection questions staff may put in an assignment of this section: the seed's, their
 * own and those of the section's other staff, not archived. (Questions an assignment already
 * asks stay on it even when archived later; the assignment form adds them itself.)
 */
export function listReflectionQuestionChoices(viewer: Viewer, sectionId: number): (BankQuestion & { ownerName: string | null })[] {
  if (!isStaff(viewer)) return [];
  const sectionStaff = getDb()
    .select({ id: sectionMembers.userId })
    .from(sectionMembers)
    .where(and(eq(sectionMembers.sectionId, sectionId), inArray(sectionMembers.role, STAFF_ROLES), inArray(sectionMembers.sectionId, sectionsStaffedBy(viewer.id))));
  return getDb()
    .select({ ...columns, ownerName: sql<string | null>`(select name from users where users.id = ${outer(questions.ownerId)})` })
    .from(questions)
    .where(and(eq(questions.bank, 'reflection'), isNull(questions.archivedAt), or(eq(questions.isDefault, true), eq(questions.ownerId, viewer.id), inArray(questions.ownerId, sectionStaff))))
    .orderBy(desc(questions.isDefault), asc(questions.position), asc(questions.id))
    .limit(500)
    .all();
}

/** Only the owner writes their question; defaults never. Repeated in every statement. */
function ownStaffQuestion(viewer: Viewer, id: number): SQL {
  return and(eq(questions.id, id), isStaff(viewer) ? eq(questions.ownerId, viewer.id) : sql`0`, eq(questions.isDefault, false))!;
}

/** A new question at the end of the viewer's own in that bank; returns its id. */
export function insertStaffQuestion(tx: DB | Tx, viewer: Viewer, values: { bank: QuestionBank; category: string | null; text: string }, now: Date): number {
  if (!isStaff(viewer)) throw new Error('insertStaffQuestion: staff only');
  const last = tx
    .select({ n: max(questions.position) })
    .from(questions)
    .where(and(eq(questions.bank, values.bank), eq(questions.ownerId, viewer.id)))
    .get()?.n;
  return tx
    .insert(questions)
    .values({ ...values, isDefault: false, ownerId: viewer.id, position: (last ?? 0) + 1, createdAt: now, updatedAt: now })
    .returning({ id: questions.id })
    .get().id;
}

export type QuestionEditResult = 'saved' | 'conflict' | 'not-found';

/**
 * New wording (and category) for one of the viewer's questions, if it has not changed since
 * `loadedAt` (its updatedAt when the form was opened). What was already submitted keeps the
 * wording it was answered under (submission versions freeze it).
 */
export function updateStaffQuestion(tx: DB | Tx, viewer: Viewer, id: number, loadedAt: number, values: { category: string | null; text: string }, now: Date): QuestionEditResult {
  const done = tx
    .update(questions)
    .set({ ...values, updatedAt: now })
    .where(and(ownStaffQuestion(viewer, id), sql`coalesce(${questions.updatedAt}, 0) = ${loadedAt}`))
    .run().changes;
  if (done === 1) return 'saved';
  return tx.select({ id: questions.id }).from(questions).where(ownStaffQuestion(viewer, id)).get() ? 'conflict' : 'not-found';
}

/** Archive (no longer offered) or restore one of the viewer's questions. */
export function setStaffQuestionArchived(tx: DB | Tx, viewer: Viewer, id: number, archived: boolean, now: Date): boolean {
  return (
    tx
      .update(questions)
      .set({ archivedAt: archived ? now : null, updatedAt: now })
      .where(and(ownStaffQuestion(viewer, id), archived ? isNull(questions.archivedAt) : isNotNull(questions.archivedAt)))
      .run().changes === 1
  );
}

/** Swaps one of the viewer's questions with its neighbour among their own in the same bank. */
export function moveStaffQuestion(tx: DB | Tx, viewer: Viewer, id: number, direction: 'up' | 'down'): boolean {
  const me = tx.select({ id: questions.id, bank: questions.bank, position: questions.position }).from(questions).where(ownStaffQuestion(viewer, id)).get();
  if (!me) return false;
  const neighbour = tx
    .select({ id: questions.id, position: questions.position })
    .from(questions)
    .where(
      and(
        eq(questions.bank, me.bank),
        eq(questions.ownerId, viewer.id),
        eq(questions.isDefault, false),
        isNull(questions.archivedAt),
        direction === 'up'
          ? or(lt(questions.position, me.position), and(eq(questions.position, me.position), lt(questions.id, me.id)))
          : or(gt(questions.position, me.position), and(eq(questions.position, me.position), gt(questions.id, me.id))),
      ),
    )
    .orderBy(direction === 'up' ? desc(questions.position) : asc(questions.position), direction === 'up' ? desc(questions.id) : asc(questions.id))
    .get();
  if (!neighbour) return false;
  // Equal positions (never expected, but cheap to survive) become distinct.
  const [a, b] = me.position === neighbour.position ? (direction === 'up' ? [me.position - 1, me.position] : [me.position + 1, me.position]) : [neighbour.position, me.position];
  tx.update(questions).set({ position: a }).where(ownStaffQuestion(viewer, me.id)).run();
  tx.update(questions).set({ position: b }).where(ownStaffQuestion(viewer, neighbour.id)).run();
  return true;
}

/**
 * Puts the viewer's own questions of one bank in this order (positions 1…n). Every id must be
 * one of theirs in that bank: returns false, having written nothing the caller keeps, otherwise
 * (the caller's transaction is rolled back by throwing).
 */
export function reorderStaffQuestions(tx: DB | Tx, viewer: Viewer, bank: QuestionBank, ids: readonly number[]): boolean {
  let changed = 0;
  ids.forEach((id, i) => {
    changed += tx
      .update(questions)
      .set({ position: i + 1 })
      .where(and(ownStaffQuestion(viewer, id), eq(questions.bank, bank)))
      .run().changes;
  });
  return changed === ids.length;
}
