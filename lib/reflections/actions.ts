'use server';

import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { findOwnInterview } from '@/db/queries/interviews';
import { listDefaultReflectionQuestions } from '@/db/queries/questions';
import { ensurePersonalReflection, saveAnswers } from '@/db/queries/submissions';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { failed, formObject, invalid, type ActionState } from '@/lib/forms';
import { idParam } from '@/lib/validation/common';
import { answerField, reflectionSchema } from '@/lib/validation/reflection';

const versionField = z.object({ version: z.coerce.number().int().min(0).max(1_000_000_000) });

/**
 * Saves the student's personal reflection on one completed interview (a draft any time), if
 * nobody saved it since the version this form was loaded from.
 */
export async function saveInterviewReflection(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const now = await requestNow();
  const questions = listDefaultReflectionQuestions();
  const raw = formObject(form);
  const parsed = reflectionSchema(questions.map((q) => q.id)).safeParse(raw);
  if (!parsed.success) return invalid(parsed.error, form);
  const base = versionField.safeParse(raw);
  if (!base.success) return failed('This form is out of date: reload the page (your text is kept below).', form);
  const id = idParam.safeParse(interviewId);
  const interview = id.success ? findOwnInterview(viewer, id.data) : null;
  if (!interview) notFound();
  if (interview.status !== 'completed') return failed('Reflect once the interview is completed.', form);
  const answers = questions.map((q) => ({ questionId: q.id, text: (parsed.data[answerField(q.id)] as string | null) ?? '' }));
  const result = getDb().transaction((tx) => {
    const submissionId = ensurePersonalReflection(tx, viewer, interview.id, now);
    return saveAnswers(tx, viewer, submissionId, base.data.version, answers, now);
  });
  if (result.status !== 'saved') {
    return failed('Your reflection was changed elsewhere (another tab?) since you opened it. Nothing was overwritten: your text is kept below; reload to see the saved version.', form);
  }
  revalidatePath(`/interviews/${interview.id}`);
  revalidatePath('/home');
  return { status: 'ok', message: 'Reflection saved.', values: { version: String(result.version) } };
}
