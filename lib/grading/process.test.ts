import { describe, expect, it } from 'vitest';
import { evaluateProcessRule, suggestedLevelId, type ProcessFacts } from './process';

const HOUR = 3600_000;
const done = new Date('2026-11-10T18:00:00Z');
const complete = { research: true, questions: true, penAndPaper: true, scriptPractised: true, confirmed: true };

function facts(overrides: Partial<NonNullable<ProcessFacts['interview']>> = {}, rest: Partial<Omit<ProcessFacts, 'interview'>> = {}): ProcessFacts {
  return {
    interview: { status: 'completed', startsAt: new Date(done.getTime() - HOUR / 2), completedAt: done, thankYouSentAt: null, checklist: complete, ...overrides },
    referralsReceived: 0,
    questionsPlannedBefore: 3,
    ...rest,
  };
}

describe('thank-you within the seed’s 48 hours', () => {
  it('47 h after the interview is in time, and says so', () => {
    const e = evaluateProcessRule('thank-you-within-48h', facts({ thankYouSentAt: new Date(done.getTime() + 47 * HOUR) }));
    expect(e).toEqual({ met: true, reason: 'Thank-you sent 47 h after the interview (within 48 h).' });
  });

  it('49 h after is late, and says so', () => {
    const e = evaluateProcessRule('thank-you-within-48h', facts({ thankYouSentAt: new Date(done.getTime() + 49 * HOUR) }));
    expect(e).toEqual({ met: false, reason: 'Thank-you sent 49 h after the interview (more than 48 h).' });
  });

  it('exactly 48 h is overdue (the same rule as the reminders); a minute before is not', () => {
    expect(evaluateProcessRule('thank-you-within-48h', facts({ thankYouSentAt: new Date(done.getTime() + 48 * HOUR) })).met).toBe(false);
    expect(evaluateProcessRule('thank-you-within-48h', facts({ thankYouSentAt: new Date(done.getTime() + 48 * HOUR - 60_000) })).met).toBe(true);
  });

  it('31 h reads "31 h"; none sent is not met', () => {
    expect(evaluateProcessRule('thank-you-within-48h', facts({ thankYouSentAt: new Date(done.getTime() + 31 * HOUR + 20 * 60_000) })).reason).toBe('Thank-you sent 31 h after the interview (within 48 h).');
    expect(evaluateProcessRule('thank-you-within-48h', facts())).toEqual({ met: false, reason: 'No thank-you is recorded.' });
  });
});

describe('the other process rules', () => {
  it('held the interview', () => {
    expect(evaluateProcessRule('held-interview', facts()).met).toBe(true);
    expect(evaluateProcessRule('held-interview', facts({ status: 'scheduled', completedAt: null }))).toEqual({ met: false, reason: 'The interview is scheduled, not held.' });
    expect(evaluateProcessRule('held-interview', { interview: null, referralsReceived: 0, questionsPlannedBefore: 0 })).toEqual({ met: false, reason: 'The submission names no interview.' });
  });

  it('asked for and received a referral', () => {
    expect(evaluateProcessRule('referral-received', facts({}, { referralsReceived: 2 }))).toEqual({ met: true, reason: '2 referrals received in the interview.' });
    expect(evaluateProcessRule('referral-received', facts({}, { referralsReceived: 0 })).met).toBe(false);
  });

  it('prepared: checklist complete and questions planned before the interview', () => {
    expect(evaluateProcessRule('prepared', facts())).toEqual({ met: true, reason: 'Checklist 5 of 5; 3 questions planned before the interview.' });
    expect(evaluateProcessRule('prepared', facts({ checklist: { ...complete, confirmed: false } })).met).toBe(false);
    expect(evaluateProcessRule('prepared', facts({}, { questionsPlannedBefore: 0 }))).toEqual({ met: false, reason: 'Checklist 5 of 5; 0 questions planned before the interview.' });
  });
});

describe('pre-selection', () => {
  const levels = [
    { id: 11, points: 2 },
    { id: 12, points: 0 },
    { id: 13, points: 1 },
  ];
  it('picks the best level when met and the lowest when not, whatever their order', () => {
    expect(suggestedLevelId(levels, true)).toBe(11);
    expect(suggestedLevelId(levels, false)).toBe(12);
    expect(suggestedLevelId([], true)).toBeNull();
  });
});
