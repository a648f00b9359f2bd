import { describe, expect, it } from 'vitest';
import { daysLate } from '@/lib/submissions/rules';
import { finalPoints, latePenaltyPercent, percentOf, round2, rubricMaxPoints, rubricPoints, scoreProblem } from './scoring';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('rubric scoring', () => {
  it('adds the chosen levels (or typed points) and rounds to two decimals', () => {
    expect(rubricPoints([{ points: 4 }, { points: 2.5 }, { points: 0.333 }])).toBe(6.83);
    expect(rubricPoints([{ points: 4 }, null, undefined])).toBe(4);
    expect(rubricPoints([null, null])).toBeNull();
  });

  it('the most a rubric gives is the best level of every criterion', () => {
    expect(rubricMaxPoints([{ id: 1, levels: [{ id: 1, points: 0 }, { id: 2, points: 4 }] }, { id: 2, levels: [{ id: 3, points: 3 }, { id: 4, points: 1 }] }])).toBe(7);
    expect(rubricMaxPoints([])).toBe(0);
  });

  it('round2 keeps at most two decimals', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(10)).toBe(10);
    expect(percentOf(5, 10)).toBe(50);
    expect(percentOf(null, 10)).toBeNull();
  });
});

describe('the late penalty at its boundaries', () => {
  const due = { dueAt: new Date('2026-12-04T23:59:00Z'), closesAt: null, extensionDueAt: null };
  const policy = { latePenaltyPerDay: 10, latePenaltyFloor: 50 };

  it('on time (at the due instant) costs nothing; a millisecond after is a whole day', () => {
    expect(latePenaltyPercent(daysLate(due.dueAt, due), policy)).toBe(0);
    expect(latePenaltyPercent(daysLate(new Date(due.dueAt.getTime() + 1), due), policy)).toBe(10);
    expect(latePenaltyPercent(daysLate(new Date(due.dueAt.getTime() + DAY), due), policy)).toBe(10);
    expect(latePenaltyPercent(daysLate(new Date(due.dueAt.getTime() + DAY + 1), due), policy)).toBe(20);
  });

  it('never takes the score below the floor', () => {
    expect(latePenaltyPercent(5, policy)).toBe(50);
    expect(latePenaltyPercent(4, policy)).toBe(40);
    expect(latePenaltyPercent(30, policy)).toBe(50);
    expect(latePenaltyPercent(30, { latePenaltyPerDay: 10, latePenaltyFloor: null })).toBe(100);
  });

  it('no policy, no penalty; an extension moves the due date', () => {
    expect(latePenaltyPercent(3, { latePenaltyPerDay: null, latePenaltyFloor: 50 })).toBe(0);
    const extended = { ...due, extensionDueAt: new Date(due.dueAt.getTime() + 2 * DAY) };
    expect(daysLate(new Date(due.dueAt.getTime() + DAY), extended)).toBe(0);
  });

  it('the final score is the points less the penalty, or the override', () => {
    expect(finalPoints({ points: 9, latePenaltyPercent: 10, overridePoints: null })).toBe(8.1);
    expect(finalPoints({ points: 9, latePenaltyPercent: 0, overridePoints: 7.555 })).toBe(7.56);
    expect(finalPoints({ points: null, latePenaltyPercent: 10, overridePoints: null })).toBeNull();
  });
});

describe('score validation', () => {
  it('refuses NaN, infinities, negatives, and more than the maximum without extra credit', () => {
    expect(scoreProblem(Number.NaN, 10, false)).toMatch(/number/);
    expect(scoreProblem(Number.POSITIVE_INFINITY, 10, true)).toMatch(/number/);
    expect(scoreProblem(-0.01, 10, true)).toMatch(/negative/);
    expect(scoreProblem(10.01, 10, false)).toMatch(/At most 10/);
    expect(scoreProblem(10, 10, false)).toBeNull();
    expect(scoreProblem(0, 10, false)).toBeNull();
    expect(scoreProblem(12, 10, true)).toBeNull();
  });
});
