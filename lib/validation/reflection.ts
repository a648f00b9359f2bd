import { z } from 'zod';
import { ANSWER_MAX, answerField } from '@/lib/submissions/vocabulary';
import { hasMultilineControlCharacters, normaliseNewlines, optionalMultilineText } from './common';

export const REFLECTION_ANSWER_MAX = ANSWER_MAX;

/** One bounded answer per question asked; any other field is dropped. */
export function reflectionSchema(questionIds: readonly number[]) {
  return z.object(Object.fromEntries(questionIds.map((id) => [answerField(id), optionalMultilineText('Your answer', REFLECTION_ANSWER_MAX)])));
}

// As typed (untrimmed), but line breaks as LF and no control characters other than LF and tab.
const answerText = z
  .string({ error: 'An answer must be text.' })
  .transform(normaliseNewlines)
  .pipe(
    z
      .string()
      .max(REFLECTION_ANSWER_MAX, { error: `An answer must be at most ${REFLECTION_ANSWER_MAX} characters.` })
      .refine((v) => !hasMultilineControlCharacters(v), { error: 'An answer contains control characters. Only text, line breaks and tabs are allowed.' }),
  );

/**
 * Autosaved answers: some of the questions asked, as typed (kept untrimmed so the text the
 * student sees is the text stored); any field for a question not asked is dropped.
 */
export function answerChangesSchema(questionIds: readonly number[]) {
  return z.object(Object.fromEntries(questionIds.map((id) => [answerField(id), answerText.optional()])));
}

/** The version a form or an autosave was loaded from. */
export const versionParam = z.number({ error: 'A version is a whole number.' }).int().min(0).max(1_000_000_000);
