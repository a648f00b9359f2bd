import { asc } from 'drizzle-orm';
import type { ReferralContact } from '@/lib/contacts/network';
import { getDb } from '../client';
import { contacts } from '../schema';
import type { Viewer } from './users';
import { ownedBy } from './visibility';

/** The network page draws at most this many contacts; a student has far fewer. */
export const NETWORK_LIMIT = 2000;

/** Who referred whom among the viewer's contacts (ids and names only). */
export function listReferralLinks(viewer: Viewer): { links: ReferralContact[]; truncated: boolean } {
  const rows = getDb()
    .select({ id: contacts.id, name: contacts.name, referredById: contacts.referredByContactId })
    .from(contacts)
    .where(ownedBy(viewer, contacts.studentId))
    .orderBy(asc(contacts.id))
    .limit(NETWORK_LIMIT + 1)
    .all();
  return { links: rows.slice(0, NETWORK_LIMIT), truncated: rows.length > NETWORK_LIMIT };
}
