import { z } from 'zod';
import type { ScriptKind } from '@/lib/outreach/vocabulary';
import { SCRIPT_TEMPLATES } from '@/lib/outreach/script';
import { hasControlCharacters, hasMultilineControlCharacters } from './common';

export const SCRIPT_TEMPLATE_FOR: Record<ScriptKind, string> = {
  phone: SCRIPT_TEMPLATES.phone,
  'too-busy': SCRIPT_TEMPLATES.tooBusy,
  email: SCRIPT_TEMPLATES.email,
  voicemail: SCRIPT_TEMPLATES.voicemail,
};

export const SCRIPT_TITLE_MAX = 120;
export const SCRIPT_BODY_MAX = 10_000;

/*
 * Autosaved script text is stored exactly as typed (not trimmed), so the text on the screen is the
 * text saved, and a save that already landed can be recognised by its text.
 */
const typedTitle = z
  .string({ error: 'Title is required.' })
  .max(SCRIPT_TITLE_MAX, { error: `Title must be at most ${SCRIPT_TITLE_MAX} characters.` })
  .refine((v) => v.trim().length > 0, { error: 'Title is required.' })
  .refine((v) => !hasControlCharacters(v), { error: 'Title must be one line of text, without line breaks or control characters.' });
const typedBody = z
  .string({ error: 'Script is required.' })
  .max(SCRIPT_BODY_MAX, { error: `Script must be at most ${SCRIPT_BODY_MAX.toLocaleString('en-CA')} characters.` })
  .refine((v) => v.trim().length > 0, { error: 'Script is required.' })
  .refine((v) => !hasMultilineControlCharacters(v.replace(/\r\n?/g, '\n')), { error: 'Script contains control characters. Only text, line breaks and tabs are allowed.' });

/** An autosave of an existing script: the fields that changed (only these two; anything else is refused). */
export const scriptChangesSchema = z.strictObject({ title: typedTitle.optional(), body: typedBody.optional() });

/** The first autosave of a new script: both fields (what the template filled in, as edited). */
export const newScriptSchema = z.strictObject({ title: typedTitle, body: typedBody });
