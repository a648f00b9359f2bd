/**
 * The interview page's stages and the rules of an interview as it really happens. Pure and
 * dependency-free (server page, actions and client forms import it).
 *
 *   Prepare   — schedule, checklist, question plan, printable sheet
 *   Talk      — notes against each question, general notes, "Mark completed"
 *   Follow up — thank-you, referrals, reflection
 */

import { HOUR_MS, type InterviewStatus, type OpenInterviewStatus } from './vocabulary';

export const INTERVIEW_STAGES = ['prepare', 'talk', 'follow-up'] as const;
export type InterviewStage = (typeof INTERVIEW_STAGES)[number];

export const INTERVIEW_STAGE_LABELS: Readonly<Record<InterviewStage, string>> = {
  prepare: 'Prepare',
  talk: 'Talk',
  'follow-up': 'Follow up',
};

/** From this long before the start the page opens on Talk: the student is on their way. */
export const TALK_OPENS_BEFORE_MS = HOUR_MS;

/**
 * The stage the page opens on: Follow up once completed; Talk from an hour before the start (and
 * after it, until it is marked completed); otherwise Prepare (cancelled too: "Plan it again" is there).
 */
export function currentStage(i: { status: InterviewStatus; startsAt: Date | null }, now: Date): InterviewStage {
  if (i.status === 'completed') return 'follow-up';
  if (i.status === 'cancelled') return 'prepare';
  if (i.startsAt && now.getTime() >= i.startsAt.getTime() - TALK_OPENS_BEFORE_MS) return 'talk';
  return 'prepare';
}

/** What a new interview's form may say: planned, scheduled, or already happened. */
export type NewInterviewStatus = OpenInterviewStatus | 'completed';

/**
 * The status an interview is saved with: without a time it is planned, whatever was chosen (a
 * "scheduled" interview has a date and time agreed).
 */
export function statusToSave<S extends NewInterviewStatus>(chosen: S, startsAt: Date | null): S | 'planned' {
  return chosen === 'scheduled' && startsAt === null ? 'planned' : chosen;
}

/**
 * Marking an interview completed before its start time: allowed (it may have been moved earlier),
 * but only once the student has confirmed it.
 */
export function completesBeforeStart(startsAt: Date | null, completedAt: Date): boolean {
  return startsAt !== null && completedAt.getTime() < startsAt.getTime();
}

/** Cancel is offered for an interview still to happen, never after it happened. */
export function canCancel(status: InterviewStatus): boolean {
  return status === 'planned' || status === 'scheduled';
}

/** For an interview entered after it happened: it ended when its time was up (never in the future). */
export function completedAtForPast(startsAt: Date, durationMinutes: number, now: Date): Date {
  return new Date(Math.min(startsAt.getTime() + durationMinutes * 60_000, now.getTime()));
}
