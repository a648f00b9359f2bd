import { asc } from 'drizzle-orm';
import { getDb } from '../client';
import { contacts } from '../schema';
import { CONTACT_SUMMARY_COLUMNS } from './columns';
import type { Viewer } from './users';
import { recordsOfStudent } from './visibility';

/** The network page draws at most this many contacts; a student has far fewer. */
export const NETWORK_LIMIT = 2000;

/** One contact and who referred them (ids and names only). */
export type ReferralLink = { id: number; name: string; referredById: number | null };

/** Who referred whom among one student's contacts. */
export function listReferralLinksForViewer(viewer: Viewer, studentId: number): { links: ReferralLink[]; truncated: boolean } {
  const rows = getDb()
    .select({ id: CONTACT_SUMMARY_COLUMNS.id, name: CONTACT_SUMMARY_COLUMNS.name, referredById: contacts.referredByContactId })
    .from(contacts)
    .where(recordsOfStudent(viewer, studentId, contacts.studentId))
    .orderBy(asc(contacts.id))
    .limit(NETWORK_LIMIT + 1)
    .all();
  return { links: rows.slice(0, NETWORK_LIMIT), truncated: rows.length > NETWORK_LIMIT };
}
