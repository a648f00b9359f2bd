'use server';

import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { findInterviewStatusForViewer } from '@/db/queries/interviews';
import { listDefaultReflectionQuestions } from '@/db/queries/questions';
import { ensurePersonalReflection, saveAnswers } from '@/db/queries/submissions';
import type { AutosaveResult, AutosaveValues } from '@/lib/autosave';
import { getViewerInRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { idParam } from '@/lib/validation/common';
import { answerField, questionIdOfField } from '@/lib/submissions/vocabulary';
import { answerChangesSchema, versionParam } from '@/lib/validation/reflection';

/**
 * Autosave for the personal reflection: only the answers that changed, from the version they
 * were loaded from. Never redirects: an ended session answers 'signed-out' and the browser keeps
 * the text.
 */
export async function autosaveInterviewReflection(interviewId: number, baseVersion: number, changes: AutosaveValues): Promise<AutosaveResult> {
  const viewer = await getViewerInRole('student');
  if (!viewer) return { status: 'signed-out' };
  const id = idParam.safeParse(interviewId);
  const base = versionParam.safeParse(baseVersion);
  if (!id.success || !base.success) notFound();
  const questions = listDefaultReflectionQuestions();
  const parsed = answerChangesSchema(questions.map((q) => q.id)).safeParse(changes);
  if (!parsed.success) return { status: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  const interview = findInterviewStatusForViewer(viewer, id.data);
  if (!interview) notFound();
  if (interview.status !== 'completed') return { status: 'locked', message: 'Reflect once the interview is completed.' };
  const now = await requestNow();
  const answers = Object.entries(parsed.data)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([field, text]) => ({ questionId: questionIdOfField(field)!, text }));
  const result = getDb().transaction((tx) => saveAnswers(tx, viewer, ensurePersonalReflection(tx, viewer, interview.id, now), base.data, answers, now));
  switch (result.status) {
    case 'saved':
      return { status: 'saved', version: result.version, savedAt: result.savedAt.toISOString() };
    case 'conflict':
      return { status: 'conflict', version: result.version, theirs: Object.fromEntries(Object.entries(result.answers).map(([q, t]) => [answerField(Number(q)), t])) };
    case 'locked':
      return { status: 'locked', message: 'This reflection can no longer be changed.' };
  }
}
