import { z } from 'zod';
import { CHECKLIST_KEYS, INTERVIEW_MODES, OPEN_INTERVIEW_STATUSES, THANK_YOU_CHANNELS } from '@/lib/interviews/vocabulary';
import { fromLocalInputValue, toLocalDateValue } from '@/lib/time';
import { hasMultilineControlCharacters, idField, normaliseNewlines, optionalFormId, optionalText, requiredText } from './common';

export const MIN_DURATION = 10;
export const MAX_DURATION = 120;
/** How far from now a date may be before it is surely a typo. */
const MAX_YEARS_AHEAD = 3;
const MAX_YEARS_BACK = 10;
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export type ScheduleContext = { timeZone: string; now: Date };

const optionalId = optionalFormId;

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

/** What a new interview may be: planned, scheduled, or one that already happened (entered afterwards, with its real date). */
export const NEW_INTERVIEW_STATUSES = [...OPEN_INTERVIEW_STATUSES, 'completed'] as const;

export function createInterviewSchema(ctx: ScheduleContext) {
  return z.object({
    ...scheduleShape(ctx),
    status: z.enum(NEW_INTERVIEW_STATUSES, { error: 'Choose planned, scheduled or already happened.' }),
    contactId: idField('Choose a contact.'),
  });
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
  // Scheduled without a time is saved as planned (lib/interviews/stages.ts statusToSave): no error.
  if (raw.status === 'scheduled' && startsAtRaw !== '') {
    const date = fromLocalInputValue(startsAtRaw, ctx.timeZone);
    if (date && date.getTime() <= ctx.now.getTime()) {
      add('startsAt', 'This time has passed. Choose a time in the future, or “Already happened” to record an interview you have had.');
    }
  }
  if (raw.status === 'completed') {
    if (startsAtRaw === '') add('startsAt', 'Enter when the interview took place.');
    else {
      const date = fromLocalInputValue(startsAtRaw, ctx.timeZone);
      if (date && date.getTime() > ctx.now.getTime()) add('startsAt', 'An interview that already happened has a date in the past. For one still to come, choose “Scheduled”.');
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
    /** 'yes' once the student confirmed marking it completed before its start time. */
    early: z.literal('yes').optional().catch(undefined),
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
      .array(idField('Choose from the list.'), { error: 'Choose from the list.' })
      .min(1, { error: 'Tick at least one question to add.' })
      .max(60, { error: 'Add at most 60 questions at once.' }),
  ),
});

export const ownQuestionSchema = z.object({ text: requiredText('Your question', 500) });

export const NOTE_FIELD = /^note-(\d{1,12})$/;
export const NOTE_MAX = 5000;

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
  });
}

export const INTERESTING_FIELD = /^interesting-(\d{1,12})$/;
export const GENERAL_NOTES_MAX = 10_000;
export const THANK_YOU_MAX = 5000;

/** As typed (untrimmed, so the text the student sees is the text stored), LF line breaks, bounded, no control characters. */
function typedText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .transform(normaliseNewlines)
    .pipe(
      z
        .string()
        .max(max, { error: `${label} must be at most ${max} characters.` })
        .refine((v) => !hasMultilineControlCharacters(v), { error: `${label} contains control characters. Only text, line breaks and tabs are allowed.` }),
    )
    // Nothing but spaces is no note: stored as none.
    .transform((v) => (v.trim() === '' ? null : v));
}

export type NotesChanges = {
  generalNotes?: string | null;
  questions: { id: number; notes?: string | null; interesting?: boolean }[];
};

/**
 * Autosaved notes: some of generalNotes, note-{planId} (text) and interesting-{planId} ('on' or
 * ''). Any other field is refused as a whole (a page never sends one); the plan ids are checked
 * against the interview's plan by the write itself.
 */
export const notesChangesSchema = z
  .record(z.string(), z.unknown())
  .refine((r) => Object.keys(r).length <= 2 * 200 + 1, { error: 'Too many fields at once.' })
  .transform((raw, ctx): NotesChanges => {
    const out: NotesChanges = { questions: [] };
    const byId = new Map<number, { id: number; notes?: string | null; interesting?: boolean }>();
    const entry = (id: number) => byId.get(id) ?? byId.set(id, { id }).get(id)!;
    for (const [field, value] of Object.entries(raw)) {
      const note = NOTE_FIELD.exec(field);
      const interesting = INTERESTING_FIELD.exec(field);
      if (field === 'generalNotes') {
        const parsed = typedText('General notes', GENERAL_NOTES_MAX).safeParse(value);
        if (parsed.success) out.generalNotes = parsed.data;
        else ctx.addIssue({ code: 'custom', path: [field], message: parsed.error.issues[0].message });
      } else if (note) {
        const parsed = typedText('A note', NOTE_MAX).safeParse(value);
        if (parsed.success) entry(Number(note[1])).notes = parsed.data;
        else ctx.addIssue({ code: 'custom', path: [field], message: parsed.error.issues[0].message });
      } else if (interesting && (value === 'on' || value === '')) {
        entry(Number(interesting[1])).interesting = value === 'on';
      } else {
        ctx.addIssue({ code: 'custom', path: [field], message: 'Not a field of the notes.' });
      }
    }
    out.questions = [...byId.values()].filter((q) => q.id > 0);
    return out;
  });

/** The autosaved thank-you letter: its text as typed; empty means "follow my notes again". */
export const thankYouTextChangesSchema = z.object({ text: typedText('The letter', THANK_YOU_MAX) }).strict();

/** The plan in its new order: every planned question's id, once each. */
export const planOrderSchema = z.array(idField('Not a question of this plan.')).min(1).max(200);
