import { describe, it, expect } from 'vitest';
import {
  escapeText,
  foldLine,
  formatUtcDateTime,
  joinContentLines,
  unfoldLines,
  utf8Length,
  MAX_LINE_OCTETS,
} from './rfc-lines';

const physicalLines = (folded: string): string[] => folded.split('\r\n');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('escapes the backslash first so escapes are not doubled', () => {
    expect(escapeText(';')).toBe('\\;');
    expect(escapeText('\\;')).toBe('\\\\\\;');
  });

  it('turns CRLF and lone CR into a single \\n each', () => {
    expect(escapeText('one\r\ntwo\rthree\nfour')).toBe('one\\ntwo\\nthree\\nfour');
    expect(escapeText('\r\n\r\n')).toBe('\\n\\n');
  });

  it('drops control characters but keeps tab and non-ASCII text', () => {
    expect(escapeText('a\u0000b\u0007c\u007fd\te')).toBe('abcd\te');
    expect(escapeText('Siobhán O\u2019Brien-Nguyễn 日本')).toBe('Siobhán O\u2019Brien-Nguyễn 日本');
  });

  it('leaves colons and quotes alone (they are legal in TEXT)', () => {
    expect(escapeText('Room: "B2"')).toBe('Room: "B2"');
  });

  it('returns empty for empty', () => {
    expect(escapeText('')).toBe('');
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds at 76 octets, continuation starting with one space', () => {
    const line = 'x'.repeat(76);
    const out = foldLine(line);
    expect(physicalLines(out)).toEqual(['x'.repeat(75), ' x']);
  });

  it('keeps every physical line within 75 octets for long ASCII lines and round-trips', () => {
    const line = 'DESCRIPTION:' + 'abcdefghij'.repeat(50);
    const out = foldLine(line);
    for (const l of physicalLines(out)) expect(utf8Length(l)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    // Continuation lines are filled to exactly 75 octets including the leading space.
    expect(utf8Length(physicalLines(out)[1] ?? '')).toBe(75);
    expect(unfoldLines(out)).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    // 74 ASCII octets + a 2-octet "é" would be 76: the é must move to the next line whole.
    const line = 'a'.repeat(74) + 'é' + 'b';
    const lines = physicalLines(foldLine(line));
    expect(lines[0]).toBe('a'.repeat(74));
    expect(lines[1]).toBe(' éb');
  });

  it('handles 3- and 4-octet characters (CJK, emoji with surrogate pairs)', () => {
    const line = 'SUMMARY:' + '日本語'.repeat(40) + '🐴'.repeat(30);
    const out = foldLine(line);
    for (const l of physicalLines(out)) {
      expect(utf8Length(l)).toBeLessThanOrEqual(75);
      // A lone surrogate would mean a code point was split.
      expect(l).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
    }
    expect(unfoldLines(out)).toBe(line);
  });

  it('refuses raw line breaks', () => {
    expect(() => foldLine('a\nb')).toThrow(RangeError);
    expect(() => foldLine('a\rb')).toThrow(RangeError);
  });

  it('returns empty for empty', () => {
    expect(foldLine('')).toBe('');
  });
});

describe('joinContentLines', () => {
  it('ends every line, including the last, with CRLF', () => {
    const out = joinContentLines(['BEGIN:X', 'END:X']);
    expect(out).toBe('BEGIN:X\r\nEND:X\r\n');
  });

  it('has no bare LF anywhere', () => {
    const out = joinContentLines(['A:' + 'z'.repeat(200), 'B:1']);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('formatUtcDateTime', () => {
  it('formats in UTC basic format and drops milliseconds', () => {
    expect(formatUtcDateTime(new Date('2025-03-04T05:06:07.999Z'))).toBe('20250304T050607Z');
  });

  it('uses UTC regardless of the offset in the input', () => {
    expect(formatUtcDateTime(new Date('2025-12-31T23:30:00-08:00'))).toBe('20260101T073000Z');
  });

  it('pads small years and rejects invalid dates and 5-digit years', () => {
    expect(formatUtcDateTime(new Date(Date.UTC(999, 0, 1)))).toBe('09990101T000000Z');
    expect(() => formatUtcDateTime(new Date('nope'))).toThrow(RangeError);
    expect(() => formatUtcDateTime(new Date(Date.UTC(10000, 0, 1)))).toThrow(RangeError);
  });
});

describe('escapeText options', () => {
  it('can leave semicolons alone for non-compound vCard properties', () => {
    expect(escapeText('a;b,c\\d\ne', { semicolon: false })).toBe('a;b\\,c\\\\d\\ne');
    expect(escapeText('a;b', { semicolon: true })).toBe('a\\;b');
  });
});
