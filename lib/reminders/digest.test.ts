import { describe, expect, it } from 'vitest';
import { composeDigest } from './digest';

describe('composeDigest', () => {
  it('ends a line on a time with one full stop ("10:00 a.m." is not followed by another)', () => {
    const { text } = composeDigest({
      studentName: 'Sam Lee',
      items: [{ kind: 'interview', interviewId: 7, contactName: 'Ana Li', at: new Date('2026-12-02T18:00:00Z') }],
      now: new Date('2026-12-01T16:00:00Z'),
      timeZone: 'America/Vancouver',
      appUrl: 'https://careers.college.test',
      unsubscribe: { oneClick: 'u', all: 'a', perKind: { interview: 'i', followUp: 'f', thankYou: 't' } },
      calendarFiles: new Map(),
    });
    expect(text).toContain('- Ana Li, Wed, Dec 2, 2026, 10:00 a.m. Reread your questions tonight.');
    expect(text).not.toMatch(/[ap]\.m\.\./);
  });
});
