import { and, asc, count, desc, eq, getTableColumns, ne, or, sql, type SQL } from 'drizzle-orm';
import type { ContactStatus } from '@/lib/validation/contact';
import { getDb, type DB, type Tx } from '../client';
import { contacts, interviews, occupations, outreachAttempts, type ContactCriterion, type ContactSource } from '../schema';
import { containsPattern, pageWindow, toPage, type Page } from './pagination';
import type { Viewer } from './users';
import { ownedBy } from './visibility';
import { updateIfVersion, type VersionedUpdate } from './versioned';

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

/*
 * The derived status, in SQL so that the list filters and paginates in the database. A
 * completed interview beats a planned one, which beats an agreement; "declined" is the
 * latest attempt's word, unless the contact agreed at some point.
 */
const latestOutcome = sql`(select ${outreachAttempts.outcome} from ${outreachAttempts}
  where ${outreachAttempts.contactId} = ${contacts.id}
  order by ${outreachAttempts.attemptedAt} desc, ${outreachAttempts.id} desc limit 1)`;

export const contactStatusSql = sql<ContactStatus>`(case
  when exists (select 1 from ${interviews} where ${interviews.contactId} = ${contacts.id} and ${interviews.status} = 'completed') then 'interviewed'
  when exists (select 1 from ${interviews} where ${interviews.contactId} = ${contacts.id} and ${interviews.status} in ('planned', 'scheduled')) then 'interview-scheduled'
  when exists (select 1 from ${outreachAttempts} where ${outreachAttempts.contactId} = ${contacts.id} and ${outreachAttempts.outcome} = 'agreed') then 'agreed'
  when ${latestOutcome} in ('declined', 'declined-suggested') then 'declined'
  when exists (select 1 from ${outreachAttempts} where ${outreachAttempts.contactId} = ${contacts.id}) then 'reaching-out'
  else 'not-contacted' end)`;

export type ContactListItem = {
  id: number;
  name: string;
  jobTitle: string | null;
  organisation: string | null;
  occupationTitle: string | null;
  status: ContactStatus;
};

export type ContactListFilters = { q?: string; occupationId?: number; status?: ContactStatus; page?: number };

/** The viewer's contacts, searchable by name, job title and organisation, by name order. */
export function listContacts(viewer: Viewer, opts: ContactListFilters = {}): Page<ContactListItem> {
  const filters: SQL[] = [ownedBy(viewer, contacts.studentId)];
  if (opts.q?.trim()) {
    const p = containsPattern(opts.q.trim());
    filters.push(
      or(
        sql`${contacts.name} like ${p} escape '\\'`,
        sql`${contacts.jobTitle} like ${p} escape '\\'`,
        sql`${contacts.organisation} like ${p} escape '\\'`,
        sql`${contacts.howFoundDetail} like ${p} escape '\\'`,
      )!,
    );
  }
  if (opts.occupationId) filters.push(eq(contacts.occupationId, opts.occupationId));
  if (opts.status) filters.push(sql`${contactStatusSql} = ${opts.status}`);
  const where = and(...filters);
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  const db = getDb();
  const items = db
    .select({
      id: contacts.id,
      name: contacts.name,
      jobTitle: contacts.jobTitle,
      organisation: contacts.organisation,
      occupationTitle: occupations.title,
      status: contactStatusSql,
    })
    .from(contacts)
    .leftJoin(occupations, and(eq(occupations.id, contacts.occupationId), ownedBy(viewer, occupations.studentId)))
    .where(where)
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(contacts).where(where).get()?.n ?? 0;
  return toPage(items, total, page);
}

/** The whole record of one of the viewer's contacts, with its occupation and referrer, or null. */
export function findContactRecord(viewer: Viewer, id: number) {
  const row =
    getDb()
      .select({
        ...getTableColumns(contacts),
        occupationTitle: occupations.title,
        // The referrer is always one of the same student's contacts.
        referrerName: sql<string | null>`(select r.name from contacts r where r.id = ${contacts.referredByContactId} and r.student_id = ${contacts.studentId})`,
        status: contactStatusSql,
      })
      .from(contacts)
      .leftJoin(occupations, and(eq(occupations.id, contacts.occupationId), ownedBy(viewer, occupations.studentId)))
      .where(and(eq(contacts.id, id), ownedBy(viewer, contacts.studentId)))
      .get() ?? null;
  if (!row) return null;
  const { referrerName, ...contact } = row;
  const referredBy = contact.referredByContactId !== null && referrerName !== null ? { id: contact.referredByContactId, name: referrerName } : null;
  return { ...contact, referredBy };
}

export type ContactRecord = NonNullable<ReturnType<typeof findContactRecord>>;

/** The people this contact led the viewer to. */
export function listReferralsFrom(viewer: Viewer, contactId: number): { id: number; name: string; createdAt: Date }[] {
  return getDb()
    .select({ id: contacts.id, name: contacts.name, createdAt: contacts.createdAt })
    .from(contacts)
    .where(and(eq(contacts.referredByContactId, contactId), ownedBy(viewer, contacts.studentId)))
    .orderBy(asc(contacts.name), asc(contacts.id))
    .all();
}

/** Choices for "Referred by": the viewer's other contacts (a sane cap for a select). */
export function listContactOptions(viewer: Viewer, exceptId?: number): { id: number; name: string }[] {
  return getDb()
    .select({ id: contacts.id, name: contacts.name })
    .from(contacts)
    .where(and(ownedBy(viewer, contacts.studentId), exceptId ? ne(contacts.id, exceptId) : undefined))
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(1000)
    .all();
}

/**
 * Whether making `referrerId` the referrer of `contactId` would close a loop (the referrer
 * was itself led to, at any depth, by this contact). Walks up the chain in SQL; `union`
 * drops repeats, so a loop already in the data ends the walk.
 */
export function wouldCreateReferralCycle(viewer: Viewer, contactId: number, referrerId: number): boolean {
  if (contactId === referrerId) return true;
  const row = getDb().get<{ found: number } | undefined>(sql`
    with recursive chain(id) as (
      select ${contacts.referredByContactId} from ${contacts} where ${contacts.id} = ${referrerId} and ${ownedBy(viewer, contacts.studentId)}
      union
      select c.referred_by_contact_id from contacts c join chain on c.id = chain.id where c.student_id = ${viewer.id}
    )
    select 1 as found from chain where id = ${contactId} limit 1`);
  return !!row;
}

export type ContactUpdate = Omit<NewContact, 'referredInInterviewId'>;

/** Saves an edit of the viewer's own contact, refused if it changed since the form was opened (its version). */
export function updateOwnContact(tx: DB | Tx, viewer: Viewer, id: number, values: ContactUpdate, now: Date, expectedVersion: number): VersionedUpdate {
  return updateIfVersion(tx, contacts, and(eq(contacts.id, id), ownedBy(viewer, contacts.studentId)), expectedVersion, { ...values, criteria: values.criteria ?? [], updatedAt: now });
}

export function deleteOwnContact(tx: DB | Tx, viewer: Viewer, id: number): boolean {
  return tx.delete(contacts).where(and(eq(contacts.id, id), ownedBy(viewer, contacts.studentId))).run().changes > 0;
}

/** What goes with a contact when it is deleted (attempts and interviews cascade). */
export function countContactDependents(viewer: Viewer, id: number): { interviews: number; attempts: number } {
  const db = getDb();
  const interviewCount =
    db
      .select({ n: count() })
      .from(interviews)
      .where(and(eq(interviews.contactId, id), ownedBy(viewer, interviews.studentId)))
      .get()?.n ?? 0;
  const attemptCount =
    db
      .select({ n: count() })
      .from(outreachAttempts)
      .where(and(eq(outreachAttempts.contactId, id), ownedBy(viewer, outreachAttempts.studentId)))
      .get()?.n ?? 0;
  return { interviews: interviewCount, attempts: attemptCount };
}

/** The viewer's interviews with one contact, latest first, for the contact's page. */
export function listInterviewsForContact(viewer: Viewer, contactId: number) {
  return getDb()
    .select({
      id: interviews.id,
      status: interviews.status,
      startsAt: interviews.startsAt,
      mode: interviews.mode,
      completedAt: interviews.completedAt,
      thankYouSentAt: interviews.thankYouSentAt,
    })
    .from(interviews)
    .where(and(eq(interviews.contactId, contactId), ownedBy(viewer, interviews.studentId)))
    .orderBy(desc(interviews.startsAt), desc(interviews.id))
    .all();
}
