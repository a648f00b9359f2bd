import { z } from 'zod';
import { CONTACT_CRITERIA, CONTACT_SOURCES } from '@/lib/contacts/vocabulary';
import { hasControlCharacters, optionalFormId, optionalMultilineText, optionalText, requiredText } from './common';

const optionalEmail = z
  .string()
  .trim()
  .max(254, { error: 'E-mail must be at most 254 characters.' })
  .refine((v) => !hasControlCharacters(v), { error: 'Enter an e-mail address like name@example.com, or leave it empty.' })
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(z.email({ error: 'Enter an e-mail address like name@example.com, or leave it empty.' }).nullable());

const optionalPhone = z
  .string()
  .trim()
  .max(40, { error: 'Phone must be at most 40 characters.' })
  .regex(/^[0-9+().\- x#ext]*$/i, { error: 'Use digits, spaces and + ( ) - only.' })
  .optional()
  .transform((v) => (v ? v : null));

/** The person fields shared by every way a contact is made (form, referral, "suggested someone"). */
export const contactPersonSchema = z.object({
  name: requiredText('Name', 120),
  jobTitle: optionalText('Job title', 120),
  organisation: optionalText('Organisation', 160),
  email: optionalEmail,
  phone: optionalPhone,
  notes: optionalMultilineText('Notes', 5000),
});

const asArray = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const contactSchema = contactPersonSchema.extend({
  occupationId: optionalFormId,
  howFound: z.enum(CONTACT_SOURCES, { error: 'Choose how you found this person.' }),
  howFoundDetail: optionalText('Details', 200),
  criteria: z.preprocess(asArray, z.array(z.enum(CONTACT_CRITERIA, { error: 'Choose from the list.' })).max(CONTACT_CRITERIA.length)),
  referredByContactId: optionalFormId,
});

/** A stored contact as the edit form's fields hold it (text; ticked criteria comma-joined, as posted). */
export function contactFormValues(contact: {
  name: string;
  jobTitle: string | null;
  organisation: string | null;
  occupationId: number | null;
  email: string | null;
  phone: string | null;
  notes: string | null;
  howFound: string;
  howFoundDetail: string | null;
  referredByContactId: number | null;
  criteria: string[];
}): Record<string, string> {
  return {
    name: contact.name,
    jobTitle: contact.jobTitle ?? '',
    organisation: contact.organisation ?? '',
    occupationId: contact.occupationId ? String(contact.occupationId) : '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    notes: contact.notes ?? '',
    howFound: contact.howFound,
    howFoundDetail: contact.howFoundDetail ?? '',
    referredByContactId: contact.referredByContactId ? String(contact.referredByContactId) : '',
    criteria: contact.criteria.join(','),
  };
}

/** The edit form's text fields as it labels them: a refused stale save shows these side by side. */
export const CONTACT_EDIT_LABELS = {
  name: 'Name',
  jobTitle: 'Job title',
  organisation: 'Organisation',
  email: 'E-mail',
  phone: 'Phone',
  howFound: 'How I found this person',
  howFoundDetail: 'Details of how I found them',
  notes: 'Notes',
};

export type ContactPersonInput = z.infer<typeof contactPersonSchema>;
export type ContactInput = z.infer<typeof contactSchema>;
