import { z } from 'zod';
import { CONTACT_CRITERIA, CONTACT_SOURCES } from '@/db/schema';
import { hasControlCharacters, optionalFormId, optionalMultilineText, optionalText, requiredText } from './common';

export const CONTACT_SOURCE_LABELS: Record<(typeof CONTACT_SOURCES)[number], string> = {
  friend: 'A friend',
  family: 'Family',
  professional: 'A professional I know (doctor, dentist…)',
  neighbour: 'A neighbour',
  'previous-employer': 'A previous employer',
  'fellow-student': 'A fellow student',
  'instructor-counsellor-advisor': 'An instructor, counsellor or advisor',
  'community-agency': 'A community agency (Rotary, Chamber of Commerce…)',
  'professional-association': 'A trade or professional association',
  referral: 'Referred by another contact',
  other: 'Other',
};

export const CONTACT_CRITERIA_LABELS: Record<(typeof CONTACT_CRITERIA)[number], string> = {
  'works-in-occupation': 'Works in the occupation I am interested in',
  'shares-interest': 'Shares an interest or a way of life that appeals to me',
  'setting-i-like': 'Works in a setting I like',
  'specific-job-organisation': 'Has a specific job in an organisation I am interested in',
};

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

/**
 * Where a contact stands, derived from their attempts and interviews (never stored): the
 * contact list filters on it in SQL (db/queries/contacts.ts computes the same values).
 */
export const CONTACT_STATUSES = ['not-contacted', 'reaching-out', 'agreed', 'interview-scheduled', 'interviewed', 'declined'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

export const CONTACT_STATUS_LABELS: Record<ContactStatus, string> = {
  'not-contacted': 'Not contacted yet',
  'reaching-out': 'Reaching out',
  agreed: 'Agreed to talk',
  'interview-scheduled': 'Interview planned',
  interviewed: 'Interviewed',
  declined: 'Declined',
};

export function isContactStatus(value: string): value is ContactStatus {
  return (CONTACT_STATUSES as readonly string[]).includes(value);
}

/** The contact form's fixed choices, built on the server so the form's client bundle stays small. */
export const CONTACT_SOURCE_OPTIONS = CONTACT_SOURCES.map((s) => ({ value: s, label: CONTACT_SOURCE_LABELS[s] }));
export const CONTACT_CRITERIA_OPTIONS = CONTACT_CRITERIA.map((c) => ({ value: c, label: CONTACT_CRITERIA_LABELS[c] }));
