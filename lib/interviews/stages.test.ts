import { describe, expect, it } from 'vitest';
import { canCancel, completedAtForPast, completesBeforeStart, currentStage, statusToSave } from './stages';

const now = new Date('2026-03-10T18:00:00Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('currentStage', () => {
  it('opens on Prepare until an hour before the start, then Talk until completed, then Follow up', () => {
    expect(currentStage({ status: 'planned', startsAt: null }, now)).toBe('prepare');
    expect(currentStage({ status: 'scheduled', startsAt: at(24 * 60) }, now)).toBe('prepare');
    expect(currentStage({ status: 'scheduled', startsAt: at(61) }, now)).toBe('prepare');
    expect(currentStage({ status: 'scheduled', startsAt: at(60) }, now)).toBe('talk');
    expect(currentStage({ status: 'scheduled', startsAt: at(-45) }, now)).toBe('talk');
    // A planned interview with a past date has happened or is happening: take notes.
    expect(currentStage({ status: 'planned', startsAt: at(-24 * 60) }, now)).toBe('talk');
    expect(currentStage({ status: 'completed', startsAt: at(-60) }, now)).toBe('follow-up');
    expect(currentStage({ status: 'cancelled', startsAt: at(-60) }, now)).toBe('prepare');
  });
});

describe('interviews as they really happen', () => {
  it('a new interview without a time is planned, not scheduled', () => {
    expect(statusToSave('scheduled', null)).toBe('planned');
    expect(statusToSave('scheduled', at(60))).toBe('scheduled');
    expect(statusToSave('planned', at(60))).toBe('planned');
    expect(statusToSave('completed', at(-60))).toBe('completed');
  });

  it('one entered afterwards ended when its time was up, never in the future', () => {
    expect(completedAtForPast(at(-120), 30, now)).toEqual(at(-90));
    expect(completedAtForPast(at(-10), 30, now)).toEqual(now);
  });

  it('completing before the start asks first; cancel only before it happened', () => {
    expect(completesBeforeStart(at(30), now)).toBe(true);
    expect(completesBeforeStart(at(-30), now)).toBe(false);
    expect(completesBeforeStart(null, now)).toBe(false);
    expect(canCancel('planned')).toBe(true);
    expect(canCancel('scheduled')).toBe(true);
    expect(canCancel('completed')).toBe(false);
    expect(canCancel('cancelled')).toBe(false);
  });
});
