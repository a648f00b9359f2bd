import { z } from 'zod';
import { fromLocalInputValue } from '@/lib/time';
import { optionalMultilineText, requiredText } from './common';
import { profileSchema } from './profile';

export const ASSIGNMENT_TITLE_MAX = 200;
export const INSTRUCTIONS_MAX = 10_000;
export const ASSIGNMENT_QUESTIONS_MAX = 30;
export const POINTS_MAX = 1000;
export const RESUBMISSIONS_MAX = 10;
export const EXTENSION_REASON_MAX = 500;

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** The section whose time zone due dates are entered in, and the time now. */
export type AssignmentContext = { timeZone: string; now: Date };

type Issue = { addIssue: (issue: { code: 'custom'; message: string }) => void };

/** A datetime-local value read as wall-clock time in the section's zone; within ±3 years of now. */
function readSectionDateTime(value: string, ctx: AssignmentContext, c: Issue): Date | typeof z.NEVER {
  const date = fromLocalInputValue(value, ctx.timeZone);
  if (!date) {
    c.addIssue({ code: 'custom', message: 'Enter a real date and time.' });
    return z.NEVER;
  }
  if (Math.abs(date.getTime() - ctx.now.getTime()) > 3 * YEAR_MS) {
    c.addIssue({ code: 'custom', message: 'Choose a date within three years of today.' });
    return z.NEVER;
  }
  return date;
}

function requiredSectionDateTime(ctx: AssignmentContext, label: string) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .transform((value, c): Date => readSectionDateTime(value, ctx, c));
}

function optionalSectionDateTime(ctx: AssignmentContext) {
  return z
    .string()
    .optional()
    .transform((raw, c): Date | null => (raw?.trim() ? readSectionDateTime(raw.trim(), ctx, c) : null));
}

/** Repeated checkboxes arrive as a string or a list of strings; the order is the order asked. */
const questionIdsField = z
  .preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.coerce.number({ error: 'Choose questions from the list.' }).int({ error: 'Choose questions from the list.' }).positive({ error: 'Choose questions from the list.' })),
  )
  .transform((ids) => [...new Set(ids)])
  .pipe(
    z
      .array(z.number())
      .min(1, { error: 'Choose at least one question.' })
      .max(ASSIGNMENT_QUESTIONS_MAX, { error: `Choose at most ${ASSIGNMENT_QUESTIONS_MAX} questions.` }),
  );

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Plain text with its line breaks kept (Windows line ends made plain). */
const instructionsField = optionalMultilineText('Instructions', INSTRUCTIONS_MAX);

/** The assignment form; an allow-list (anything else posted is dropped). */
export function assignmentSchema(ctx: AssignmentContext) {
  return z
    .object({
      title: requiredText('Title', ASSIGNMENT_TITLE_MAX),
      instructions: instructionsField,
      questionIds: questionIdsField,
      dueAt: requiredSectionDateTime(ctx, 'Due date'),
      closesAt: optionalSectionDateTime(ctx),
      requiresInterview: z
        .string()
        .optional()
        .transform((v) => v === 'on' || v === 'true'),
      pointsPossible: z.preprocess(
        blankToUndefined,
        z.coerce
          .number({ error: 'Points must be a number.' })
          .min(0, { error: 'Points cannot be negative.' })
          .max(POINTS_MAX, { error: `Points must be at most ${POINTS_MAX}.` })
          .refine((n) => Math.round(n * 100) === n * 100, { error: 'Points may have at most two decimals.' })
          .optional()
          .transform((v) => (v === undefined ? null : v)),
      ),
      resubmissionsAllowed: z.preprocess(
        (v) => blankToUndefined(v) ?? '0',
        z.coerce
          .number({ error: 'Resubmissions must be a whole number.' })
          .int({ error: 'Resubmissions must be a whole number.' })
          .min(0, { error: `Resubmissions must be between 0 and ${RESUBMISSIONS_MAX}.` })
          .max(RESUBMISSIONS_MAX, { error: `Resubmissions must be between 0 and ${RESUBMISSIONS_MAX}.` }),
      ),
    })
    .superRefine((v, c) => {
      if (v.closesAt && v.dueAt && v.closesAt.getTime() < v.dueAt.getTime()) {
        c.addIssue({ code: 'custom', path: ['closesAt'], message: 'The closing date cannot be before the due date.' });
      }
    });
}

export type AssignmentInput = z.infer<ReturnType<typeof assignmentSchema>>;

/** One student's own due date, with the reason it was given. */
export function extensionSchema(ctx: AssignmentContext) {
  return z.object({
    dueAt: requiredSectionDateTime(ctx, 'New due date'),
    reason: requiredText('Reason', EXTENSION_REASON_MAX),
  });
}

/** A section's time zone: one of the zones this server knows (the same list as a person's). */
export const sectionTimeZoneSchema = z.object({ timeZone: profileSchema.shape.timeZone });
