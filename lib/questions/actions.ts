'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { findOwnStaffQuestion, listOwnStaffQuestions, insertStaffQuestion, moveStaffQuestion, reorderStaffQuestions, setStaffQuestionArchived, updateStaffQuestion } from '@/db/queries/questions';
import { requireRole, type Viewer } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { failed, formObject, invalid, type ActionState } from '@/lib/forms';
import { idParam } from '@/lib/validation/common';
import { bankParam, loadedAtParam, staffQuestionSchema } from '@/lib/validation/question';

/*
 * The staff's own questions: counsellors and instructors add them to either bank, edit, archive
 * (and restore) and reorder their own. The seed's defaults and anyone else's are a 404 here.
 */

function ownQuestionOr404(viewer: Viewer, questionId: unknown) {
  const id = idParam.safeParse(questionId);
  const question = id.success ? findOwnStaffQuestion(viewer, id.data) : null;
  if (!question) notFound();
  return question;
}

function refresh(): void {
  revalidatePath('/staff/questions', 'layout');
}

export async function addStaffQuestion(bank: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('counsellor', 'instructor');
  const which = bankParam.safeParse(bank);
  if (!which.success) notFound();
  const parsed = staffQuestionSchema(which.data).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const now = await requestNow();
  getDb().transaction((tx) => {
    const id = insertStaffQuestion(tx, viewer, { bank: which.data, ...parsed.data }, now);
    logAudit({ actorId: viewer.id, action: 'QUESTION_ADDED', subjectType: 'question', subjectId: id, details: { bank: which.data } }, tx);
  });
  refresh();
  return { status: 'ok', message: 'Question added.' };
}

export async function editStaffQuestion(questionId: number, loadedAt: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('counsellor', 'instructor');
  const question = ownQuestionOr404(viewer, questionId);
  const loaded = loadedAtParam.safeParse(loadedAt);
  if (!loaded.success) notFound();
  const parsed = staffQuestionSchema(question.bank).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const now = await requestNow();
  const result = getDb().transaction((tx) => {
    const r = updateStaffQuestion(tx, viewer, question.id, loaded.data, parsed.data, now);
    if (r === 'saved') logAudit({ actorId: viewer.id, action: 'QUESTION_EDITED', subjectType: 'question', subjectId: question.id, details: { from: question.text, to: parsed.data.text } }, tx);
    return r;
  });
  if (result === 'not-found') notFound();
  if (result === 'conflict') {
    return failed('This question was changed since you opened it (in another tab). Nothing was saved; your wording is still here. Open it again to see the latest, then make your change.', form);
  }
  refresh();
  redirect(`/staff/questions?bank=${question.bank}`);
}

export async function archiveStaffQuestion(questionId: number, archived: boolean, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireRole('counsellor', 'instructor');
  const question = ownQuestionOr404(viewer, questionId);
  const flag = z.boolean().safeParse(archived);
  if (!flag.success) notFound();
  const now = await requestNow();
  getDb().transaction((tx) => {
    if (setStaffQuestionArchived(tx, viewer, question.id, flag.data, now)) {
      logAudit({ actorId: viewer.id, action: flag.data ? 'QUESTION_ARCHIVED' : 'QUESTION_RESTORED', subjectType: 'question', subjectId: question.id }, tx);
    }
  });
  refresh();
  return { status: 'ok', message: flag.data ? 'Archived: no longer offered for new assignments and plans.' : 'Restored.' };
}

export async function moveOwnQuestion(questionId: number, direction: 'up' | 'down', _prev: ActionState): Promise<ActionState> {
  const viewer = await requireRole('counsellor', 'instructor');
  const question = ownQuestionOr404(viewer, questionId);
  const dir = z.enum(['up', 'down']).safeParse(direction);
  if (!dir.success) notFound();
  const moved = getDb().transaction((tx) => moveStaffQuestion(tx, viewer, question.id, dir.data));
  refresh();
  return moved ? { status: 'ok' } : { status: 'error', message: `It is already the ${dir.data === 'up' ? 'first' : 'last'}.` };
}

/** The viewer's own questions of one bank, in the order given (dragged, or moved by keyboard). */
export async function reorderOwnQuestions(bank: string, ids: number[]): Promise<ActionState> {
  const viewer = await requireRole('counsellor', 'instructor');
  const which = bankParam.safeParse(bank);
  const order = z.array(idParam).min(1).max(500).safeParse(ids);
  if (!which.success || !order.success || new Set(order.data).size !== order.data.length) notFound();
  // Every id one of theirs in that bank, else a 404 and nothing written.
  const own = new Set(listOwnStaffQuestions(viewer, which.data).map((q) => q.id));
  if (!order.data.every((id) => own.has(id))) notFound();
  const done = getDb().transaction((tx) => {
    const ok = reorderStaffQuestions(tx, viewer, which.data, order.data);
    if (ok) logAudit({ actorId: viewer.id, action: 'QUESTIONS_REORDERED', subjectType: 'question', subjectId: order.data[0], details: { bank: which.data, ids: order.data } }, tx);
    return ok;
  });
  if (!done) notFound();
  refresh();
  return { status: 'ok', message: 'Order saved.' };
}
