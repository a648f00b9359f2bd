import { z } from 'zod';
import { requiredText } from './common';

const knownZones = new Set(Intl.supportedValuesOf('timeZone'));
knownZones.add('UTC');

export const profileSchema = z.object({
  name: requiredText('Name', 120),
  timeZone: z.string().refine((v) => knownZones.has(v), { error: 'Choose a time zone from the list.' }),
});

export function timeZoneOptions(): string[] {
  return [...knownZones].sort();
}
