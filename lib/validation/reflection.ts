import { z } from 'zod';
import { optionalMultilineText } from './common';

export const REFLECTION_ANSWER_MAX = 10_000;

export function answerField(questionId: number): string {
  return `answer-${questionId}`;
}

/** One bounded answer per question asked; any other field is dropped. */
export function reflectionSchema(questionIds: readonly number[]) {
  return z.object(Object.fromEntries(questionIds.map((id) => [answerField(id), optionalMultilineText('Your answer', REFLECTION_ANSWER_MAX)])));
}
