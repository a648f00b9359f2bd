import { describe, expect, it } from 'vitest';
import { THANK_YOU_OVERDUE_AFTER_MS } from '@/lib/interviews/vocabulary';
import { EMAIL_FOLLOW_UP_AFTER_MS } from '@/lib/outreach/vocabulary';
import {
  digestDedupeKey,
  digestItems,
  followUpDueToday,
  interviewTomorrow,
  isDigestTime,
  localDay,
  localHour,
  thankYouDueTomorrow,
  type ReminderEmailAttempt,
  type ReminderInterview,
} from './rules';

const VAN = 'America/Vancouver'; // UTC-8 in December
// Tuesday 1 December 2026, 9:00 in Vancouver. Its day runs 08:00Z on the 1st to 08:00Z on the 2nd.
const NOW = new Date('2026-12-01T17:00:00Z');
const TODAY_START = new Date('2026-12-01T08:00:00Z');
const TOMORROW_START = new Date('2026-12-02T08:00:00Z');
const DAY_AFTER_START = new Date('2026-12-03T08:00:00Z');
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

const interview = (over: Partial<ReminderInterview>): ReminderInterview => ({
  id: 1,
  contactName: 'Ana Li',
  status: 'scheduled',
  startsAt: null,
  completedAt: null,
  thankYouSentAt: null,
  ...over,
});

/** Completed so that its thank-you falls overdue at `overdueAt`. */
const completedFor = (overdueAt: Date, over: Partial<ReminderInterview> = {}) =>
  interview({ status: 'completed', completedAt: ms(overdueAt, -THANK_YOU_OVERDUE_AFTER_MS), ...over });

const email = (dueAt: Date, over: Partial<ReminderEmailAttempt> = {}): ReminderEmailAttempt => ({
  contactId: 7,
  contactName: 'Ben Wu',
  attemptedAt: ms(dueAt, -EMAIL_FOLLOW_UP_AFTER_MS),
  outcome: 'awaiting-reply',
  hasLaterAttempt: false,
  ...over,
});

describe('days and hours where the student is', () => {
  it('reads the calendar day and hour in the zone, not in UTC', () => {
    expect(localDay(NOW, VAN)).toBe('2026-12-01');
    expect(localDay(ms(TOMORROW_START, -1), VAN)).toBe('2026-12-01');
    expect(localDay(TOMORROW_START, VAN)).toBe('2026-12-02');
    expect(localDay(NOW, 'Pacific/Auckland')).toBe('2026-12-02');
    expect(localHour(NOW, VAN)).toBe(9);
    expect(localHour(TODAY_START, VAN)).toBe(0);
  });

  it('falls back to UTC for a zone that does not exist', () => {
    expect(localDay(NOW, 'Mars/Olympus')).toBe('2026-12-01');
    expect(localHour(NOW, 'Mars/Olympus')).toBe(17);
  });

  it('sends the digest from 7 a.m., once a day', () => {
    const sevenAm = ms(TODAY_START, 7 * 3600_000);
    expect(isDigestTime(ms(sevenAm, -1), VAN, null)).toBe(false);
    expect(isDigestTime(sevenAm, VAN, null)).toBe(true);
    expect(isDigestTime(sevenAm, VAN, '2026-11-30')).toBe(true);
    expect(isDigestTime(sevenAm, VAN, '2026-12-01')).toBe(false);
    expect(isDigestTime(ms(TOMORROW_START, -1), VAN, null)).toBe(true);
  });
});

describe('a thank-you due tomorrow', () => {
  it('is one that falls overdue on any moment of tomorrow', () => {
    expect(thankYouDueTomorrow(completedFor(TOMORROW_START), NOW, VAN)).toBe(true);
    expect(thankYouDueTomorrow(completedFor(ms(DAY_AFTER_START, -1)), NOW, VAN)).toBe(true);
  });

  it('is not one overdue today or the day after', () => {
    expect(thankYouDueTomorrow(completedFor(ms(TOMORROW_START, -1)), NOW, VAN)).toBe(false);
    expect(thankYouDueTomorrow(completedFor(DAY_AFTER_START), NOW, VAN)).toBe(false);
  });

  it('is not one already sent, not one without a completion time, not an interview still to happen', () => {
    expect(thankYouDueTomorrow(completedFor(TOMORROW_START, { thankYouSentAt: NOW }), NOW, VAN)).toBe(false);
    expect(thankYouDueTomorrow(interview({ status: 'completed', completedAt: null }), NOW, VAN)).toBe(false);
    expect(thankYouDueTomorrow(completedFor(TOMORROW_START, { status: 'scheduled' }), NOW, VAN)).toBe(false);
  });
});

describe('a follow-up call due today', () => {
  it('is an unanswered e-mail that turns into "call them" at any moment of today', () => {
    expect(followUpDueToday(email(TODAY_START), NOW, VAN)).toBe(true);
    expect(followUpDueToday(email(ms(TOMORROW_START, -1)), NOW, VAN)).toBe(true);
    expect(followUpDueToday(email(NOW, { outcome: 'no-answer' }), NOW, VAN)).toBe(true);
  });

  it('is not one due yesterday or tomorrow', () => {
    expect(followUpDueToday(email(ms(TODAY_START, -1)), NOW, VAN)).toBe(false);
    expect(followUpDueToday(email(TOMORROW_START), NOW, VAN)).toBe(false);
  });

  it('is not one answered, or tried again since', () => {
    expect(followUpDueToday(email(NOW, { outcome: 'agreed' }), NOW, VAN)).toBe(false);
    expect(followUpDueToday(email(NOW, { hasLaterAttempt: true }), NOW, VAN)).toBe(false);
  });
});

describe('an interview tomorrow', () => {
  it('starts at any moment of tomorrow', () => {
    expect(interviewTomorrow(interview({ startsAt: TOMORROW_START }), NOW, VAN)).toBe(true);
    expect(interviewTomorrow(interview({ status: 'planned', startsAt: ms(DAY_AFTER_START, -1) }), NOW, VAN)).toBe(true);
  });

  it('does not start later today or the day after', () => {
    expect(interviewTomorrow(interview({ startsAt: ms(TOMORROW_START, -1) }), NOW, VAN)).toBe(false);
    expect(interviewTomorrow(interview({ startsAt: DAY_AFTER_START }), NOW, VAN)).toBe(false);
  });

  it('is not cancelled, done, or without a time', () => {
    expect(interviewTomorrow(interview({ status: 'cancelled', startsAt: TOMORROW_START }), NOW, VAN)).toBe(false);
    expect(interviewTomorrow(interview({ status: 'completed', startsAt: TOMORROW_START }), NOW, VAN)).toBe(false);
    expect(interviewTomorrow(interview({ startsAt: null }), NOW, VAN)).toBe(false);
  });

  it('depends on where the student is: tomorrow in Vancouver is today in Auckland', () => {
    const i = interview({ startsAt: ms(TOMORROW_START, 2 * 3600_000) }); // 2 a.m. on the 2nd in Vancouver, 11 p.m. on the 2nd in Auckland
    expect(interviewTomorrow(i, NOW, VAN)).toBe(true);
    expect(interviewTomorrow(i, NOW, 'Pacific/Auckland')).toBe(false);
  });
});

describe('the digest', () => {
  const input = {
    interviews: [
      completedFor(ms(TOMORROW_START, 5 * 3600_000), { id: 3, contactName: 'Cy Do' }),
      interview({ id: 2, contactName: 'Dee Ray', startsAt: ms(TOMORROW_START, 14 * 3600_000) }),
      interview({ id: 1, contactName: 'Ana Li', startsAt: ms(TOMORROW_START, 10 * 3600_000) }),
    ],
    emailAttempts: [email(ms(TODAY_START, 9 * 3600_000), { contactId: 7, contactName: 'Ben Wu' })],
  };
  const all = { thankYou: true, followUp: true, interview: true };

  it('holds everything due that the student chose: interviews first, earliest first, then calls, then thank-yous', () => {
    expect(digestItems(all, input, NOW, VAN).map((i) => `${i.kind}:${i.contactName}`)).toEqual([
      'interview:Ana Li',
      'interview:Dee Ray',
      'followUp:Ben Wu',
      'thankYou:Cy Do',
    ]);
  });

  it('leaves out the kinds the student did not choose', () => {
    expect(digestItems({ ...all, interview: false }, input, NOW, VAN).map((i) => i.kind)).toEqual(['followUp', 'thankYou']);
    expect(digestItems({ thankYou: false, followUp: false, interview: false }, input, NOW, VAN)).toEqual([]);
  });

  it('reminds once per contact, about the latest unanswered e-mail', () => {
    const twice = { interviews: [], emailAttempts: [email(ms(TODAY_START, -3600_000)), email(ms(TODAY_START, 3600_000))] };
    expect(digestItems(all, twice, NOW, VAN)).toHaveLength(1);
  });

  it('is keyed once per student per day', () => {
    expect(digestDedupeKey(42, '2026-12-01')).toBe('reminders:42:2026-12-01');
  });
});
