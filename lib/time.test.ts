import { describe, expect, it } from 'vitest';
import { dateTimeFormat, formatDate, fromLocalInputValue, toLocalInputValue } from './time';

describe('local date-time values', () => {
  it('reads wall-clock time in the viewer’s zone as an instant, and back', () => {
    const d = fromLocalInputValue('2026-12-01T14:30', 'America/Vancouver')!;
    expect(d.toISOString()).toBe('2026-12-01T22:30:00.000Z');
    expect(toLocalInputValue(d, 'America/Vancouver')).toBe('2026-12-01T14:30');
    expect(toLocalInputValue(d, 'Europe/Paris')).toBe('2026-12-01T23:30');
  });

  it('follows daylight saving', () => {
    expect(fromLocalInputValue('2026-07-01T09:00', 'America/Vancouver')!.toISOString()).toBe('2026-07-01T16:00:00.000Z');
  });

  it('refuses malformed and impossible dates', () => {
    for (const bad of ['', 'tomorrow', '2026-02-31T10:00', '2026-13-01T10:00', '2026-12-01T25:00']) {
      expect(fromLocalInputValue(bad, 'UTC')).toBeNull();
    }
  });
});

describe('dateTimeFormat', () => {
  it('makes one formatter per locale, options and zone, and keeps no unknown zone', () => {
    const a = dateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric' });
    expect(dateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric' })).toBe(a);
    expect(dateTimeFormat('en-CA', { timeZone: 'America/Vancouver', year: 'numeric' })).not.toBe(a);
    expect(() => dateTimeFormat('en-CA', { timeZone: 'Not/AZone' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en-CA', { timeZone: 'Not/AZone' })).toThrow(RangeError);
    expect(formatDate(new Date('2026-12-02T03:00:00Z'), 'America/Toronto')).toBe('Dec 1, 2026');
  });
});
