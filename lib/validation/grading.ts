import { z } from 'zod';
import { FEEDBACK_MAX, GRADER_FILTERS, GRADEBOOK_SORTS, OVERRIDE_REASON_MAX, PROCESS_RULES } from '@/lib/grading/vocabulary';
import { optionalText, requiredText } from './common';

/** A typed number: blank is null; anything else must be a finite number. */
export function optionalNumber(label: string) {
  return z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: `${label}: enter a number.` });
        return z.NEVER;
      }
      return n;
    });
}

const points = z.number({ error: 'Points must be a number.' }).finite({ error: 'Points must be a number.' }).min(0, { error: 'Points cannot be negative.' }).max(1000, { error: 'At most 1000 points.' });

export const rubricSchema = z.object({
  title: requiredText('Title', 120),
  description: z.string().trim().max(2000).nullish().transform((v) => v || null),
  criteria: z
    .array(
      z.object({
        title: requiredText('Criterion title', 200),
        description: z.string().trim().max(2000).nullish().transform((v) => v || null),
        processRule: z.union([z.enum(PROCESS_RULES), z.literal(''), z.null()]).optional().transform((v) => (v ? v : null)),
        levels: z
          .array(z.object({ label: requiredText('Level label', 80), points, description: z.string().trim().max(1000).nullish().transform((v) => v || null) }))
          .min(1, { error: 'Each criterion needs at least one level.' })
          .max(10, { error: 'At most 10 levels a criterion.' }),
      }),
    )
    .min(1, { error: 'Add at least one criterion.' })
    .max(30, { error: 'At most 30 criteria.' }),
});

export const rubricFormSchema = z.object({
  version: z.coerce.number().int().min(0).optional(),
  rubric: z.string().max(200_000).transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'The rubric could not be read.' });
      return z.NEVER;
    }
  }),
});

export const gradingSettingsSchema = z
  .object({
    version: z.coerce.number().int().min(1),
    pointsPossible: optionalNumber('Points possible').pipe(z.number({ error: 'Points possible is required.' }).gt(0, { error: 'Points possible must be more than 0.' }).max(1000, { error: 'At most 1000 points.' })),
    rubricId: z
      .string()
      .optional()
      .transform((v) => (v ? Number(v) : null))
      .pipe(z.number().int().positive().nullable()),
    latePenaltyPerDay: optionalNumber('Penalty per day').pipe(z.number().min(0, { error: 'Penalty per day is 0 to 100 %.' }).max(100, { error: 'Penalty per day is 0 to 100 %.' }).nullable()),
    latePenaltyFloor: optionalNumber('Floor').pipe(z.number().min(0, { error: 'The floor is 0 to 100 %.' }).max(100, { error: 'The floor is 0 to 100 %.' }).nullable()),
    allowExtraCredit: z.literal('on').optional().transform((v) => v === 'on'),
  })
  .transform((v) => ({ ...v, latePenaltyFloor: v.latePenaltyPerDay ? v.latePenaltyFloor : null }));

export const gradeFormSchema = z.object({
  version: z.coerce.number().int().min(0),
  feedback: optionalText('Feedback', FEEDBACK_MAX),
  points: optionalNumber('Points'),
  overridePoints: optionalNumber('Final score override'),
  overrideReason: optionalText('Reason', OVERRIDE_REASON_MAX),
  intent: z.enum(['save', 'next', 'release']).default('save'),
  filter: z.enum(GRADER_FILTERS).catch('all'),
});

export const graderFilterParam = z.enum(GRADER_FILTERS).catch('all');
export const gradebookSortParam = z.enum(GRADEBOOK_SORTS).catch('name');
export const sortDirParam = z.enum(['asc', 'desc']).catch('asc');

export const rosterBatchSchema = z
  .array(z.object({ line: z.number().int().positive(), name: z.string().max(500), email: z.string().max(500), studentNumber: z.string().max(100).nullable() }))
  .min(1)
  .max(500);
