import { z } from 'zod';
import { INTERVIEW_QUESTION_CATEGORIES, QUESTION_BANKS } from '@/lib/questions/vocabulary';
import { requiredText } from './common';

export const STAFF_QUESTION_MAX = 1000;

export const bankParam = z.enum(QUESTION_BANKS);

const CATEGORY_KEYS = INTERVIEW_QUESTION_CATEGORIES.map((c) => c.key) as [string, ...string[]];

/** A staff member's own question: interview questions belong to one of the seed's categories. */
export function staffQuestionSchema(bank: 'interview' | 'reflection') {
  return z.object({
    text: z.preprocess((v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ') : v), requiredText('Question', STAFF_QUESTION_MAX)),
    category:
      bank === 'interview'
        ? z.enum(CATEGORY_KEYS, { error: 'Choose a category.' })
        : z
            .unknown()
            .optional()
            .transform(() => null),
  });
}

/** The updatedAt a question form was loaded with (0 for never edited). */
export const loadedAtParam = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
