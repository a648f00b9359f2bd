import { z } from 'zod';
import { ANSWER_MAX } from '@/lib/submissions/vocabulary';
import { optionalText } from './common';

export const REFLECTION_ANSWER_MAX = ANSWER_MAX;

export function answerField(questionId: number): string {
  return `answer-${questionId}`;
}

/** The question id behind an answer field's name, or null. */
export function questionIdOfField(field: string): number | null {
  const m = /^answer-([1-9]\d{0,9})$/.exec(field);
  return m ? Number(m[1]) : null;
}

/** One bounded answer per question asked; any other field is dropped. */
export function reflectionSchema(questionIds: readonly number[]) {
  return z.object(Object.fromEntries(questionIds.map((id) => [answerField(id), optionalText('Your answer', REFLECTION_ANSWER_MAX)])));
}

const answerText = z.string({ error: 'An answer must be text.' }).max(REFLECTION_ANSWER_MAX, { error: `An answer must be at most ${REFLECTION_ANSWER_MAX} characters.` });

/**
 * Autosaved answers: some of the questions asked, as typed (kept untrimmed so the text the
 * student sees is the text stored); any field for a question not asked is dropped.
 */
export function answerChangesSchema(questionIds: readonly number[]) {
  return z.object(Object.fromEntries(questionIds.map((id) => [answerField(id), answerText.optional()])));
}

/** The version a form or an autosave was loaded from. */
export const versionParam = z.number({ error: 'A version is a whole number.' }).int().min(0).max(1_000_000_000);
