import { z } from 'zod';
import { OCCUPATION_STATUSES, type OccupationStatus } from '@/lib/occupations/vocabulary';
import { optionalText, requiredText } from './common';

export const UNKNOWN_MAX = 300;

export const occupationSchema = z.object({
  title: requiredText('Title', 120),
  whyInterested: optionalText('Why it interests you', 2000),
  researchNotes: optionalText('Research notes', 10000),
  sources: optionalText('Sources', 4000),
  status: z.enum(OCCUPATION_STATUSES, { error: 'Choose a status from the list.' }),
});

export const unknownSchema = z.object({
  text: z
    .string({ error: 'Write what you still don’t know.' })
    .trim()
    .min(1, { error: 'Write what you still don’t know.' })
    .max(UNKNOWN_MAX, { error: `What you still don’t know must be at most ${UNKNOWN_MAX} characters.` }),
});

export type OccupationInput = z.infer<typeof occupationSchema>;

/** A status from a URL's query string, or undefined for "all". */
export function parseOccupationStatus(raw: string | string[] | undefined): OccupationStatus | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (OCCUPATION_STATUSES as readonly string[]).includes(value ?? '') ? (value as OccupationStatus) : undefined;
}
