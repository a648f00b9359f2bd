/**
 * Pure rules behind reminders and the student's "next actions" list. Every function takes
 * the current time as a parameter so the same inputs always give the same answer (and
 * tests can stand exactly on a boundary).
 */

import {
  CHECKLIST_ITEMS,
  DAY_MS,
  isOpenInterviewStatus,
  PREPARATION_WINDOW_MS,
  THANK_YOU_OVERDUE_AFTER_MS,
  type Checklist,
  type ChecklistKey,
  type InterviewStatus,
  type ThankYouState,
} from './vocabulary';
import { EMAIL_FOLLOW_UP_AFTER_MS, UNANSWERED_OUTCOMES } from '@/lib/outreach/vocabulary';
import { answeredSummary, effectiveDueAt, isClosedFor, resubmissionsLeft } from '@/lib/submissions/rules';
import type { SubmissionStatus } from '@/lib/submissions/vocabulary';
import { endSentence } from '@/lib/text/sentence';
import { dateTimeFormat } from '@/lib/time';
import { plural } from '@/lib/text/counts';

export function checklistProgress(checklist: Checklist): { done: number; total: number; nextItem: ChecklistKey | null } {
  const undone = CHECKLIST_ITEMS.filter((item) => checklist[item.key] !== true);
  return {
    done: CHECKLIST_ITEMS.length - undone.length,
    total: CHECKLIST_ITEMS.length,
    nextItem: undone[0]?.key ?? null,
  };
}

export function isChecklistComplete(checklist: Checklist): boolean {
  return CHECKLIST_ITEMS.every((item) => checklist[item.key] === true);
}

export function checklistLabel(key: ChecklistKey): string {
  return CHECKLIST_ITEMS.find((item) => item.key === key)?.label ?? key;
}

// ---------------------------------------------------------------------------------------
// Thank-you

export type ThankYouInput = {
  status: InterviewStatus;
  completedAt: Date | null;
  thankYouSentAt: Date | null;
};

/** Overdue from exactly 48 h after completion (inclusive) while no thank-you is recorded. */
export function isThankYouOverdue(i: ThankYouInput, now: Date): boolean {
  return thankYouState(i, now) === 'overdue';
}

export function thankYouState(i: ThankYouInput, now: Date): ThankYouState {
  if (i.status !== 'completed') return 'not-applicable';
  if (i.thankYouSentAt) return 'sent';
  // Without a completion time we cannot tell how late it is, only that it is owed.
  if (!i.completedAt) return 'due';
  return now.getTime() - i.completedAt.getTime() >= THANK_YOU_OVERDUE_AFTER_MS ? 'overdue' : 'due';
}

export function thankYouOverdueAt(completedAt: Date): Date {
  return new Date(completedAt.getTime() + THANK_YOU_OVERDUE_AFTER_MS);
}

/**
 * Whether the thank-you went out within the seed's 48 hours of completion: sent before it would
 * have become overdue. Null when that cannot be told (not sent, or no completion time).
 */
export function thankYouSentInTime(i: Pick<ThankYouInput, 'completedAt' | 'thankYouSentAt'>): boolean | null {
  if (!i.completedAt || !i.thankYouSentAt) return null;
  return !isThankYouOverdue({ status: 'completed', completedAt: i.completedAt, thankYouSentAt: null }, i.thankYouSentAt);
}

// ---------------------------------------------------------------------------------------
// E-mail follow-up

export type FollowUpInput = {
  channel: string;
  outcome: string;
  attemptedAt: Date;
  hasLaterAttempt: boolean;
};

/** Due from exactly 72 h after an unanswered e-mail, unless the contact was tried again since. */
export function needsPhoneFollowUp(a: FollowUpInput, now: Date): boolean {
  return (
    a.channel === 'email' &&
    (UNANSWERED_OUTCOMES as readonly string[]).includes(a.outcome) &&
    !a.hasLaterAttempt &&
    now.getTime() - a.attemptedAt.getTime() >= EMAIL_FOLLOW_UP_AFTER_MS
  );
}

export function phoneFollowUpDueAt(attemptedAt: Date): Date {
  return new Date(attemptedAt.getTime() + EMAIL_FOLLOW_UP_AFTER_MS);
}

// ---------------------------------------------------------------------------------------
// Preparation

export type PreparationInput = {
  status: InterviewStatus;
  startsAt: Date | null;
  checklist: Checklist;
};

/**
 * An upcoming interview (start strictly after now, at most 7 days away) whose checklist is
 * not complete. Past interviews no longer need preparing, so they are excluded.
 */
export function isPreparationIncomplete(i: PreparationInput, now: Date): boolean {
  if (!isOpenInterviewStatus(i.status)) return false;
  if (!i.startsAt) return false;
  const until = i.startsAt.getTime() - now.getTime();
  return until > 0 && until <= PREPARATION_WINDOW_MS && !isChecklistComplete(i.checklist);
}

// ---------------------------------------------------------------------------------------
// Next actions

export type NextActionKind =
  | 'record-interview'
  | 'schedule-interview'
  | 'set-interview-time'
  | 'prepare-interview'
  | 'interview-ahead'
  | 'follow-up-email'
  | 'await-reply'
  | 'try-again'
  | 'thank-you-overdue'
  | 'thank-you-due'
  | 'reflect'
  | 'reach-contact'
  | 'assignment-returned'
  | 'assignment-due';

export type NextAction = {
  kind: NextActionKind;
  title: string;
  detail: string;
  href: string;
  dueAt: Date | null;
  urgency: number;
};

/** Higher is more urgent; the order of the student's home page. */
export const NEXT_ACTION_URGENCY: Readonly<Record<NextActionKind, number>> = {
  'thank-you-overdue': 600,
  'follow-up-email': 500,
  // The time has passed: until it is marked completed, its thank-you and reflection wait.
  'record-interview': 480,
  // They said yes: a reply while they remember saying it.
  'schedule-interview': 470,
  'assignment-returned': 450,
  'prepare-interview': 400,
  'set-interview-time': 380,
  'assignment-due': 350,
  'thank-you-due': 300,
  reflect: 200,
  'try-again': 150,
  'reach-contact': 100,
  'await-reply': 60,
  'interview-ahead': 50,
};

/** Kinds with a deadline that rank higher once it has passed, and how high. */
const URGENCY_PAST_DUE: Partial<Record<NextActionKind, number>> = {
  'thank-you-due': NEXT_ACTION_URGENCY['thank-you-overdue'],
  'assignment-due': 550,
};

/** Whether an action's deadline has passed (an assignment not handed in, a thank-you not sent). */
export function isPastDue(a: Pick<NextAction, 'kind' | 'dueAt'>, now: Date): boolean {
  if (a.kind === 'thank-you-overdue') return true;
  return a.kind in URGENCY_PAST_DUE && a.dueAt !== null && a.dueAt.getTime() <= now.getTime();
}

/**
 * Most urgent first, by kind; within a kind by dueAt (earliest first, undated last), then
 * title. `now` guards against a stale list: a "thank-you due" whose deadline has passed
 * ranks with the overdue ones, even if it was built before the deadline.
 */
export function rankNextActions(actions: readonly NextAction[], now: Date): NextAction[] {
  const rank = (a: NextAction): number => (isPastDue(a, now) ? (URGENCY_PAST_DUE[a.kind] ?? NEXT_ACTION_URGENCY[a.kind]) : NEXT_ACTION_URGENCY[a.kind]);
  return actions
    .map((action, index) => ({ action, index, rank: rank(action) }))
    .sort((x, y) => {
      if (x.rank !== y.rank) return y.rank - x.rank;
      const dx = x.action.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
      const dy = y.action.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
      if (dx !== dy) return dx < dy ? -1 : 1;
      const byTitle = x.action.title.localeCompare(y.action.title);
      return byTitle !== 0 ? byTitle : x.index - y.index;
    })
    .map((x) => x.action);
}

export type NextActionInterview = {
  id: number;
  contactName: string;
  status: InterviewStatus;
  startsAt: Date | null;
  completedAt: Date | null;
  checklist: Checklist;
  thankYouSentAt: Date | null;
  hasReflection: boolean;
  /** How many of the reflection's questions are answered, of how many ("4 of 10 answered"). */
  reflectionAnswered?: number;
  reflectionTotal?: number;
};

export type NextActionEmailAttempt = {
  contactId: number;
  contactName: string;
  attemptedAt: Date;
  outcome: string;
  hasLaterAttempt: boolean;
};

export type NextActionContact = { id: number; name: string; createdAt: Date };

/** A contact tried at least once and with no interview (but a cancelled one): their latest attempt. */
export type NextActionContactProgress = {
  contactId: number;
  contactName: string;
  channel: string;
  outcome: string;
  attemptedAt: Date;
};

/** A published assignment of the student's, with where they stand on it. */
export type NextActionAssignment = {
  id: number;
  title: string;
  /** The section's zone: due dates are said in it. */
  timeZone: string;
  dueAt: Date;
  closesAt: Date | null;
  extensionDueAt: Date | null;
  /** Null: never opened. */
  status: SubmissionStatus | null;
  answered: number;
  questionCount: number;
  attempt: number;
  resubmissionsAllowed: number;
};

export type NextActionsInput = {
  interviews: NextActionInterview[];
  emailAttempts: NextActionEmailAttempt[];
  contactsNeverReached: NextActionContact[];
  /** Contacts reached out to and not yet interviewed, with where the approach stands. */
  contactsInProgress?: NextActionContactProgress[];
  assignments?: NextActionAssignment[];
};

function displayName(name: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  return n.length > 0 ? n : 'your contact';
}

/** "Research done — I know…" → "research done — I know…": only the first letter, so "I" stays "I". */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}


/** Whole days elapsed (floored), never negative. */
function daysSince(then: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - then.getTime()) / DAY_MS));
}

/** Calendar date in a time zone as a UTC day number, for "today"/"tomorrow" comparisons. */
export function dayNumber(d: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(d)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return Math.round(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) / DAY_MS);
}

/** A bad zone from a user's settings must not break their home page: fall back to UTC. */
export function safeTimeZone(timeZone: string): string {
  try {
    dateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/**
 * "today's", "tomorrow's", "Tuesday's", or "next Tuesday's" when it falls on today's
 * weekday a week ahead, in the student's time zone.
 */
export function relativeDayPossessive(when: Date, now: Date, zone: string): string {
  const timeZone = safeTimeZone(zone);
  const diff = dayNumber(when, timeZone) - dayNumber(now, timeZone);
  if (diff === 0) return "today's";
  if (diff === 1) return "tomorrow's";
  const weekday = dateTimeFormat('en-GB', { weekday: 'long', timeZone }).format(when);
  return diff >= 7 ? `next ${weekday}'s` : `${weekday}'s`;
}

/**
 * "today at 11:59 p.m.", "tomorrow at 9:00 a.m.", "Friday at 5:00 p.m." (within the week ahead),
 * "yesterday at …", otherwise "Fri, Dec 4 at …": a due date as a person says it, in `zone`.
 */
export function dueWording(when: Date, now: Date, zone: string): string {
  const timeZone = safeTimeZone(zone);
  const diff = dayNumber(when, timeZone) - dayNumber(now, timeZone);
  const time = dateTimeFormat('en-CA', { hour: 'numeric', minute: '2-digit', timeZone }).format(when);
  const day =
    diff === 0
      ? 'today'
      : diff === 1
        ? 'tomorrow'
        : diff === -1
          ? 'yesterday'
          : diff > 1 && diff < 7
            ? dateTimeFormat('en-CA', { weekday: 'long', timeZone }).format(when)
            : dateTimeFormat('en-CA', { weekday: 'short', month: 'short', day: 'numeric', timeZone }).format(when);
  return `${day} at ${time}`;
}

/** "today at 3:30 p.m.", "on Friday at 3:30 p.m.", "on Fri, Dec 4 at 3:30 p.m.": dueWording after a verb. */
function onWording(when: Date, now: Date, zone: string): string {
  const words = dueWording(when, now, zone);
  return /^(today|tomorrow|yesterday) /.test(words) ? words : `on ${words}`;
}

/**
 * Turn plain rows into next actions, already ranked. Cancelled interviews never produce
 * anything. `timeZone` is the student's IANA zone, used only for weekday wording.
 */
export function nextActionsFor(input: NextActionsInput, now: Date, timeZone = 'UTC'): NextAction[] {
  const actions: NextAction[] = [];
  const make = (kind: NextActionKind, a: Omit<NextAction, 'kind' | 'urgency'>): NextAction => ({
    kind,
    ...a,
    urgency: NEXT_ACTION_URGENCY[kind],
  });

  for (const i of input.interviews) {
    if (i.status === 'cancelled') continue;
    const name = displayName(i.contactName);

    if (i.status === 'completed') {
      const state = thankYouState(i, now);
      const dueAt = i.completedAt ? thankYouOverdueAt(i.completedAt) : null;
      if (state === 'overdue' && i.completedAt) {
        actions.push(
          make('thank-you-overdue', {
            title: `Thank ${name} \u2014 it's been ${plural(daysSince(i.completedAt, now), 'day', 'days')}`,
            detail: 'Always send a thank-you after an information interview: an e-mail today, or better yet a card.',
            href: `/interviews/${i.id}#thank-you`,
            dueAt,
          }),
        );
      } else if (state === 'due') {
        actions.push(
          make('thank-you-due', {
            title: `Send a thank-you to ${name}`,
            detail: 'Mention what you found particularly interesting or helpful.',
            href: `/interviews/${i.id}#thank-you`,
            dueAt,
          }),
        );
      }
      if (!i.hasReflection) {
        // Started but not finished still counts as owed, and says how far it got.
        const started = i.reflectionAnswered && i.reflectionTotal ? `${answeredSummary(i.reflectionAnswered, i.reflectionTotal)}. ` : '';
        actions.push(
          make('reflect', {
            title: `Reflect on your interview with ${name}`,
            detail: `${started}Answer the post-interview questions in writing while it is fresh.`,
            href: `/interviews/${i.id}#reflection`,
            dueAt: null,
          }),
        );
      }
      continue;
    }

    // Open from here on: planned or scheduled.
    const href = `/interviews/${i.id}`;
    if (!i.startsAt) {
      actions.push(
        make('set-interview-time', {
          title: `Set a time for your interview with ${name}`,
          detail: 'Twenty to thirty minutes, at their convenience; in person if you can. Then put the date here.',
          href,
          dueAt: null,
        }),
      );
      continue;
    }
    if (i.startsAt.getTime() <= now.getTime()) {
      actions.push(
        make('record-interview', {
          title: `How did your interview with ${name} go?`,
          detail: `${endSentence(`It was set for ${dueWording(i.startsAt, now, timeZone)}`)} Mark it completed and write down what you learned, or set a new time.`,
          href,
          dueAt: i.startsAt,
        }),
      );
      continue;
    }
    const progress = checklistProgress(i.checklist);
    const next = progress.nextItem ? ` Next: ${lowerFirst(checklistLabel(progress.nextItem))}.` : '';
    if (isPreparationIncomplete(i, now)) {
      actions.push(
        make('prepare-interview', {
          title: `Prepare for ${relativeDayPossessive(i.startsAt, now, timeZone)} interview with ${name}`,
          detail: `${progress.done} of ${progress.total} checklist items done.${next}`,
          href,
          dueAt: i.startsAt,
        }),
      );
    } else {
      // Prepared already, or more than a week away: a quiet reminder that it is coming.
      actions.push(
        make('interview-ahead', {
          title: `Interview with ${name} ${onWording(i.startsAt, now, timeZone)}`,
          detail: progress.nextItem
            ? `${progress.done} of ${progress.total} checklist items done.${next}`
            : 'You are prepared. Be on time, dress as people dress in that workplace, and keep to the twenty to thirty minutes you asked for.',
          href,
          dueAt: i.startsAt,
        }),
      );
    }
  }

  // One reminder per contact, for the latest unanswered e-mail.
  const latestByContact = new Map<number, NextActionEmailAttempt>();
  const followUp = (a: NextActionEmailAttempt) => {
    if (!needsPhoneFollowUp({ channel: 'email', ...a }, now)) return;
    const seen = latestByContact.get(a.contactId);
    if (!seen || a.attemptedAt.getTime() > seen.attemptedAt.getTime()) latestByContact.set(a.contactId, a);
  };
  for (const a of input.emailAttempts) followUp(a);

  for (const c of input.contactsInProgress ?? []) {
    const name = displayName(c.contactName);
    const href = `/contacts/${c.contactId}`;
    const when = onWording(c.attemptedAt, now, timeZone);
    const unanswered = (UNANSWERED_OUTCOMES as readonly string[]).includes(c.outcome);
    if (c.outcome === 'agreed') {
      actions.push(
        make('schedule-interview', {
          title: `Schedule the interview with ${name}`,
          detail: `${endSentence(`${name} agreed to talk ${when}`)} Settle a time at their convenience, twenty to thirty minutes, and plan your questions.`,
          href: `/interviews/new?contact=${c.contactId}`,
          dueAt: null,
        }),
      );
    } else if (c.channel === 'email' && unanswered) {
      if (needsPhoneFollowUp({ ...c, hasLaterAttempt: false }, now)) {
        followUp({ ...c, hasLaterAttempt: false });
      } else {
        const callFrom = phoneFollowUpDueAt(c.attemptedAt);
        actions.push(
          make('await-reply', {
            title: `Wait for ${name} to answer your e-mail`,
            detail: `If ${name} has not answered by ${dueWording(callFrom, now, timeZone)}, phone them: e-mails may not work without a call.`,
            href: `${href}#outreach`,
            dueAt: callFrom,
          }),
        );
      }
    } else if (unanswered || c.outcome === 'left-message') {
      const said =
        c.outcome === 'left-message'
          ? `You left a message ${when}`
          : c.outcome === 'no-answer'
            ? `No answer ${when}`
            : `You have waited for ${name} to get back to you since ${dueWording(c.attemptedAt, now, timeZone)}`;
      actions.push(
        make('try-again', {
          title: `Try ${name} again`,
          detail: `${endSentence(said)} Call at another time of day, and ask for them by first and last name.`,
          href: `${href}#outreach`,
          dueAt: null,
        }),
      );
    }
    // Declined: the approach is over (a suggested person is a new contact of their own).
  }
  for (const a of latestByContact.values()) {
    const days = daysSince(a.attemptedAt, now);
    actions.push(
      make('follow-up-email', {
        title: `Follow up by phone with ${displayName(a.contactName)}`,
        detail: `You e-mailed ${plural(days, 'day', 'days')} ago and haven't heard back. A phone call works best.`,
        href: `/contacts/${a.contactId}#outreach`,
        dueAt: phoneFollowUpDueAt(a.attemptedAt),
      }),
    );
  }

  for (const a of input.assignments ?? []) {
    const due = { dueAt: a.dueAt, closesAt: a.closesAt, extensionDueAt: a.extensionDueAt };
    if (isClosedFor(now, due)) continue;
    const href = `/assignments/${a.id}`;
    if (a.status === 'returned') {
      if (resubmissionsLeft(a.attempt, a.resubmissionsAllowed) === 0) continue;
      actions.push(
        make('assignment-returned', {
          title: `Revise \u201c${a.title}\u201d: it came back with comments`,
          detail: 'Read the comments beside your answers, revise them, and submit again.',
          href,
          dueAt: null,
        }),
      );
    } else if (a.status === null || a.status === 'draft') {
      const dueAt = effectiveDueAt(due);
      const past = dueAt.getTime() <= now.getTime();
      const progress = a.answered > 0 ? `${answeredSummary(a.answered, a.questionCount)}.` : 'Not started yet.';
      actions.push(
        make('assignment-due', {
          title: `Reflection \u201c${a.title}\u201d ${past ? 'was due' : 'due'} ${dueWording(dueAt, now, a.timeZone)}`,
          detail: past ? `${progress} Late work is accepted${a.closesAt ? ` until ${dueWording(a.closesAt, now, a.timeZone)}` : ''}, marked late.` : progress,
          href,
          dueAt,
        }),
      );
    }
  }

  for (const c of input.contactsNeverReached) {
    actions.push(
      make('reach-contact', {
        title: `Reach out to ${displayName(c.name)}`,
        detail: 'Use your script: ask for information, not a job.',
        href: `/contacts/${c.id}`,
        dueAt: null,
      }),
    );
  }

  return rankNextActions(actions, now);
}
