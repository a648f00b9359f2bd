import { z } from 'zod';
import { CONTACT_CRITERIA, CONTACT_SOURCES } from '@/lib/contacts/vocabulary';
import { optionalText, requiredText } from './common';

const optionalEmail = z
  .string()
  .trim()
  .max(254, { error: 'E-mail must be at most 254 characters.' })
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(z.email({ error: 'Enter an e-mail address like name@example.com, or leave it empty.' }).nullable());

const optionalPhone = z
  .string()
  .trim()
  .max(40, { error: 'Phone must be at most 40 characters.' })
  .regex(/^[0-9+().\-\s x#ext]*$/i, { error: 'Use digits, spaces and + ( ) - only.' })
  .optional()
  .transform((v) => (v ? v : null));

/** The person fields shared by every way a contact is made (form, referral, "suggested someone"). */
export const contactPersonSchema = z.object({
  name: requiredText('Name', 120),
  jobTitle: optionalText('Job title', 120),
  organisation: optionalText('Organisation', 160),
  email: optionalEmail,
  phone: optionalPhone,
  notes: optionalText('Notes', 5000),
});

const asArray = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const contactSchema = contactPersonSchema.extend({
  occupationId: z
    .union([z.literal(''), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => (v ? v : null)),
  howFound: z.enum(CONTACT_SOURCES, { error: 'Choose how you found this person.' }),
  howFoundDetail: optionalText('Details', 200),
  criteria: z.preprocess(asArray, z.array(z.enum(CONTACT_CRITERIA, { error: 'Choose from the list.' })).max(CONTACT_CRITERIA.length)),
  referredByContactId: z
    .union([z.literal(''), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => (v ? v : null)),
});

export type ContactPersonInput = z.infer<typeof contactPersonSchema>;
export type ContactInput = z.infer<typeof contactSchema>;
