import { and, eq } from 'drizzle-orm';
import { getDb, type DB, type Tx } from '../client';
import { contacts, type ContactCriterion, type ContactSource } from '../schema';
import type { Viewer } from './users';
import { ownedBy } from './visibility';

export type NewContact = {
  name: string;
  jobTitle?: string | null;
  organisation?: string | null;
  email?: string | null;
  phone?: string | null;
  notes?: string | null;
  occupationId?: number | null;
  howFound: ContactSource;
  howFoundDetail?: string | null;
  criteria?: ContactCriterion[];
  referredByContactId?: number | null;
  referredInInterviewId?: number | null;
};

/**
 * Adds a contact to the viewer's own list. Callers have already checked that any referring
 * contact, interview and occupation are the viewer's own. Returns the new id.
 */
export function insertContact(tx: DB | Tx, viewer: Viewer, values: NewContact): number {
  return tx
    .insert(contacts)
    .values({ ...values, criteria: values.criteria ?? [], studentId: viewer.id })
    .returning({ id: contacts.id })
    .get().id;
}

/** A contact the viewer owns (their own record, all fields), or null. */
export function findOwnContact(viewer: Viewer, id: number) {
  return getDb().select().from(contacts).where(and(eq(contacts.id, id), ownedBy(viewer, contacts.studentId))).get() ?? null;
}
