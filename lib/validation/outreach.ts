import { z } from 'zod';
import { CALL_VIEW_OUTCOMES, OUTREACH_CHANNELS, OUTREACH_OUTCOMES } from '@/lib/outreach/vocabulary';
import { fromLocalInputValue } from '@/lib/time';
import { optionalMultilineText } from './common';
import { contactPersonSchema } from './contact';

/** The suggested person's form fields, mapped to the contact fields they fill. */
export const SUGGESTED_FIELDS = {
  suggestedName: 'name',
  suggestedJobTitle: 'jobTitle',
  suggestedOrganisation: 'organisation',
  suggestedPhone: 'phone',
  suggestedEmail: 'email',
} as const;

// A minute of grace: the form's default is "now" rounded down to the minute.
const FUTURE_GRACE_MS = 60_000;

/**
 * One outreach attempt, read in the student's time zone. When the contact declined and
 * suggested someone, the suggested person is validated with the same rules as any contact;
 * their errors come back under the suggested* field names.
 */
export function outreachSchema(opts: { timeZone: string; now: Date }) {
  return z
    .object({
      attemptedAt: z
        .string({ error: 'Enter the date and time of the attempt.' })
        .trim()
        .min(1, { error: 'Enter the date and time of the attempt.' })
        .transform((v, ctx) => {
          const at = fromLocalInputValue(v, opts.timeZone);
          if (!at) {
            ctx.addIssue({ code: 'custom', message: 'Enter a real date and time.' });
            return z.NEVER;
          }
          if (at.getTime() > opts.now.getTime() + FUTURE_GRACE_MS) {
            ctx.addIssue({ code: 'custom', message: 'Log an attempt once it has happened: the date cannot be in the future.' });
            return z.NEVER;
          }
          return at;
        }),
      channel: z.enum(OUTREACH_CHANNELS, { error: 'Choose how you reached out.' }),
      outcome: z.enum(OUTREACH_OUTCOMES, { error: 'Choose what happened.' }),
      notes: optionalMultilineText('Notes', 2000),
      suggestedName: z.string().optional(),
      suggestedJobTitle: z.string().optional(),
      suggestedOrganisation: z.string().optional(),
      suggestedPhone: z.string().optional(),
      suggestedEmail: z.string().optional(),
    })
    .transform((v, ctx) => {
      const attempt = { attemptedAt: v.attemptedAt, channel: v.channel, outcome: v.outcome, notes: v.notes };
      if (v.outcome !== 'declined-suggested') return { attempt, suggested: null };
      const person = contactPersonSchema.safeParse({
        name: v.suggestedName ?? '',
        jobTitle: v.suggestedJobTitle,
        organisation: v.suggestedOrganisation,
        phone: v.suggestedPhone,
        email: v.suggestedEmail,
      });
      if (!person.success) {
        const back = Object.fromEntries(Object.entries(SUGGESTED_FIELDS).map(([form, field]) => [field, form]));
        for (const issue of person.error.issues) {
          const field = back[String(issue.path[0])];
          ctx.addIssue({ code: 'custom', message: issue.message, path: [field ?? 'suggestedName'] });
        }
        return z.NEVER;
      }
      return { attempt, suggested: person.data };
    });
}

export type OutreachInput = z.output<ReturnType<typeof outreachSchema>>;

/** A tap on the call view: one of the outcomes offered there, nothing else. */
export const callOutcomeSchema = z.object({ outcome: z.enum(CALL_VIEW_OUTCOMES, { error: 'Choose what happened.' }) });
