'use server';

import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { findOwnInterview } from '@/db/queries/interviews';
import { listDefaultReflectionQuestions } from '@/db/queries/questions';
import { saveReflection } from '@/db/queries/reflections';
import { formArg } from '@/lib/action-args';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { failed, formObject, invalid, type ActionState } from '@/lib/forms';
import { idParam } from '@/lib/validation/common';
import { answerField, reflectionSchema } from '@/lib/validation/reflection';

/** Saves the student's written reflection on one completed interview (a draft any time). */
export async function saveInterviewReflection(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  formArg(form);
  const now = await requestNow();
  const questions = listDefaultReflectionQuestions();
  const parsed = reflectionSchema(questions.map((q) => q.id)).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const id = idParam.safeParse(interviewId);
  const interview = id.success ? findOwnInterview(viewer, id.data) : null;
  if (!interview) notFound();
  if (interview.status !== 'completed') return failed('Reflect once the interview is completed.', form);
  const answers = Object.fromEntries(questions.map((q) => [String(q.id), (parsed.data[answerField(q.id)] as string | null) ?? '']));
  getDb().transaction((tx) => saveReflection(tx, viewer, interview.id, answers, now));
  revalidatePath(`/interviews/${interview.id}`);
  revalidatePath('/home');
  return { status: 'ok', message: 'Reflection saved.' };
}
