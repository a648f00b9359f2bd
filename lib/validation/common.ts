import { z } from 'zod';

/*
 * Text rules every field shares (ASVS 5.0 V1/V2: input is checked against what it may hold).
 *
 * Single-line fields (names, titles, e-mails, codes) refuse every control character: C0
 * (U+0000–U+001F, tab included), DEL, C1 (U+0080–U+009F, U+0085 NEXT LINE among them) and the
 * Unicode line and paragraph separators U+2028/U+2029. Multi-line fields (notes, scripts,
 * answers) first turn a browser's CRLF (textareas post CRLF) and any lone CR into LF, then allow
 * LF and tab only.
 */
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

export function hasControlCharacters(value: string): boolean {
  return SINGLE_LINE_FORBIDDEN.test(value);
}

/** Whether multi-line text (after normaliseNewlines) holds a control character other than LF and tab. */
export function hasMultilineControlCharacters(value: string): boolean {
  return MULTI_LINE_FORBIDDEN.test(value);
}

/** CRLF and lone CR become LF, as a textarea's text is meant. */
export function normaliseNewlines(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}

const singleLineMessage = (label: string) => `${label} must be one line of text, without line breaks or control characters.`;
const multiLineMessage = (label: string) => `${label} contains control characters. Only text, line breaks and tabs are allowed.`;

/** One line of text: trimmed, length-checked, no control characters. */
function singleLine(label: string, max: number) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .refine((v) => !SINGLE_LINE_FORBIDDEN.test(v), { error: singleLineMessage(label) });
}

function multiLine(label: string, max: number) {
  return z
    .string({ error: `${label} is required.` })
    .transform(normaliseNewlines)
    .pipe(
      z
        .string()
        .trim()
        .max(max, { error: `${label} must be at most ${max} characters.` })
        .refine((v) => !MULTI_LINE_FORBIDDEN.test(v), { error: multiLineMessage(label) }),
    );
}

/** Required single-line text with a friendly required/too-long message. */
export function requiredText(label: string, max: number) {
  return singleLine(label, max).refine((v) => v.length > 0, { error: `${label} is required.` });
}

/** Optional single-line text; empty becomes null. */
export function optionalText(label: string, max: number) {
  return singleLine(label, max)
    .optional()
    .transform((v) => (v ? v : null));
}

/** Required multi-line text (a textarea): CRLF normalised, only LF and tab allowed. */
export function requiredMultilineText(label: string, max: number) {
  return multiLine(label, max).refine((v) => v.length > 0, { error: `${label} is required.` });
}

/** Optional multi-line text (a textarea); empty becomes null. */
export function optionalMultilineText(label: string, max: number) {
  return multiLine(label, max)
    .optional()
    .transform((v) => (v ? v : null));
}

export const emailField = z
  .string({ error: 'E-mail is required.' })
  .trim()
  .min(1, { error: 'E-mail is required.' })
  .max(254, { error: 'E-mail must be at most 254 characters.' })
  .pipe(z.email({ error: 'Enter an e-mail address like name@example.com.' }))
  .transform((v) => v.toLowerCase());

/**
 * Ids are canonical decimals: 1–9 then digits, no sign, no leading zero, no exponent, no
 * "0x9", "9.0", " 9" or "09" (each would be the same number to Number(), so a cache, a log or
 * an access check keyed on the text would see two names for one record). Anything else is not
 * an id, and a page answers 404.
 */
const CANONICAL_ID = /^[1-9][0-9]{0,15}$/;

export function isCanonicalId(raw: string): boolean {
  return CANONICAL_ID.test(raw) && Number(raw) <= Number.MAX_SAFE_INTEGER;
}

/** A positive integer id: a safe integer (a bound action argument) or its canonical decimal text (a form or URL). */
export function idField(error = 'Choose from the list.') {
  return z.union(
    [
      z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
      z
        .string()
        .refine(isCanonicalId)
        .transform((v) => Number(v)),
    ],
    { error },
  );
}

export const idParam = idField('Not an id.');

/** An optional id from a form's select: '' (or absent) is null. */
export const optionalFormId = z
  .union([z.literal(''), idParam])
  .optional()
  .transform((v) => (v ? v : null));

export function parseId(raw: string | undefined): number | null {
  const r = idParam.safeParse(raw);
  return r.success ? r.data : null;
}

export function parsePage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value !== undefined && isCanonicalId(value) && Number(value) < 1_000_000 ? Number(value) : 1;
}

/** Text from a URL's query string as one line: control characters become spaces, trimmed, cut to `max`. */
export function oneLine(raw: string | string[] | undefined, max: number): string {
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').trim().slice(0, max);
}

/** A search box's text: one line, at most 100 characters. */
export function searchText(raw: string | string[] | undefined): string {
  return oneLine(raw, 100);
}

/** A boolean bound to an action (never a string such as "false"). */
export const boundBoolean = z.boolean();
