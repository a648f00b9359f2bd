import { z } from 'zod';
import { INTERVIEW_FIELD } from '@/lib/submissions/vocabulary';
import { answerChangesSchema } from './reflection';

/**
 * Autosaved changes to an assignment's answers: some of its questions' answers (as typed), and
 * the interview they are about ('' for none). Anything else is dropped.
 */
export function assignmentChangesSchema(questionIds: readonly number[]) {
  return answerChangesSchema(questionIds).extend({
    [INTERVIEW_FIELD]: z
      .string()
      .regex(/^(|[1-9]\d{0,9})$/, { error: 'Choose one of your completed interviews.' })
      .optional(),
  });
}
