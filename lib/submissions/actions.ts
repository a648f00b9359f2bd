'use server';

import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { findAssignmentForViewer, type AssignmentDetail } from '@/db/queries/assignments';
import { logAudit } from '@/db/queries/audit';
import { notifySubmission } from '@/db/queries/notifications';
import { findInterviewForViewer, findInterviewStatusForViewer } from '@/db/queries/interviews';
import { ensureAssignmentSubmission, findEarlierAnswers, findSubmissionForViewer, listDraftAnswersForViewer, saveAnswers, submitAnswers } from '@/db/queries/submissions';
import { appUrl } from '@/lib/app-url';
import type { AutosaveResult, AutosaveValues } from '@/lib/autosave';
import { getViewerInRole, requireRole, type Viewer } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { formatDateTime } from '@/lib/time';
import { idParam } from '@/lib/validation/common';
import { versionParam } from '@/lib/validation/reflection';
import { assignmentChangesSchema } from '@/lib/validation/submission';
import { isClosedFor, isLate, submitRefusal, unansweredQuestionIds, type DueInput, type SubmitRefusal } from './rules';
import { answerField, INTERVIEW_FIELD, isAwaitingReview, questionIdOfField } from './vocabulary';

/*
 * The student's side of an assignment: answers saved as they are typed (the autosave contract of
 * lib/autosave.ts), the interview they are about, and the submit. Only the student writes their
 * answers; an assignment they cannot see (not published, not their section) is a 404.
 */

function dueOf(a: AssignmentDetail): DueInput {
  return { dueAt: a.dueAt, closesAt: a.closesAt, extensionDueAt: a.extension?.dueAt ?? null };
}

function visibleAssignmentOr404(viewer: Viewer, assignmentId: unknown): AssignmentDetail {
  const id = idParam.safeParse(assignmentId);
  const assignment = id.success ? findAssignmentForViewer(viewer, id.data) : null;
  if (!assignment) notFound();
  return assignment;
}

const closedMessage = (a: AssignmentDetail) =>
  `This assignment closed on ${formatDateTime(a.closesAt ?? a.dueAt, a.section.timeZone)}: it no longer accepts work.`;

/**
 * Autosave for an assignment's answers (and the interview they are about): only what changed,
 * from the version it was loaded from. Never redirects: an ended session answers 'signed-out'
 * and the browser keeps the text.
 */
export async function autosaveAssignmentAnswers(assignmentId: number, baseVersion: number, changes: AutosaveValues): Promise<AutosaveResult> {
  const viewer = await getViewerInRole('student');
  if (!viewer) return { status: 'signed-out' };
  const base = versionParam.safeParse(baseVersion);
  if (!base.success) notFound();
  const assignment = visibleAssignmentOr404(viewer, assignmentId);
  const parsed = assignmentChangesSchema(assignment.questions.map((q) => q.questionId)).safeParse(changes);
  if (!parsed.success) return { status: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  const now = await requestNow();
  if (isClosedFor(now, dueOf(assignment))) return { status: 'locked', message: closedMessage(assignment) };
  let interviewId: number | null | undefined;
  const chosen = parsed.data[INTERVIEW_FIELD];
  if (chosen !== undefined) {
    const interview = chosen === '' ? null : findInterviewStatusForViewer(viewer, Number(chosen));
    if (chosen !== '' && interview?.status !== 'completed') return { status: 'invalid', fieldErrors: { [INTERVIEW_FIELD]: ['Choose one of your completed interviews.'] } };
    interviewId = interview?.id ?? null;
  }
  const answers = Object.entries(parsed.data)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && questionIdOfField(e[0]) !== null)
    .map(([field, text]) => ({ questionId: questionIdOfField(field)!, text }));
  const { result, submissionId } = getDb().transaction((tx) => {
    const submissionId = ensureAssignmentSubmission(tx, viewer, assignment.id, assignment.sectionId, now);
    return { submissionId, result: saveAnswers(tx, viewer, submissionId, base.data, answers, now, interviewId) };
  });
  switch (result.status) {
    case 'saved':
      return { status: 'saved', version: result.version, savedAt: result.savedAt.toISOString() };
    case 'conflict': {
      const theirs: AutosaveValues = Object.fromEntries(Object.entries(result.answers).map(([q, t]) => [answerField(Number(q)), t]));
      if (chosen !== undefined) theirs[INTERVIEW_FIELD] = String(findSubmissionForViewer(viewer, submissionId)?.interviewId ?? '');
      return { status: 'conflict', version: result.version, theirs };
    }
    case 'locked':
      return {
        status: 'locked',
        message: isAwaitingReview(result.submissionStatus) ? 'Not saved: this was submitted (in another tab?). Reload the page to see it.' : 'Not saved: this can no longer be changed.',
      };
  }
}

/**
 * What the student already wrote about this interview to this assignment's questions (their
 * personal reflection, another assignment), keyed by answer field: picking the interview
 * fills the answers still empty with it.
 */
export async function earlierAnswersForAssignment(assignmentId: number, interviewId: number): Promise<AutosaveValues> {
  const viewer = await getViewerInRole('student');
  if (!viewer) return {};
  const assignment = visibleAssignmentOr404(viewer, assignmentId);
  const id = idParam.safeParse(interviewId);
  const interview = id.success ? findInterviewForViewer(viewer, id.data) : null;
  if (!interview || interview.status !== 'completed') notFound();
  const earlier = findEarlierAnswers(
    viewer,
    interview.id,
    assignment.questions.map((q) => q.questionId),
  );
  return Object.fromEntries(Object.entries(earlier).map(([q, t]) => [answerField(Number(q)), t]));
}

export type SubmitState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  /** A message per unanswered question (by answer field), or for the interview. */
  fieldErrors?: Record<string, string[]>;
};

/**
 * Hands the answers in as they are stored at `baseVersion` (the page flushes its autosave
 * first): every question answered, the interview chosen when one is required, before the
 * assignment closes (late after the due date, and marked so). Each submit is kept as a version;
 * the same submit arriving twice (a double click) counts once.
 */
export async function submitAssignment(assignmentId: number, baseVersion: number): Promise<SubmitState> {
  const viewer = await requireRole('student');
  const base = versionParam.safeParse(baseVersion);
  if (!base.success) notFound();
  const assignment = visibleAssignmentOr404(viewer, assignmentId);
  const now = await requestNow();
  const due = dueOf(assignment);
  const questionIds = assignment.questions.map((q) => q.questionId);
  const baseUrl = await appUrl();
  const outcome = getDb().transaction((tx) => {
    const submissionId = ensureAssignmentSubmission(tx, viewer, assignment.id, assignment.sectionId, now);
    const current = findSubmissionForViewer(viewer, submissionId)!;
    // The same click twice: the first one submitted (and raised the version); this one has nothing to add.
    if (isAwaitingReview(current.status) && current.version > base.data) return { kind: 'already' as const };
    if (current.version !== base.data) return { kind: 'conflict' as const };
    const answers = listDraftAnswersForViewer(viewer, submissionId);
    const unanswered = unansweredQuestionIds(questionIds, answers);
    const refusal = submitRefusal(
      {
        status: current.status,
        attempt: current.attempt,
        resubmissionsAllowed: assignment.resubmissionsAllowed,
        requiresInterview: assignment.requiresInterview,
        interviewId: current.interviewId,
        unanswered: unanswered.length,
        due,
      },
      now,
    );
    if (refusal) return { kind: 'refused' as const, refusal, unanswered };
    const late = isLate(now, due);
    const result = submitAnswers(
      tx,
      viewer,
      submissionId,
      base.data,
      { interviewId: current.interviewId, late, answers: assignment.questions.map((q) => ({ questionId: q.questionId, question: q.text, answer: answers[q.questionId] ?? '' })) },
      now,
    );
    if (result.status === 'submitted') {
      logAudit(
        {
          actorId: viewer.id,
          action: result.newStatus === 'resubmitted' ? 'SUBMISSION_RESUBMITTED' : 'SUBMISSION_SUBMITTED',
          subjectType: 'submission',
          subjectId: submissionId,
          details: { assignmentId: assignment.id, from: current.status, to: result.newStatus, number: result.number, late },
        },
        tx,
      );
      // The section's counsellors are told (in the app and by e-mail), in this transaction.
      notifySubmission(tx, submissionId, result.newStatus === 'resubmitted' ? 'resubmitted' : 'submitted', baseUrl);
    }
    return { kind: 'result' as const, result, late };
  });
  revalidatePath(`/assignments/${assignment.id}`);
  revalidatePath('/assignments');
  revalidatePath('/home');
  if (outcome.kind === 'already') return { status: 'ok', message: 'Submitted.' };
  if (outcome.kind === 'refused') return refusalState(outcome.refusal, outcome.unanswered, questionIds.length, assignment);
  if (outcome.kind === 'conflict' || outcome.result.status === 'conflict') return { status: 'error', message: CHANGED_ELSEWHERE };
  return { status: 'ok', message: outcome.late ? 'Submitted, after the due date: it is marked late.' : 'Submitted.' };
}

const CHANGED_ELSEWHERE = 'This was changed elsewhere (another tab or device) since you opened it, so nothing was submitted. Reload the page to see the latest text, then submit.';

function refusalState(refusal: SubmitRefusal, unanswered: number[], total: number, assignment: AssignmentDetail): SubmitState {
  switch (refusal) {
    case 'unanswered':
      return {
        status: 'error',
        message: `Answer every question before submitting: ${unanswered.length} of ${total} ${unanswered.length === 1 ? 'is' : 'are'} not answered yet.`,
        fieldErrors: Object.fromEntries(unanswered.map((id) => [answerField(id), ['Answer this question before submitting.']])),
      };
    case 'interview-required':
      return {
        status: 'error',
        message: 'Choose the interview your answers are about before submitting.',
        fieldErrors: { [INTERVIEW_FIELD]: ['Choose one of your completed interviews.'] },
      };
    case 'closed':
      return { status: 'error', message: closedMessage(assignment) };
    case 'no-resubmissions':
      return { status: 'error', message: 'No resubmissions are left for this assignment.' };
    case 'not-allowed':
      return { status: 'error', message: 'This has already been submitted.' };
  }
}
