import { z } from 'zod';

/** Trimmed text with a friendly required/too-long message. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be at most ${max} characters.` });
}

export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
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

/** A positive integer id from a form or URL segment; anything else is not an id. */
export const idParam = z.coerce.number().int().positive();

export function parseId(raw: string | undefined): number | null {
  const r = idParam.safeParse(raw);
  return r.success ? r.data : null;
}

export function parsePage(raw: string | string[] | undefined): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n > 0 && n < 1_000_000 ? n : 1;
}

export function searchText(raw: string | string[] | undefined): string {
  return (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? '';
}
