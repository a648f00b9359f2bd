import { getTableColumns } from 'drizzle-orm';
import { contacts, interviews } from '../schema';
import type { Viewer } from './users';

/*
 * What each audience may read of the record kinds whose columns differ by audience. A student
 * reads every column of their own records; the staff of their section read an allow-list, so that
 * a column added later stays the student's until someone decides otherwise. Every read (and every
 * join that brings these columns into another record's read) picks its set with the helpers below.
 */

/**
 * A contact, for staff: never the phone or the e-mail (third parties did not consent to the career
 * centre holding them), nor the student's free-text notes about the person, which is where a
 * number or an address gets written down.
 */
export const STAFF_CONTACT_COLUMNS = {
  id: contacts.id,
  studentId: contacts.studentId,
  name: contacts.name,
  jobTitle: contacts.jobTitle,
  organisation: contacts.organisation,
  occupationId: contacts.occupationId,
  howFound: contacts.howFound,
  howFoundDetail: contacts.howFoundDetail,
  criteria: contacts.criteria,
  referredByContactId: contacts.referredByContactId,
  referredInInterviewId: contacts.referredInInterviewId,
  createdAt: contacts.createdAt,
  updatedAt: contacts.updatedAt,
};

/** A contact, for their student: every column, phone and e-mail included. */
export const STUDENT_CONTACT_COLUMNS = getTableColumns(contacts);

/**
 * Who a contact is, where another record names them (an interview, a referral): the same for
 * every audience, and all of it in STAFF_CONTACT_COLUMNS.
 */
export const CONTACT_SUMMARY_COLUMNS = {
  id: STAFF_CONTACT_COLUMNS.id,
  name: STAFF_CONTACT_COLUMNS.name,
  jobTitle: STAFF_CONTACT_COLUMNS.jobTitle,
  organisation: STAFF_CONTACT_COLUMNS.organisation,
};
export type ContactSummary = { id: number; name: string; jobTitle: string | null; organisation: string | null };

/**
 * An interview, for staff: not its location (the address, the link, or for a phone interview the
 * contact's own number) nor the student's calendar plumbing.
 */
export const STAFF_INTERVIEW_COLUMNS = {
  id: interviews.id,
  studentId: interviews.studentId,
  contactId: interviews.contactId,
  occupationId: interviews.occupationId,
  status: interviews.status,
  startsAt: interviews.startsAt,
  durationMinutes: interviews.durationMinutes,
  mode: interviews.mode,
  checklist: interviews.checklist,
  generalNotes: interviews.generalNotes,
  completedAt: interviews.completedAt,
  thankYouChannel: interviews.thankYouChannel,
  thankYouSentAt: interviews.thankYouSentAt,
  thankYouText: interviews.thankYouText,
  createdAt: interviews.createdAt,
  updatedAt: interviews.updatedAt,
};

/** An interview, for its student: every column. */
export const STUDENT_INTERVIEW_COLUMNS = getTableColumns(interviews);

/**
 * The contact columns this viewer may receive. Typed as the staff set, which every audience may
 * rely on; reads that promise a student more say so with an overload for StudentViewer.
 */
export function contactColumnsFor(viewer: Viewer): typeof STAFF_CONTACT_COLUMNS {
  return viewer.role === 'student' ? STUDENT_CONTACT_COLUMNS : STAFF_CONTACT_COLUMNS;
}

/** The interview columns this viewer may receive (typed as the staff set, as above). */
export function interviewColumnsFor(viewer: Viewer): typeof STAFF_INTERVIEW_COLUMNS {
  return viewer.role === 'student' ? STUDENT_INTERVIEW_COLUMNS : STAFF_INTERVIEW_COLUMNS;
}
