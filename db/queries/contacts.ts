import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type DB, type Tx } from '../client';
import { contacts, interviews, occupations, outreachAttempts, type Contact } from '../schema';
import { contactColumnsFor, STAFF_CONTACT_COLUMNS } from './columns';
import { containsPattern, pageWindow, toPage, type Page } from './pagination';
import type { StudentViewer, Viewer } from './users';
import { ownedBy, recordsOfStudent, studentRecordsVisibleTo } from './visibility';
import { DECLINED_OUTCOMES } from '@/lib/outreach/vocabulary';
import { OPEN_INTERVIEW_STATUSES } from '@/lib/interviews/vocabulary';
import type { ContactCriterion, ContactSource, ContactStatus } from '@/lib/contacts/vocabulary';

/** How many links a contact's page lists (a student has a handful; this is a ceiling, not a page). */
export const CONTACT_LINKS_LIMIT = 100;

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

/*
 * The derived status, in SQL so that the list filters and paginates in the database. A
 * completed interview beats a planned one, which beats an agreement; "declined" is the
 * latest attempt's word, unless the contact agreed at some point.
 */
const latestOutcome = sql`(select ${outreachAttempts.outcome} from ${outreachAttempts}
  where ${outreachAttempts.contactId} = ${contacts.id}
  order by ${outreachAttempts.attemptedAt} desc, ${outreachAttempts.id} desc limit 1)`;

/** A status value written into the SQL, checked against the vocabulary by the compiler. */
const statusValue = (status: ContactStatus) => sql.raw(`'${status}'`);

export const contactStatusSql = sql<ContactStatus>`(case
  when exists (select 1 from ${interviews} where ${interviews.contactId} = ${contacts.id} and ${eq(interviews.status, 'completed')}) then ${statusValue('interviewed')}
  when exists (select 1 from ${interviews} where ${interviews.contactId} = ${contacts.id} and ${inArray(interviews.status, OPEN_INTERVIEW_STATUSES)}) then ${statusValue('interview-scheduled')}
  when exists (select 1 from ${outreachAttempts} where ${outreachAttempts.contactId} = ${contacts.id} and ${eq(outreachAttempts.outcome, 'agreed')}) then ${statusValue('agreed')}
  when ${inArray(latestOutcome, DECLINED_OUTCOMES)} then ${statusValue('declined')}
  when exists (select 1 from ${outreachAttempts} where ${outreachAttempts.contactId} = ${contacts.id}) then ${statusValue('reaching-out')}
  else ${statusValue('not-contacted')} end)`;

export type ContactListItem = {
  id: number;
  name: string;
  jobTitle: string | null;
  organisation: string | null;
  occupationTitle: string | null;
  status: ContactStatus;
};

export type ContactListFilters = { q?: string; occupationId?: number; status?: ContactStatus; page?: number };

/** One student's contacts, searchable by name, job title, organisation and how found, in name order. */
export function listContactsForViewer(viewer: Viewer, studentId: number, opts: ContactListFilters = {}): Page<ContactListItem> {
  const filters: SQL[] = [recordsOfStudent(viewer, studentId, contacts.studentId)];
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
    .leftJoin(occupations, and(eq(occupations.id, contacts.occupationId), eq(occupations.studentId, contacts.studentId)))
    .where(where)
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(contacts).where(where).get()?.n ?? 0;
  return toPage(items, total, page);
}

type ContactDetailExtras = { occupationTitle: string | null; referredBy: { id: number; name: string } | null; status: ContactStatus };
/** A contact as staff receive it (and the type every audience may rely on). */
export type ContactDetail = Pick<Contact, keyof typeof STAFF_CONTACT_COLUMNS> & ContactDetailExtras;
/** A contact as its student receives it: every column, phone and e-mail included. */
export type StudentContactDetail = Contact & ContactDetailExtras;

/**
 * One contact the viewer may see, with its occupation, referrer and derived status, or null.
 * Its student gets every column; staff of the student's section get STAFF_CONTACT_COLUMNS.
 */
export function findContactForViewer(viewer: StudentViewer, id: number): StudentContactDetail | null;
export function findContactForViewer(viewer: Viewer, id: number): ContactDetail | null;
export function findContactForViewer(viewer: Viewer, id: number): ContactDetail | null {
  const row =
    getDb()
      .select({
        ...contactColumnsFor(viewer),
        occupationTitle: occupations.title,
        // The referrer is always one of the same student's contacts.
        referrerName: sql<string | null>`(select r.name from contacts r where r.id = ${contacts.referredByContactId} and r.student_id = ${contacts.studentId})`,
        status: contactStatusSql,
      })
      .from(contacts)
      .leftJoin(occupations, and(eq(occupations.id, contacts.occupationId), eq(occupations.studentId, contacts.studentId)))
      .where(and(eq(contacts.id, id), studentRecordsVisibleTo(viewer, contacts.studentId)))
      .get() ?? null;
  if (!row) return null;
  const { referrerName, ...contact } = row;
  const referredBy = contact.referredByContactId !== null && referrerName !== null ? { id: contact.referredByContactId, name: referrerName } : null;
  return { ...contact, referredBy };
}

/** The people one contact led the student to. */
export function listContactReferralsForViewer(viewer: Viewer, contactId: number): { id: number; name: string; createdAt: Date }[] {
  return getDb()
    .select({ id: contacts.id, name: contacts.name, createdAt: contacts.createdAt })
    .from(contacts)
    .where(and(eq(contacts.referredByContactId, contactId), studentRecordsVisibleTo(viewer, contacts.studentId)))
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(CONTACT_LINKS_LIMIT)
    .all();
}

/** How many contacts one student has, and how many of them another contact referred. */
export function countContactsForViewer(viewer: Viewer, studentId: number): { contacts: number; referrals: number } {
  const row = getDb()
    .select({ contacts: count(), referrals: count(contacts.referredByContactId) })
    .from(contacts)
    .where(recordsOfStudent(viewer, studentId, contacts.studentId))
    .get();
  return { contacts: row?.contacts ?? 0, referrals: row?.referrals ?? 0 };
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

export function updateOwnContact(tx: DB | Tx, viewer: Viewer, id: number, values: ContactUpdate, now: Date): boolean {
  const result = tx
    .update(contacts)
    .set({ ...values, criteria: values.criteria ?? [], updatedAt: now })
    .where(and(eq(contacts.id, id), ownedBy(viewer, contacts.studentId)))
    .run();
  return result.changes > 0;
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

/** The interviews with one contact, latest first, for the contact's page. */
export function listContactInterviewsForViewer(viewer: Viewer, contactId: number) {
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
    .where(and(eq(interviews.contactId, contactId), studentRecordsVisibleTo(viewer, interviews.studentId)))
    .orderBy(desc(interviews.startsAt), desc(interviews.id))
    .limit(CONTACT_LINKS_LIMIT)
    .all();
}
