/**
 * Pure rules for reflection assignments and their submissions: when work is due for one
 * student, when it is late, when it can no longer be handed in, and whether every question is
 * answered. Every function takes `now` (or the instant in question) as a parameter.
 */
import { nextSubmissionStatus, type SubmissionStatus } from './vocabulary';

export type DueInput = {
  dueAt: Date;
  closesAt: Date | null;
  /** The student's own due date, when they were given an extension. */
  extensionDueAt: Date | null;
};

/** The student's due date: their extension when they have one, else the assignment's. */
export function effectiveDueAt(due: DueInput): Date {
  return due.extensionDueAt ?? due.dueAt;
}

/** On time means at or before the due instant; one millisecond after is late. */
export function isLate(submittedAt: Date, due: DueInput): boolean {
  return submittedAt.getTime() > effectiveDueAt(due).getTime();
}

/**
 * No more submits after the assignment closes, except for a student whose extension runs past
 * the close (their extension is the promise that counts). Closing is inclusive like the due date:
 * a submit at the closing instant is still accepted.
 */
export function isClosedFor(now: Date, due: DueInput): boolean {
  if (!due.closesAt) return false;
  const lastChance = Math.max(due.closesAt.getTime(), due.extensionDueAt?.getTime() ?? 0);
  return now.getTime() > lastChance;
}

/** Whole days late, rounded up (a minute late is one day late); 0 when on time. */
export function daysLate(submittedAt: Date, due: DueInput): number {
  const ms = submittedAt.getTime() - effectiveDueAt(due).getTime();
  return ms <= 0 ? 0 : Math.ceil(ms / (24 * 60 * 60 * 1000));
}

/** Submits still open to a student after a return: the first submit is not a resubmission. */
export function resubmissionsLeft(attempt: number, resubmissionsAllowed: number): number {
  return Math.max(0, resubmissionsAllowed - Math.max(0, attempt - 1));
}

export type SubmitRefusal = 'not-allowed' | 'closed' | 'unanswered' | 'no-resubmissions' | 'interview-required';

export type SubmitCheck = {
  status: SubmissionStatus;
  attempt: number;
  resubmissionsAllowed: number;
  requiresInterview: boolean;
  interviewId: number | null;
  unanswered: number;
  due: DueInput;
};

/** Why a submit must be refused now, or null when it may go ahead. */
export function submitRefusal(s: SubmitCheck, now: Date): SubmitRefusal | null {
  if (nextSubmissionStatus(s.status, 'submit') === null) return 'not-allowed';
  if (s.status === 'returned' && resubmissionsLeft(s.attempt, s.resubmissionsAllowed) === 0) return 'no-resubmissions';
  if (isClosedFor(now, s.due)) return 'closed';
  if (s.requiresInterview && s.interviewId === null) return 'interview-required';
  if (s.unanswered > 0) return 'unanswered';
  return null;
}

/** The questions (by id) left without a non-blank answer, in the order asked. */
export function unansweredQuestionIds(questionIds: readonly number[], answers: ReadonlyMap<number, string> | Record<number, string>): number[] {
  const get = (id: number) => (answers instanceof Map ? answers.get(id) : (answers as Record<number, string>)[id]);
  return questionIds.filter((id) => !(get(id) ?? '').trim());
}

/** "4 of 10 answered". */
export function answeredSummary(answered: number, total: number): string {
  return `${answered} of ${total} answered`;
}
