'use server';

import { isOwnOccupation } from '@/db/queries/occupations';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { findContactForViewer, insertContact } from '@/db/queries/contacts';
import {
  appendPlanQuestions,
  deleteOwnInterview,
  findInterviewForViewer,
  findInterviewStatusForViewer,
  insertInterview,
  listPlanQuestionsForViewer,
  movePlanQuestion,
  raiseCalendarSequence,
  recordThankYouSent,
  removePlanQuestion,
  reorderPlanQuestions,
  saveInterviewNotes,
  saveThankYouText,
  setPlanQuestionMustAsk,
  updateChecklist,
  updateInterview,
  updateInterviewIfVersion,
  type StudentInterviewDetail,
} from '@/db/queries/interviews';
import { findBankQuestion, insertOwnInterviewQuestion } from '@/db/queries/questions';
import { formArg } from '@/lib/action-args';
import type { AutosaveResult, AutosaveValues } from '@/lib/autosave';
import { getViewerInRole, requireRole, type StudentViewer } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { formatDateTime, toLocalInputValue } from '@/lib/time';
import { failed, formObject, invalid, staleEdit, versionSchema, type ActionState } from '@/lib/forms';
import { idParam } from '@/lib/validation/common';
import { contactPersonSchema } from '@/lib/validation/contact';
import { canCancel, completedAtForPast, completesBeforeStart, statusToSave } from '@/lib/interviews/stages';
import { isOpenInterviewStatus } from '@/lib/interviews/vocabulary';
import { versionParam } from '@/lib/validation/reflection';
import {
  bankQuestionsSchema,
  checklistSchema,
  completeSchema,
  createInterviewSchema,
  notesChangesSchema,
  ownQuestionSchema,
  parseScheduleForm,
  planOrderSchema,
  scheduleSchema,
  thankYouSchema,
  thankYouTextChangesSchema,
} from '@/lib/validation/interview';
import { endSentence } from '@/lib/text/sentence';

/** The student's own interview by a bound id, or a 404 for anything else. */
function ownInterviewOr404(viewer: StudentViewer, interviewId: unknown): StudentInterviewDetail {
  const id = idParam.safeParse(interviewId);
  const interview = id.success ? findInterviewForViewer(viewer, id.data) : null;
  if (!interview) notFound();
  return interview;
}

/** The version an interview's edit form was loaded from (components/ui/VersionField). */
function formVersion(form: FormData) {
  return versionSchema.safeParse({ version: form.get('version') ?? undefined });
}

const SCHEDULE_LABELS = { startsAt: 'Date and time', durationMinutes: 'Minutes', mode: 'How', location: 'Where, or the call details', status: 'Status' };

/**
 * A save from a form opened before the interview last changed (another tab, another form's save):
 * refused, with what is saved now beside what was typed, and the form keeps what was typed.
 */
function staleInterview(viewer: StudentViewer, id: number, form: FormData, labels: Record<string, string>): ActionState {
  const current = findInterviewForViewer(viewer, id);
  if (!current) notFound();
  const values: Record<string, string> = {
    mode: current.mode,
    location: current.location ?? '',
    durationMinutes: String(current.durationMinutes),
    status: current.status,
    startsAt: current.startsAt ? toLocalInputValue(current.startsAt, viewer.timeZone) : '',
    items: Object.keys(current.checklist).filter((k) => current.checklist[k as keyof typeof current.checklist]).join(','),
  };
  return staleEdit(form, { version: current.version, values }, labels);
}

function refresh(interviewId: number): void {
  revalidatePath(`/interviews/${interviewId}`);
  revalidatePath('/interviews');
  revalidatePath('/home');
}

export async function createInterview(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  formArg(form);
  const ctx = { timeZone: viewer.timeZone, now: await requestNow() };
  const parsed = parseScheduleForm(createInterviewSchema(ctx), formObject(form), ctx);
  if (!parsed.success) return invalid(parsed.error, form);
  const contact = findContactForViewer(viewer, parsed.data.contactId);
  if (!contact) notFound();
  const occupationId = parsed.data.occupationId !== null && isOwnOccupation(viewer, parsed.data.occupationId) ? parsed.data.occupationId : null;
  if (parsed.data.occupationId !== null && occupationId === null) {
    return failed('Please correct the fields marked below.', form, { occupationId: ['Choose one of your occupations.'] });
  }
  const { contactId: _contactId, ...schedule } = parsed.data;
  const status = statusToSave(schedule.status, schedule.startsAt);
  // Entered afterwards: it ended when its time was up (the cross-field rules made sure it is past).
  const completedAt = status === 'completed' && schedule.startsAt ? completedAtForPast(schedule.startsAt, schedule.durationMinutes, ctx.now) : null;
  const id = getDb().transaction((tx) =>
    insertInterview(tx, viewer, { ...schedule, status, completedAt, occupationId, contactId: contact.id, calendarUid: randomUUID() }),
  );
  refresh(id);
  redirect(`/interviews/${id}`);
}

export async function updateSchedule(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  formArg(form);
  const now = await requestNow();
  const ctx = { timeZone: viewer.timeZone, now };
  const posted = formVersion(form);
  if (!posted.success) return invalid(posted.error, form);
  const parsed = parseScheduleForm(scheduleSchema(ctx), formObject(form), ctx);
  if (!parsed.success) return invalid(parsed.error, form);
  const interview = ownInterviewOr404(viewer, interviewId);
  if (!isOpenInterviewStatus(interview.status)) {
    return failed('Only a planned or scheduled interview can be rescheduled.', form);
  }
  if (interview.status === 'scheduled' && parsed.data.status === 'planned') {
    return failed('Please correct the fields marked below.', form, { status: ['A scheduled interview stays scheduled: cancel it if it is off.'] });
  }
  const occupationId = parsed.data.occupationId !== null && isOwnOccupation(viewer, parsed.data.occupationId) ? parsed.data.occupationId : null;
  if (parsed.data.occupationId !== null && occupationId === null) {
    return failed('Please correct the fields marked below.', form, { occupationId: ['Choose one of your occupations.'] });
  }
  const { startsAt, durationMinutes } = parsed.data;
  const status = statusToSave(parsed.data.status, startsAt);
  // Calendars only replace their copy when SEQUENCE rises; a first time set is not a change.
  const moved =
    interview.startsAt !== null &&
    (startsAt?.getTime() !== interview.startsAt.getTime() || durationMinutes !== interview.durationMinutes);
  const saved = getDb().transaction((tx) => {
    const result = updateInterviewIfVersion(tx, viewer, interview.id, { ...parsed.data, status, occupationId }, now, posted.data.version);
    if (result.ok && moved) raiseCalendarSequence(tx, viewer, interview.id);
    return result;
  });
  if (!saved.ok) return staleInterview(viewer, interview.id, form, SCHEDULE_LABELS);
  refresh(interview.id);
  return { status: 'ok', message: moved ? 'Rescheduled. Download the calendar file again to update your calendar.' : 'Saved.', version: saved.version };
}

export async function completeInterview(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  formArg(form);
  const now = await requestNow();
  const parsed = completeSchema({ timeZone: viewer.timeZone, now }).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const interview = ownInterviewOr404(viewer, interviewId);
  // Planned → completed too: an interview that happened before it was ever written down.
  if (!isOpenInterviewStatus(interview.status)) return failed('Only a planned or scheduled interview can be completed.');
  const completedAt = parsed.data.completedAt ?? now;
  // Before its start time it may still be to come: the page asks first and says so with early=yes.
  if (completesBeforeStart(interview.startsAt, completedAt) && parsed.data.early !== 'yes') {
    return failed(`${endSentence(`It is due to start at ${formatDateTime(interview.startsAt!, viewer.timeZone)}`)} Confirm that it has already happened.`, form);
  }
  getDb().transaction((tx) => updateInterview(tx, viewer, interview.id, { status: 'completed', completedAt }, now));
  refresh(interview.id);
  return { status: 'ok', message: 'Marked completed. Now send your thank-you.' };
}

export async function cancelInterview(interviewId: number, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireRole('student');
  const now = await requestNow();
  const interview = ownInterviewOr404(viewer, interviewId);
  if (interview.status === 'cancelled') return { status: 'ok', message: 'Already cancelled.' };
  if (!canCancel(interview.status)) return failed('It has already happened: a completed interview cannot be cancelled.');
  getDb().transaction((tx) => {
    updateInterview(tx, viewer, interview.id, { status: 'cancelled' }, now);
    // A calendar that imports the file again must see that something changed.
    if (interview.startsAt) raiseCalendarSequence(tx, viewer, interview.id);
  });
  refresh(interview.id);
  return { status: 'ok', message: 'Cancelled.' };
}

export async function replanInterview(interviewId: number, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireRole('student');
  const now = await requestNow();
  const interview = ownInterviewOr404(viewer, interviewId);
  if (interview.status !== 'cancelled') return failed('Only a cancelled interview can be planned again.');
  getDb().transaction((tx) => updateInterview(tx, viewer, interview.id, { status: 'planned', completedAt: null }, now));
  refresh(interview.id);
  return { status: 'ok', message: 'Planned again. Give it a new time when you have one.' };
}

export async function saveChecklist(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  formArg(form);
  const now = await requestNow();
  const parsed = checklistSchema.extend(versionSchema.shape).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const interview = ownInterviewOr404(viewer, interviewId);
  const checklist = Object.fromEntries(parsed.data.items.map((k) => [k, true]));
  const saved = getDb().transaction((tx) => updateChecklist(tx, viewer, interview.id, checklist, now, parsed.data.version));
  if (!saved.ok) return staleInterview(viewer, interview.id, form, { items: 'Checklist' });
  refresh(interview.id);
  return { status: 'ok', message: 'Checklist saved.', version: saved.version };
}

export async function addBankQuestions(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  formArg(form);
  const parsed = bankQuestionsSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const interview = ownInterviewOr404(viewer, interviewId);
  const chosen = [...new Set(parsed.data.questionIds)].map((id) => findBankQuestion(viewer, id));
  if (chosen.some((q) => q === null)) return failed('Please correct the fields marked below.', form, { questionIds: ['Choose from the list.'] });
  const planned = new Set(listPlanQuestionsForViewer(viewer, interview.id).map((q) => q.questionId));
  const added = chosen.filter((q) => q !== null && !planned.has(q.id)).map((q) => ({ questionId: q!.id, text: q!.text }));
  getDb().transaction((tx) => appendPlanQuestions(tx, viewer, interview.id, added));
  refresh(interview.id);
  const skipped = chosen.length - added.length;
  return { status: 'ok', message: `${added.length === 1 ? '1 question' : `${added.length} questions`} added.${skipped ? ` ${skipped} already in your plan.` : ''}` };
}

export async function addOwnQuestion(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  formArg(form);
  const parsed = ownQuestionSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const interview = ownInterviewOr404(viewer, interviewId);
  getDb().transaction((tx) => {
    // Kept in the student's bank too, so it can be planned for the next interview.
    const questionId = insertOwnInterviewQuestion(tx, viewer, parsed.data.text);
    appendPlanQuestions(tx, viewer, interview.id, [{ questionId, text: parsed.data.text }]);
  });
  refresh(interview.id);
  return { status: 'ok', message: 'Your question is added.' };
}

function planQuestionId(id: unknown): number {
  const parsed = idParam.safeParse(id);
  if (!parsed.success) notFound();
  return parsed.data;
}

export async function movePlannedQuestion(interviewId: number, questionId: number, direction: 'up' | 'down', _prev: ActionState): Promise<ActionState> {
  const viewer = await requireRole('student');
  const dir = z.enum(['up', 'down']).safeParse(direction);
  const qid = planQuestionId(questionId);
  const interview = ownInterviewOr404(viewer, interviewId);
  if (!dir.success) notFound();
  const moved = getDb().transaction((tx) => movePlanQuestion(tx, viewer, interview.id, qid, dir.data));
  if (!moved) notFound();
  refresh(interview.id);
  return { status: 'ok', message: `Moved ${dir.data}.` };
}

export async function setMustAsk(interviewId: number, questionId: number, mustAsk: boolean, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireRole('student');
  const value = z.boolean().safeParse(mustAsk);
  const qid = planQuestionId(questionId);
  const interview = ownInterviewOr404(viewer, interviewId);
  if (!value.success) notFound();
  const changed = getDb().transaction((tx) => setPlanQuestionMustAsk(tx, viewer, interview.id, qid, value.data));
  if (!changed) notFound();
  refresh(interview.id);
  return { status: 'ok', message: value.data ? 'Marked must-ask.' : 'No longer must-ask.' };
}

export async function removePlannedQuestion(interviewId: number, questionId: number, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireRole('student');
  const qid = planQuestionId(questionId);
  const interview = ownInterviewOr404(viewer, interviewId);
  const removed = getDb().transaction((tx) => removePlanQuestion(tx, viewer, interview.id, qid));
  if (!removed) notFound();
  refresh(interview.id);
  return { status: 'ok', message: 'Removed from the plan.' };
}

export async function addReferral(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  formArg(form);
  const parsed = contactPersonSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const interview = ownInterviewOr404(viewer, interviewId);
  getDb().transaction((tx) =>
    insertContact(tx, viewer, {
      ...parsed.data,
      // Someone suggested by a person in this field most likely works in it too.
      occupationId: interview.occupationId,
      howFound: 'referral',
      referredByContactId: interview.contactId,
      referredInInterviewId: interview.id,
    }),
  );
  refresh(interview.id);
  revalidatePath('/contacts');
  return { status: 'ok', message: `${parsed.data.name} is added to your contacts, as referred by ${interview.contactName}.` };
}

export async function recordThankYou(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  formArg(form);
  const now = await requestNow();
  const posted = formVersion(form);
  if (!posted.success) return invalid(posted.error, form);
  const parsed = thankYouSchema({ timeZone: viewer.timeZone, now }).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const interview = ownInterviewOr404(viewer, interviewId);
  if (interview.status !== 'completed') return failed('Mark the interview completed first.', form);
  // The letter's own counter (thank_you_version): recorded only if the letter is the one this page saved.
  const saved = getDb().transaction((tx) => recordThankYouSent(tx, viewer, interview.id, posted.data.version, { channel: parsed.data.channel, sentAt: parsed.data.sentOn }, now));
  if (!saved) {
    const current = findInterviewForViewer(viewer, interview.id);
    if (!current) notFound();
    return staleEdit(form, { version: current.thankYouVersion, values: { text: current.thankYouText ?? '' } }, { text: 'Your thank-you letter' });
  }
  refresh(interview.id);
  return { status: 'ok', message: 'Thank-you recorded.' };
}

export async function deleteInterview(interviewId: number): Promise<void> {
  const viewer = await requireRole('student');
  const interview = ownInterviewOr404(viewer, interviewId);
  getDb().transaction((tx) => {
    deleteOwnInterview(tx, viewer, interview.id);
    logAudit({ actorId: viewer.id, action: 'INTERVIEW_DELETED', subjectType: 'interview', subjectId: interview.id, details: { status: interview.status } }, tx);
  });
  revalidatePath('/interviews');
  revalidatePath('/home');
  redirect('/interviews');
}

// ---------------------------------------------------------------------------------------------
// Saved as typed (the autosave contract of lib/autosave.ts): never a redirect, never a page
// rendered again (no revalidatePath: a keystroke's save must not cost a page load), an ended
// session answers 'signed-out' and the browser keeps the text. Draft saves carry no audit row.

/**
 * The notes against each planned question (note-{id}, interesting-{id}) and the general notes,
 * from the notes_version they were loaded from.
 */
export async function autosaveInterviewNotes(interviewId: number, baseVersion: number, changes: AutosaveValues): Promise<AutosaveResult> {
  const viewer = await getViewerInRole('student');
  if (!viewer) return { status: 'signed-out' };
  const id = idParam.safeParse(interviewId);
  const base = versionParam.safeParse(baseVersion);
  if (!id.success || !base.success) notFound();
  const parsed = notesChangesSchema.safeParse(changes);
  if (!parsed.success) return { status: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  const interview = findInterviewStatusForViewer(viewer, id.data);
  if (!interview) notFound();
  if (interview.status === 'cancelled') return { status: 'locked', message: 'This interview was cancelled: plan it again to take notes.' };
  const now = await requestNow();
  const result = getDb().transaction((tx) => saveInterviewNotes(tx, viewer, interview.id, base.data, parsed.data, now));
  if (result.status === 'saved') return { status: 'saved', version: result.version, savedAt: now.toISOString() };
  const theirs: AutosaveValues = { generalNotes: result.current.generalNotes ?? '' };
  for (const q of result.current.questions) {
    theirs[`note-${q.id}`] = q.notes ?? '';
    theirs[`interesting-${q.id}`] = q.interesting ? 'on' : '';
  }
  return { status: 'conflict', version: result.current.version, theirs };
}

/** The thank-you letter as the student edits it (empty: follow the notes again), from its thank_you_version. */
export async function autosaveThankYou(interviewId: number, baseVersion: number, changes: AutosaveValues): Promise<AutosaveResult> {
  const viewer = await getViewerInRole('student');
  if (!viewer) return { status: 'signed-out' };
  const id = idParam.safeParse(interviewId);
  const base = versionParam.safeParse(baseVersion);
  if (!id.success || !base.success) notFound();
  const parsed = thankYouTextChangesSchema.safeParse(changes);
  if (!parsed.success) return { status: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  const interview = findInterviewStatusForViewer(viewer, id.data);
  if (!interview) notFound();
  if (interview.status !== 'completed') return { status: 'locked', message: 'Write the thank-you once the interview is completed.' };
  const now = await requestNow();
  const result = getDb().transaction((tx) => saveThankYouText(tx, viewer, interview.id, base.data, parsed.data.text, now));
  if (result.status === 'saved') return { status: 'saved', version: result.version, savedAt: now.toISOString() };
  return { status: 'conflict', version: result.current.version, theirs: { text: result.current.text ?? '' } };
}

export type ReorderResult =
  | { status: 'saved'; version: number }
  /** The plan changed since the list was shown: here it is as it is now. */
  | { status: 'stale'; version: number; plan: { id: number; text: string; mustAsk: boolean }[] };

/**
 * The whole plan in a new order, in one save (the reorder editor: drag, keyboard or Up/Down),
 * from the plan_version it was shown at. A plan changed since (another tab added or removed a
 * question) is refused with the plan as it is now. A move is a deliberate act, not a keystroke:
 * the page is revalidated each time.
 */
export async function reorderPlan(interviewId: number, baseVersion: number, ids: number[]): Promise<ReorderResult> {
  const viewer = await requireRole('student');
  const base = versionParam.safeParse(baseVersion);
  const order = planOrderSchema.safeParse(ids);
  const interview = ownInterviewOr404(viewer, interviewId);
  if (!base.success || !order.success) notFound();
  const saved = getDb().transaction((tx) => reorderPlanQuestions(tx, viewer, interview.id, base.data, order.data));
  // The page behind the editor (its plain list, the notes, the sheet) shows the new order.
  refresh(interview.id);
  if (saved.ok) return { status: 'saved', version: saved.version };
  const now = findInterviewForViewer(viewer, interview.id);
  if (!now) notFound();
  const plan = listPlanQuestionsForViewer(viewer, interview.id).map((q) => ({ id: q.id, text: q.text, mustAsk: q.mustAsk }));
  return { status: 'stale', version: now.planVersion, plan };
}
