import { z } from 'zod';
import { SCRIPT_KINDS, type ScriptKind } from '@/lib/outreach/vocabulary';
import { SCRIPT_TEMPLATES } from '@/lib/outreach/script';
import { requiredMultilineText, requiredText } from './common';
import { courseAndInstitutionField } from './profile';

export const SCRIPT_TEMPLATE_FOR: Record<ScriptKind, string> = {
  phone: SCRIPT_TEMPLATES.phone,
  'too-busy': SCRIPT_TEMPLATES.tooBusy,
  email: SCRIPT_TEMPLATES.email,
  voicemail: SCRIPT_TEMPLATES.voicemail,
};

export const scriptSchema = z.object({
  kind: z.enum(SCRIPT_KINDS, { error: 'Choose which script this is.' }),
  title: requiredText('Title', 120),
  body: requiredMultilineText('Script', 10_000),
  // Kept in the student's profile for their next script (users.course_and_institution).
  courseAndInstitution: courseAndInstitutionField,
});

export type ScriptInput = z.infer<typeof scriptSchema>;

/** The script's fields as the builder names them (a refused stale save shows them). */
export const SCRIPT_LABELS = { title: 'Title', body: 'Script' };
