import { and, asc, desc, eq, isNull, or } from 'drizzle-orm';
import { getDb, type DB, type Tx } from '../client';
import { questions } from '../schema';
import type { Viewer } from './users';
import { OWN_QUESTION_CATEGORY } from '@/lib/questions/vocabulary';

export type BankQuestion = { id: number; category: string | null; text: string; position: number; isDefault: boolean };

const columns = { id: questions.id, category: questions.category, text: questions.text, position: questions.position, isDefault: questions.isDefault };

/** The interview questions a student can plan from: the seed's defaults and their own, not archived. */
export function listInterviewQuestionBank(viewer: Viewer): BankQuestion[] {
  return getDb()
    .select(columns)
    .from(questions)
    .where(and(eq(questions.bank, 'interview'), isNull(questions.archivedAt), or(eq(questions.isDefault, true), eq(questions.ownerId, viewer.id))))
    .orderBy(desc(questions.isDefault), asc(questions.position), asc(questions.id))
    .all();
}

/** A question from the bank if the viewer may plan with it (a default, or their own). */
export function findBankQuestion(viewer: Viewer, id: number): BankQuestion | null {
  return (
    getDb()
      .select(columns)
      .from(questions)
      .where(and(eq(questions.id, id), eq(questions.bank, 'interview'), or(eq(questions.isDefault, true), eq(questions.ownerId, viewer.id))))
      .get() ?? null
  );
}

export function listDefaultReflectionQuestions(): BankQuestion[] {
  return getDb()
    .select(columns)
    .from(questions)
    .where(and(eq(questions.bank, 'reflection'), eq(questions.isDefault, true), isNull(questions.archivedAt)))
    .orderBy(asc(questions.position))
    .all();
}

/** A student's own interview question (OWN_QUESTION_CATEGORY); returns its id. */
export function insertOwnInterviewQuestion(tx: DB | Tx, viewer: Viewer, text: string): number {
  return tx
    .insert(questions)
    .values({ bank: 'interview', category: OWN_QUESTION_CATEGORY, text, position: 1000, isDefault: false, ownerId: viewer.id })
    .returning({ id: questions.id })
    .get().id;
}
