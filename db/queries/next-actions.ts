import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { contacts, interviews, outreachAttempts } from '../schema';
import { CONTACT_SUMMARY_COLUMNS } from './columns';
import type { Viewer } from './users';
import { recordsOfStudent } from './visibility';
import type { OutreachChannel, OutreachOutcome } from '@/lib/outreach/vocabulary';

export type ContactInProgress = { contactId: number; contactName: string; channel: OutreachChannel; outcome: OutreachOutcome; attemptedAt: Date };

/**
 * One student's contacts that were tried at least once and have no interview (a cancelled one
 * aside), each with the latest attempt: where the approach stands (agreed, awaiting a reply, no
 * answer, declined). The next-actions rules decide what each of these asks for.
 */
export function listContactsInProgressForViewer(viewer: Viewer, studentId: number, limit = 200): ContactInProgress[] {
  const later = sql`select 1 from outreach_attempts later where later.contact_id = ${outreachAttempts.contactId}
    and (later.attempted_at > ${outreachAttempts.attemptedAt} or (later.attempted_at = ${outreachAttempts.attemptedAt} and later.id > ${outreachAttempts.id}))`;
  return getDb()
    .select({
      contactId: outreachAttempts.contactId,
      contactName: CONTACT_SUMMARY_COLUMNS.name,
      channel: outreachAttempts.channel,
      outcome: outreachAttempts.outcome,
      attemptedAt: outreachAttempts.attemptedAt,
    })
    .from(outreachAttempts)
    .innerJoin(contacts, and(eq(contacts.id, outreachAttempts.contactId), eq(contacts.studentId, outreachAttempts.studentId)))
    .where(
      and(
        recordsOfStudent(viewer, studentId, outreachAttempts.studentId),
        sql`not exists (${later})`,
        sql`not exists (select 1 from ${interviews} where ${interviews.contactId} = ${contacts.id} and ${interviews.status} <> 'cancelled')`,
      ),
    )
    .orderBy(asc(outreachAttempts.attemptedAt), asc(outreachAttempts.id))
    .limit(limit)
    .all();
}
