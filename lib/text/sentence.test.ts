import { describe, expect, it } from 'vitest';
import { endSentence } from './sentence';
import { formatDateTime } from '@/lib/time';

describe('endSentence', () => {
  it('adds a full stop to a sentence without one', () => {
    expect(endSentence('Reviewed by Sam')).toBe('Reviewed by Sam.');
    expect(endSentence('Submitted (late)')).toBe('Submitted (late).');
    expect(endSentence('Sent  ')).toBe('Sent.');
  });

  it('does not double the stop of a time, an abbreviation, a question or a quotation', () => {
    const time = formatDateTime(new Date('2026-12-01T23:30:00Z'), 'UTC');
    expect(time).toMatch(/p\.m\.$/);
    expect(endSentence(`Reviewed on ${time}`)).toBe(`Reviewed on ${time}`);
    expect(endSentence('Bring pen, paper, etc.')).toBe('Bring pen, paper, etc.');
    expect(endSentence('Did it happen?')).toBe('Did it happen?');
    expect(endSentence('Wow!')).toBe('Wow!');
    expect(endSentence('She said \u201cDone.\u201d')).toBe('She said \u201cDone.\u201d');
  });

  it('leaves empty text empty', () => {
    expect(endSentence('')).toBe('');
  });
});
