/**
 * Content-line helpers shared by iCalendar (RFC 5545) and vCard (RFC 6350) output.
 * Both formats use the same TEXT escaping, CRLF line ends and 75-octet folding.
 */

export const CRLF = '\r\n';

/** RFC 5545 §3.1 / RFC 6350 §3.2: a physical line is at most 75 octets, excluding the CRLF. */
export const MAX_LINE_OCTETS = 75;

const encoder = new TextEncoder();

export function utf8Length(s: string): number {
  return encoder.encode(s).length;
}

export type EscapeTextOptions = {
  /**
   * Escape ';' (default true). iCalendar TEXT always escapes it; vCard 4.0 requires it only
   * inside compound properties (N, ORG, ADR) and some readers (ical.js among them) keep the
   * backslash of an escaped semicolon in a plain property such as NOTE, so vCard turns it off there.
   */
  semicolon?: boolean;
};

/**
 * Escape a value of type TEXT: backslash, semicolon, comma and line breaks.
 * Other control characters are not allowed in TEXT at all (RFC 5545 §3.3.11), so they are
 * dropped rather than producing a file some calendar apps refuse to import. TAB is allowed.
 */
export function escapeText(value: string, options: EscapeTextOptions = {}): string {
  const escaped = value
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\');
  return (options.semicolon === false ? escaped : escaped.replace(/;/g, '\\;'))
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * Fold one logical content line into physical lines of at most 75 octets, joined by CRLF
 * followed by a single space (the space counts towards the next line's 75).
 * Splits only between code points, so a multi-byte UTF-8 character is never cut in half.
 * The result has no trailing CRLF.
 */
export function foldLine(line: string): string {
  if (/[\r\n]/.test(line)) {
    // A raw line break would end the content line early: callers must escape first.
    throw new RangeError('foldLine: a content line must not contain CR or LF');
  }
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const ch of line) {
    const octets = utf8Length(ch);
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
      // Continuation lines begin with one space, which takes one of their 75 octets.
      limit = MAX_LINE_OCTETS - 1;
    }
    current += ch;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Fold each logical line and terminate every one with CRLF, as both RFCs require. */
export function joinContentLines(lines: readonly string[]): string {
  return lines.map((l) => foldLine(l) + CRLF).join('');
}

/** Undo folding (for tests and for reading our own output back). */
export function unfoldLines(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** Format a Date as a UTC date-time in basic format, e.g. 20250301T143000Z (ms dropped). */
export function formatUtcDateTime(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError('formatUtcDateTime: invalid date');
  const year = d.getUTCFullYear();
  // Both formats only allow four-digit years.
  if (year < 0 || year > 9999) throw new RangeError('formatUtcDateTime: year out of range');
  const p2 = (n: number): string => String(n).padStart(2, '0');
  return (
    String(year).padStart(4, '0') +
    p2(d.getUTCMonth() + 1) +
    p2(d.getUTCDate()) +
    'T' +
    p2(d.getUTCHours()) +
    p2(d.getUTCMinutes()) +
    p2(d.getUTCSeconds()) +
    'Z'
  );
}
