import { and, asc, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { NextActionContact, NextActionEmailAttempt } from '@/lib/interviews/rules';
import { getDb, type DB, type Tx } from '../client';
import { contacts, interviews, outreachAttempts } from '../schema';
import type { Viewer } from './users';
import { ownedBy } from './visibility';
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

/** Every attempt on one of the viewer's contacts, latest first. */
export function listAttempts(viewer: Viewer, contactId: number) {
  return getDb()
    .select({
      id: outreachAttempts.id,
      attemptedAt: outreachAttempts.attemptedAt,
      channel: outreachAttempts.channel,
      outcome: outreachAttempts.outcome,
      notes: outreachAttempts.notes,
    })
    .from(outreachAttempts)
    .where(and(eq(outreachAttempts.contactId, contactId), ownedBy(viewer, outreachAttempts.studentId)))
    .orderBy(desc(outreachAttempts.attemptedAt), desc(outreachAttempts.id))
    .all();
}

/** Contacts the viewer has neither tried to reach nor met, oldest first. */
export function listContactsNeverReached(viewer: Viewer, limit: number): NextActionContact[] {
  return getDb()
    .select({ id: contacts.id, name: contacts.name, createdAt: contacts.createdAt })
    .from(contacts)
    .where(
      and(
        ownedBy(viewer, contacts.studentId),
        sql`not exists (select 1 from ${outreachAttempts} where ${outreachAttempts.contactId} = ${contacts.id})`,
        sql`not exists (select 1 from ${interviews} where ${interviews.contactId} = ${contacts.id})`,
      ),
    )
    .orderBy(asc(contacts.createdAt), asc(contacts.id))
    .limit(limit)
    .all();
}

/**
 * For each contact, the latest attempt when it is an e-mail still unanswered (awaiting a
 * reply or no answer) and nothing was tried after it. Everything is decided in SQL; whether
 * three days have passed is the caller's rule (needsPhoneFollowUp).
 */
export function listEmailAttemptsAwaitingReply(viewer: Viewer, limit = 200): NextActionEmailAttempt[] {
  const later = sql`select 1 from outreach_attempts later where later.contact_id = ${outreachAttempts.contactId}
    and (later.attempted_at > ${outreachAttempts.attemptedAt} or (later.attempted_at = ${outreachAttempts.attemptedAt} and later.id > ${outreachAttempts.id}))`;
  return getDb()
    .select({
      contactId: outreachAttempts.contactId,
      contactName: contacts.name,
      attemptedAt: outreachAttempts.attemptedAt,
      outcome: outreachAttempts.outcome,
      hasLaterAttempt: sql<boolean>`0`.mapWith(Boolean),
    })
    .from(outreachAttempts)
    .innerJoin(contacts, and(eq(contacts.id, outreachAttempts.contactId), ownedBy(viewer, contacts.studentId)))
    .where(
      and(
        ownedBy(viewer, outreachAttempts.studentId),
        eq(outreachAttempts.channel, 'email'),
        inArray(outreachAttempts.outcome, UNANSWERED_OUTCOMES),
        sql`not exists (${later})`,
      ),
    )
    .orderBy(asc(outreachAttempts.attemptedAt), asc(outreachAttempts.id))
    .limit(limit)
    .all();
}

export function countContacts(viewer: Viewer): number {
  return getDb().select({ n: count() }).from(contacts).where(ownedBy(viewer, contacts.studentId)).get()?.n ?? 0;
}

/** Contacts the viewer was led to by another contact. */
export function countReferralsReceived(viewer: Viewer): number {
  return (
    getDb()
      .select({ n: count() })
      .from(contacts)
      .where(and(ownedBy(viewer, contacts.studentId), isNotNull(contacts.referredByContactId)))
      .get()?.n ?? 0
  );
}
