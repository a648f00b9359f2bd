import { z } from 'zod';
import { CHECKLIST_KEYS, INTERVIEW_MODES, OPEN_INTERVIEW_STATUSES, THANK_YOU_CHANNELS } from '@/lib/interviews/vocabulary';
import { fromLocalInputValue, toLocalDateValue } from '@/lib/time';
import { optionalText, requiredText } from './common';

export const MIN_DURATION = 10;
export const MAX_DURATION = 120;
/** How far from now a date may be before it is surely a typo. */
const MAX_YEARS_AHEAD = 3;
const MAX_YEARS_BACK = 10;
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export type ScheduleContext = { timeZone: string; now: Date };

const optionalId = z
  .union([z.literal(''), z.coerce.number().int().positive()])
  .optional()
  .transform((v) => (v ? v : null));

const durationField = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.coerce
    .number({ error: 'Length is required.' })
    .int({ error: 'Length must be a whole number of minutes.' })
    .min(MIN_DURATION, { error: `Length must be between ${MIN_DURATION} and ${MAX_DURATION} minutes.` })
    .max(MAX_DURATION, { error: `Length must be between ${MIN_DURATION} and ${MAX_DURATION} minutes.` }),
);

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A datetime-local value read in the viewer's zone; null when empty. Range-checked. */
function startsAtField(ctx: ScheduleContext) {
  return z
    .string()
    .optional()
    .transform((raw, c) => {
      const value = raw?.trim() ?? '';
      if (value === '') return null;
      const date = fromLocalInputValue(value, ctx.timeZone);
      if (!date) {
        c.addIssue({ code: 'custom', message: 'Enter a real date and time.' });
        return z.NEVER;
      }
      const offset = date.getTime() - ctx.now.getTime();
      if (offset > MAX_YEARS_AHEAD * YEAR_MS || offset < -MAX_YEARS_BACK * YEAR_MS) {
        c.addIssue({ code: 'custom', message: `Choose a date within the next ${MAX_YEARS_AHEAD} years.` });
        return z.NEVER;
      }
      return date;
    });
}

function scheduleShape(ctx: ScheduleContext) {
  return {
    occupationId: optionalId,
    status: z.enum(OPEN_INTERVIEW_STATUSES, { error: 'Choose planned or scheduled.' }),
    startsAt: startsAtField(ctx),
    durationMinutes: durationField,
    mode: z.enum(INTERVIEW_MODES, { error: 'Choose in person, phone or video.' }),
    location: optionalText('Place or link', 300),
  };
}

export function scheduleSchema(ctx: ScheduleContext) {
  return z.object(scheduleShape(ctx));
}

export function createInterviewSchema(ctx: ScheduleContext) {
  return z.object({ ...scheduleShape(ctx), contactId: z.coerce.number({ error: 'Choose a contact.' }).int().positive({ error: 'Choose a contact.' }) });
}

export type ScheduleInput = z.infer<ReturnType<typeof scheduleSchema>>;

/**
 * The checks that need two fields at once (a scheduled interview needs a future time; a video
 * call's place is its link). They are run on the raw values even when other fields failed, so
 * the person sees every problem in one go.
 */
export function scheduleCrossFieldIssues(raw: Record<string, unknown>, ctx: ScheduleContext): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  const add = (path: string, message: string) => issues.push({ code: 'custom', path: [path], message, input: raw[path] });
  const startsAtRaw = typeof raw.startsAt === 'string' ? raw.startsAt.trim() : '';
  if (raw.status === 'scheduled') {
    if (startsAtRaw === '') add('startsAt', 'Choose the date and time, or save it as planned.');
    else {
      const date = fromLocalInputValue(startsAtRaw, ctx.timeZone);
      if (date && date.getTime() <= ctx.now.getTime()) add('startsAt', 'This time has passed. Choose a time in the future, or save it as planned.');
    }
  }
  const location = typeof raw.location === 'string' ? raw.location.trim() : '';
  if (raw.mode === 'video' && location !== '' && location.length <= 300 && !isHttpUrl(location)) {
    add('location', 'For a video call, paste the meeting link (starting with https://).');
  }
  return issues;
}

type Parsed<T> = { success: true; data: T } | { success: false; error: z.ZodError };

/** Parses a schedule (or create) form: field rules and cross-field rules together. */
export function parseScheduleForm<S extends z.ZodType>(schema: S, raw: Record<string, unknown>, ctx: ScheduleContext): Parsed<z.infer<S>> {
  const base = schema.safeParse(raw);
  const cross = scheduleCrossFieldIssues(raw, ctx);
  // A field already rejected keeps its own message only.
  const rejected = new Set(base.success ? [] : base.error.issues.map((i) => String(i.path[0])));
  const extra = cross.filter((i) => !rejected.has(String(i.path[0])));
  if (base.success && extra.length === 0) return { success: true, data: base.data };
  return { success: false, error: new z.ZodError([...(base.success ? [] : base.error.issues), ...extra]) };
}

export function completeSchema(ctx: ScheduleContext) {
  return z.object({
    completedAt: startsAtField(ctx).refine((d) => d === null || d.getTime() <= ctx.now.getTime(), { error: 'The time it ended cannot be in the future.' }),
  });
}

const asArray = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const checklistSchema = z.object({
  items: z.preprocess(asArray, z.array(z.enum(CHECKLIST_KEYS, { error: 'Choose from the list.' })).max(CHECKLIST_KEYS.length)),
});

export const bankQuestionsSchema = z.object({
  questionIds: z.preprocess(
    asArray,
    z
      .array(z.coerce.number().int().positive({ error: 'Choose from the list.' }), { error: 'Choose from the list.' })
      .min(1, { error: 'Tick at least one question to add.' })
      .max(60, { error: 'Add at most 60 questions at once.' }),
  ),
});

export const ownQuestionSchema = z.object({ text: requiredText('Your question', 500) });

export const NOTE_FIELD = /^note-(\d{1,12})$/;
export const NOTE_MAX = 5000;

/**
 * Notes are one textarea per planned question (note-{id}) plus an "interesting-{id}" box; the
 * allow-list is the note-* names present, each bounded.
 */
export function notesSchema(raw: Record<string, unknown>) {
  const noteKeys = Object.keys(raw).filter((k) => NOTE_FIELD.test(k)).slice(0, 200);
  return z.object({
    generalNotes: optionalText('General notes', 10_000),
    ...Object.fromEntries(noteKeys.map((k) => [k, optionalText('Notes', NOTE_MAX)])),
  });
}

export function thankYouSchema(ctx: ScheduleContext) {
  const today = toLocalDateValue(ctx.now, ctx.timeZone);
  return z.object({
    channel: z.enum(THANK_YOU_CHANNELS, { error: 'Choose e-mail, card or both.' }),
    sentOn: z
      .string({ error: 'Enter the date you sent it.' })
      .trim()
      .min(1, { error: 'Enter the date you sent it.' })
      .transform((v, c) => {
        const date = /^\d{4}-\d{2}-\d{2}$/.test(v) ? fromLocalInputValue(v, ctx.timeZone) : null;
        if (!date || date.getTime() < ctx.now.getTime() - MAX_YEARS_BACK * YEAR_MS) {
          c.addIssue({ code: 'custom', message: 'Enter a real date.' });
          return z.NEVER;
        }
        if (v > today) {
          c.addIssue({ code: 'custom', message: 'The date sent cannot be in the future.' });
          return z.NEVER;
        }
        // Sent today: record now rather than midday, which may not have come yet.
        return v === today ? ctx.now : date;
      }),
    text: optionalText('What it said', 5000),
  });
}
