import { z } from 'zod';
import { SCRIPT_KINDS, type ScriptKind } from '@/lib/outreach/vocabulary';
import { SCRIPT_TEMPLATES } from '@/lib/outreach/script';
import { optionalText, requiredText } from './common';

export const SCRIPT_TEMPLATE_FOR: Record<ScriptKind, string> = {
  phone: SCRIPT_TEMPLATES.phone,
  'too-busy': SCRIPT_TEMPLATES.tooBusy,
  email: SCRIPT_TEMPLATES.email,
  voicemail: SCRIPT_TEMPLATES.voicemail,
};

export const scriptSchema = z.object({
  kind: z.enum(SCRIPT_KINDS, { error: 'Choose which script this is.' }),
  title: requiredText('Title', 120),
  body: requiredText('Script', 10_000),
  // Remembered for the next script (the profile has no such field).
  courseAndInstitution: optionalText('Course and institution', 200),
});

export type ScriptInput = z.infer<typeof scriptSchema>;

/** Where the last "course and institution" a student typed is remembered, for their next script. */
export const COURSE_COOKIE = 'hm-script-course';
