'use server';

import { isOwnOccupation } from '@/db/queries/occupations';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { findContactForViewer, insertContact } from '@/db/queries/contacts';
import { appendPlanQuestions, deleteOwnInterview, findInterviewForViewer, insertInterview, listPlanQuestionsForViewer, movePlanQuestion, raiseCalendarSequence, removePlanQuestion, savePlanQuestionNotes, setPlanQuestionMustAsk, updateChecklist, updateInterview, type StudentInterviewDetail } from '@/db/queries/interviews';
import { findBankQuestion, insertOwnInterviewQuestion } from '@/db/queries/questions';
import { requireRole, type StudentViewer } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { failed, formObject, invalid, type ActionState } from '@/lib/forms';
import { idParam } from '@/lib/validation/common';
import { contactPersonSchema } from '@/lib/validation/contact';
import { isOpenInterviewStatus } from '@/lib/interviews/vocabulary';
import { bankQuestionsSchema, checklistSchema, completeSchema, createInterviewSchema, NOTE_FIELD, notesSchema, ownQuestionSchema, parseScheduleForm, scheduleSchema, thankYouSchema } from '@/lib/validation/interview';

/** The student's own interview by a bound id, or a 404 for anything else. */
function ownInterviewOr404(viewer: StudentViewer, interviewId: unknown): StudentInterviewDetail {
  const id = idParam.safeParse(interviewId);
  const interview = id.success ? findInterviewForViewer(viewer, id.data) : null;
  if (!interview) notFound();
  return interview;
}

function refresh(interviewId: number): void {
  revalidatePath(`/interviews/${interviewId}`);
  revalidatePath('/interviews');
  revalidatePath('/home');
}

export async function createInterview(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
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
  const id = getDb().transaction((tx) =>
    insertInterview(tx, viewer, { ...schedule, occupationId, contactId: contact.id, calendarUid: randomUUID() }),
  );
  refresh(id);
  redirect(`/interviews/${id}`);
}

export async function updateSchedule(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const now = await requestNow();
  const ctx = { timeZone: viewer.timeZone, now };
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
  // Calendars only replace their copy when SEQUENCE rises; a first time set is not a change.
  const moved =
    interview.startsAt !== null &&
    (startsAt?.getTime() !== interview.startsAt.getTime() || durationMinutes !== interview.durationMinutes);
  getDb().transaction((tx) => {
    updateInterview(tx, viewer, interview.id, { ...parsed.data, occupationId }, now);
    if (moved) raiseCalendarSequence(tx, viewer, interview.id);
  });
  refresh(interview.id);
  return { status: 'ok', message: moved ? 'Rescheduled. Download the calendar file again to update your calendar.' : 'Saved.' };
}

export async function completeInterview(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const now = await requestNow();
  const parsed = completeSchema({ timeZone: viewer.timeZone, now }).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const interview = ownInterviewOr404(viewer, interviewId);
  // Planned → completed too: an interview that happened before it was ever written down.
  if (!isOpenInterviewStatus(interview.status)) return failed('Only a planned or scheduled interview can be completed.');
  getDb().transaction((tx) => updateInterview(tx, viewer, interview.id, { status: 'completed', completedAt: parsed.data.completedAt ?? now }, now));
  refresh(interview.id);
  return { status: 'ok', message: 'Marked completed. Now send your thank-you.' };
}

export async function cancelInterview(interviewId: number, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireRole('student');
  const now = await requestNow();
  const interview = ownInterviewOr404(viewer, interviewId);
  if (interview.status === 'cancelled') return { status: 'ok', message: 'Already cancelled.' };
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
  const now = await requestNow();
  const parsed = checklistSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const interview = ownInterviewOr404(viewer, interviewId);
  const checklist = Object.fromEntries(parsed.data.items.map((k) => [k, true]));
  getDb().transaction((tx) => updateChecklist(tx, viewer, interview.id, checklist, now));
  refresh(interview.id);
  return { status: 'ok', message: 'Checklist saved.' };
}

export async function addBankQuestions(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
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

export async function saveNotes(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const now = await requestNow();
  const raw = formObject(form);
  const parsed = notesSchema(raw).safeParse(raw);
  if (!parsed.success) return invalid(parsed.error, form);
  const interview = ownInterviewOr404(viewer, interviewId);
  const planned = new Set(listPlanQuestionsForViewer(viewer, interview.id).map((q) => q.id));
  const { generalNotes, ...notes } = parsed.data as { generalNotes: string | null } & Record<string, string | null>;
  getDb().transaction((tx) => {
    updateInterview(tx, viewer, interview.id, { generalNotes }, now);
    for (const [field, text] of Object.entries(notes)) {
      const id = Number(NOTE_FIELD.exec(field)?.[1]);
      if (!planned.has(id)) continue;
      savePlanQuestionNotes(tx, viewer, interview.id, id, text, form.get(`interesting-${id}`) === 'on');
    }
  });
  refresh(interview.id);
  return { status: 'ok', message: 'Notes saved.' };
}

export async function addReferral(interviewId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
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
  const now = await requestNow();
  const parsed = thankYouSchema({ timeZone: viewer.timeZone, now }).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const interview = ownInterviewOr404(viewer, interviewId);
  if (interview.status !== 'completed') return failed('Mark the interview completed first.', form);
  getDb().transaction((tx) =>
    updateInterview(tx, viewer, interview.id, { thankYouChannel: parsed.data.channel, thankYouSentAt: parsed.data.sentOn, thankYouText: parsed.data.text }, now),
  );
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
