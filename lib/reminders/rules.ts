/**
 * Which reminders a student gets by e-mail, and when. Pure: every function takes `now` and the
 * student's time zone. "Today" and "tomorrow" are calendar days where the student is.
 *
 * - a thank-you due tomorrow: it becomes overdue (48 h after the interview) on tomorrow's date;
 * - a follow-up call due today: an unanswered e-mail turns into "call them" (72 h) on today's date;
 * - an interview tomorrow: a planned or scheduled interview starts on tomorrow's date.
 *
 * One digest a day at most, sent from 7 a.m. the student's time.
 */
import { dayNumber, phoneFollowUpDueAt, safeTimeZone, thankYouOverdueAt } from '@/lib/interviews/rules';
import { DAY_MS, isOpenInterviewStatus, type InterviewStatus } from '@/lib/interviews/vocabulary';
import { UNANSWERED_OUTCOMES } from '@/lib/outreach/vocabulary';
import { DIGEST_EARLIEST_HOUR, DIGEST_ORDER, type ReminderChoices } from './vocabulary';
import { dateTimeFormat } from '@/lib/time';

export * from './vocabulary';

/** The calendar date (YYYY-MM-DD) at this instant in the zone. */
export function localDay(at: Date, timeZone: string): string {
  return new Date(dayNumber(at, safeTimeZone(timeZone)) * DAY_MS).toISOString().slice(0, 10);
}

/** The hour (0–23) at this instant in the zone. */
export function localHour(at: Date, timeZone: string): number {
  const hour = dateTimeFormat('en-GB', { timeZone: safeTimeZone(timeZone), hour: '2-digit', hourCycle: 'h23' }).format(at);
  return Number(hour);
}

/** Days from today's date to the date of `when`, where the student is (0 today, 1 tomorrow). */
function daysAhead(when: Date, now: Date, timeZone: string): number {
  const zone = safeTimeZone(timeZone);
  return dayNumber(when, zone) - dayNumber(now, zone);
}

/** Time for today's digest: not yet looked at today, and past the morning hour. */
export function isDigestTime(now: Date, timeZone: string, checkedDay: string | null): boolean {
  return checkedDay !== localDay(now, timeZone) && localHour(now, timeZone) >= DIGEST_EARLIEST_HOUR;
}

export type ReminderInterview = {
  id: number;
  contactName: string;
  status: InterviewStatus;
  startsAt: Date | null;
  completedAt: Date | null;
  thankYouSentAt: Date | null;
};

export type ReminderEmailAttempt = {
  contactId: number;
  contactName: string;
  attemptedAt: Date;
  outcome: string;
  hasLaterAttempt: boolean;
};

export function thankYouDueTomorrow(i: ReminderInterview, now: Date, timeZone: string): boolean {
  if (i.status !== 'completed' || i.thankYouSentAt || !i.completedAt) return false;
  return daysAhead(thankYouOverdueAt(i.completedAt), now, timeZone) === 1;
}

export function followUpDueToday(a: ReminderEmailAttempt, now: Date, timeZone: string): boolean {
  if (!(UNANSWERED_OUTCOMES as readonly string[]).includes(a.outcome) || a.hasLaterAttempt) return false;
  return daysAhead(phoneFollowUpDueAt(a.attemptedAt), now, timeZone) === 0;
}

export function interviewTomorrow(i: ReminderInterview, now: Date, timeZone: string): boolean {
  if (!isOpenInterviewStatus(i.status) || !i.startsAt) return false;
  return daysAhead(i.startsAt, now, timeZone) === 1;
}

export type DigestItem =
  | { kind: 'interview'; interviewId: number; contactName: string; at: Date }
  | { kind: 'followUp'; contactId: number; contactName: string; at: Date }
  | { kind: 'thankYou'; interviewId: number; contactName: string; at: Date };

/** Today's reminders for the kinds the student chose, in digest order, earliest first within a kind. */
export function digestItems(
  choices: ReminderChoices,
  input: { interviews: ReminderInterview[]; emailAttempts: ReminderEmailAttempt[] },
  now: Date,
  timeZone: string,
): DigestItem[] {
  const items: DigestItem[] = [];
  for (const i of input.interviews) {
    if (choices.interview && interviewTomorrow(i, now, timeZone)) items.push({ kind: 'interview', interviewId: i.id, contactName: i.contactName, at: i.startsAt! });
    if (choices.thankYou && thankYouDueTomorrow(i, now, timeZone)) {
      items.push({ kind: 'thankYou', interviewId: i.id, contactName: i.contactName, at: thankYouOverdueAt(i.completedAt!) });
    }
  }
  if (choices.followUp) {
    // One reminder per contact, for the latest unanswered e-mail.
    const latest = new Map<number, ReminderEmailAttempt>();
    for (const a of input.emailAttempts) {
      const seen = latest.get(a.contactId);
      if (!seen || a.attemptedAt > seen.attemptedAt) latest.set(a.contactId, a);
    }
    for (const a of latest.values()) {
      if (followUpDueToday(a, now, timeZone)) items.push({ kind: 'followUp', contactId: a.contactId, contactName: a.contactName, at: phoneFollowUpDueAt(a.attemptedAt) });
    }
  }
  return items.sort((x, y) => DIGEST_ORDER.indexOf(x.kind) - DIGEST_ORDER.indexOf(y.kind) || x.at.getTime() - y.at.getTime());
}

/** The key that lets one digest per student per day into the outbox. */
export function digestDedupeKey(studentId: number, day: string): string {
  return `reminders:${studentId}:${day}`;
}
