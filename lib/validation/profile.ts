import { z } from 'zod';
import { optionalText, requiredText } from './common';

const knownZones = new Set(Intl.supportedValuesOf('timeZone'));
knownZones.add('UTC');

export const COURSE_AND_INSTITUTION_MAX = 200;

/** Course and institution, as a student's scripts say it after "I'm currently taking…". */
export const courseAndInstitutionField = optionalText('Course and institution', COURSE_AND_INSTITUTION_MAX);

export const profileSchema = z.object({
  name: requiredText('Name', 120),
  timeZone: z.string().refine((v) => knownZones.has(v), { error: 'Choose a time zone from the list.' }),
  courseAndInstitution: courseAndInstitutionField,
});

/** The profile's fields as the account page names them (a refused stale save shows them). */
export const PROFILE_LABELS = { name: 'Your name', timeZone: 'Time zone', courseAndInstitution: 'Course and institution' };

export function timeZoneOptions(): string[] {
  return [...knownZones].sort();
}
