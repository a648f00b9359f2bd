import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type DB, type Tx } from '../client';
import { contacts, interviews, outreachAttempts } from '../schema';
import { CONTACT_SUMMARY_COLUMNS } from './columns';
import type { Viewer } from './users';
import { recordsOfStudent, studentRecordsVisibleTo } from './visibility';
import { UNANSWERED_OUTCOMES, type OutreachChannel, type OutreachOutcome } from '@/lib/outreach/vocabulary';

export type NewAttempt = { attemptedAt: Date; channel: OutreachChannel; outcome: OutreachOutcome; notes: string | null };

/** Logs an attempt on a contact the caller has already found to be the viewer's own. */
export function insertAttempt(tx: DB | Tx, viewer: Viewer, contactId: number, values: NewAttempt): number {
  return tx
    .insert(outreachAttempts)
    .values({ ...values, contactId, studentId: viewer.id })
    .returning({ id: outreachAttempts.id })
    .get().id;
}

/** A ceiling on one contact's attempts (a student makes a handful). */
export const ATTEMPTS_PER_CONTACT_LIMIT = 200;

/** Every attempt on one contact, latest first. */
export function listAttemptsForViewer(viewer: Viewer, contactId: number) {
  return getDb()
    .select({
      id: outreachAttempts.id,
      attemptedAt: outreachAttempts.attemptedAt,
      channel: outreachAttempts.channel,
      outcome: outreachAttempts.outcome,
      notes: outreachAttempts.notes,
    })
    .from(outreachAttempts)
    .where(and(eq(outreachAttempts.contactId, contactId), studentRecordsVisibleTo(viewer, outreachAttempts.studentId)))
    .orderBy(desc(outreachAttempts.attemptedAt), desc(outreachAttempts.id))
    .limit(ATTEMPTS_PER_CONTACT_LIMIT)
    .all();
}

export type ContactNeverReached = { id: number; name: string; createdAt: Date };

/** One student's contacts they have neither tried to reach nor met, oldest first. */
export function listContactsNeverReachedForViewer(viewer: Viewer, studentId: number, limit: number): ContactNeverReached[] {
  return getDb()
    .select({ id: CONTACT_SUMMARY_COLUMNS.id, name: CONTACT_SUMMARY_COLUMNS.name, createdAt: contacts.createdAt })
    .from(contacts)
    .where(
      and(
        recordsOfStudent(viewer, studentId, contacts.studentId),
        sql`not exists (select 1 from ${outreachAttempts} where ${outreachAttempts.contactId} = ${contacts.id})`,
        sql`not exists (select 1 from ${interviews} where ${interviews.contactId} = ${contacts.id})`,
      ),
    )
    .orderBy(asc(contacts.createdAt), asc(contacts.id))
    .limit(limit)
    .all();
}

export type EmailAttemptAwaitingReply = { contactId: number; contactName: string; attemptedAt: Date; outcome: OutreachOutcome; hasLaterAttempt: boolean };

/**
 * For each of one student's contacts, the latest attempt when it is an e-mail still unanswered
 * (awaiting a reply or no answer) and nothing was tried after it. Everything is decided in SQL;
 * whether three days have passed is the caller's rule (needsPhoneFollowUp).
 */
export function listEmailAttemptsAwaitingReplyForViewer(viewer: Viewer, studentId: number, limit = 200): EmailAttemptAwaitingReply[] {
  const later = sql`select 1 from outreach_attempts later where later.contact_id = ${outreachAttempts.contactId}
    and (later.attempted_at > ${outreachAttempts.attemptedAt} or (later.attempted_at = ${outreachAttempts.attemptedAt} and later.id > ${outreachAttempts.id}))`;
  return getDb()
    .select({
      contactId: outreachAttempts.contactId,
      contactName: CONTACT_SUMMARY_COLUMNS.name,
      attemptedAt: outreachAttempts.attemptedAt,
      outcome: outreachAttempts.outcome,
      hasLaterAttempt: sql<boolean>`0`.mapWith(Boolean),
    })
    .from(outreachAttempts)
    .innerJoin(contacts, and(eq(contacts.id, outreachAttempts.contactId), eq(contacts.studentId, outreachAttempts.studentId)))
    .where(
      and(
        recordsOfStudent(viewer, studentId, outreachAttempts.studentId),
        eq(outreachAttempts.channel, 'email'),
        inArray(outreachAttempts.outcome, UNANSWERED_OUTCOMES),
        sql`not exists (${later})`,
      ),
    )
    .orderBy(asc(outreachAttempts.attemptedAt), asc(outreachAttempts.id))
    .limit(limit)
    .all();
}
