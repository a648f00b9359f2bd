/**
 * How a contact was found, why they were chosen, and where the student stands with them (a
 * status derived in SQL, never stored). Dependency-free: schema, server and client share it.
 */

/** The seed's ways of finding someone to talk to. */
export const CONTACT_SOURCES = [
  'friend',
  'family',
  'professional',
  'neighbour',
  'previous-employer',
  'fellow-student',
  'instructor-counsellor-advisor',
  'community-agency',
  'professional-association',
  'referral',
  'other',
] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

export const CONTACT_SOURCE_LABELS: Readonly<Record<ContactSource, string>> = {
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

/** The seed's reasons for choosing a person. */
export const CONTACT_CRITERIA = ['works-in-occupation', 'shares-interest', 'setting-i-like', 'specific-job-organisation'] as const;
export type ContactCriterion = (typeof CONTACT_CRITERIA)[number];

export const CONTACT_CRITERIA_LABELS: Readonly<Record<ContactCriterion, string>> = {
  'works-in-occupation': 'Works in the occupation I am interested in',
  'shares-interest': 'Shares an interest or a way of life that appeals to me',
  'setting-i-like': 'Works in a setting I like',
  'specific-job-organisation': 'Has a specific job in an organisation I am interested in',
};

/**
 * Where a contact stands, derived from their attempts and interviews: the contact list filters
 * on it in SQL (db/queries/contacts.ts computes these values).
 */
export const CONTACT_STATUSES = ['not-contacted', 'reaching-out', 'agreed', 'interview-scheduled', 'interviewed', 'declined'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

export const CONTACT_STATUS_LABELS: Readonly<Record<ContactStatus, string>> = {
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
