import { and, asc, count, desc, eq, getTableName, isNull, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getDb, type DB, type Tx } from '../client';
import { contacts, interviews, occupations, occupationUnknowns, type Occupation } from '../schema';
import { CONTACT_SUMMARY_COLUMNS, type ContactSummary } from './columns';
import { pageWindow, toPage, type Page } from './pagination';
import type { Viewer } from './users';
import { ownedBy, recordsOfStudent, studentRecordsVisibleTo } from './visibility';
import type { InterviewStatus } from '@/lib/interviews/vocabulary';
import type { OccupationStatus } from '@/lib/occupations/vocabulary';

export type OccupationValues = {
  title: string;
  whyInterested: string | null;
  researchNotes: string | null;
  sources: string | null;
  status: OccupationStatus;
};

export type OccupationListItem = {
  id: number;
  title: string;
  status: OccupationStatus;
  contactCount: number;
  interviewCount: number;
};

/** The most a student keeps in one occupation's "what I still don't know" list. */
export const UNKNOWNS_PER_OCCUPATION = 100;
/** How many linked contacts or interviews the occupation page lists (the total is shown too). */
export const LINKED_LIST_LIMIT = 50;
/** Options for a select of the student's occupations; far more than anyone explores. */
const OPTIONS_LIMIT = 500;

/**
 * A column named with its table: drizzle leaves columns unqualified in a one-table select, which
 * inside a correlated subquery would bind to the subquery's own table.
 */
function col(table: SQLiteTable, column: SQLiteColumn): SQL {
  return sql`${sql.identifier(getTableName(table))}.${sql.identifier(column.name)}`;
}

/** One student's occupations, by title, with how many contacts and interviews are about each. */
export function listOccupationsForViewer(viewer: Viewer, studentId: number, opts: { status?: OccupationStatus; page?: number } = {}): Page<OccupationListItem> {
  const filters: SQL[] = [recordsOfStudent(viewer, studentId, occupations.studentId)];
  if (opts.status) filters.push(eq(occupations.status, opts.status));
  const where = and(...filters);
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  const db = getDb();
  // Correlated subqueries run per row of the page only (25), each on an occupation index; the
  // outer row is already one the viewer may see, and the counted rows must belong to the same student.
  const items = db
    .select({
      id: occupations.id,
      title: occupations.title,
      status: occupations.status,
      contactCount: sql<number>`(select count(*) from ${contacts} where ${col(contacts, contacts.occupationId)} = ${col(occupations, occupations.id)} and ${col(contacts, contacts.studentId)} = ${col(occupations, occupations.studentId)})`.mapWith(Number),
      interviewCount: sql<number>`(select count(*) from ${interviews} where ${col(interviews, interviews.occupationId)} = ${col(occupations, occupations.id)} and ${col(interviews, interviews.studentId)} = ${col(occupations, occupations.studentId)})`.mapWith(Number),
    })
    .from(occupations)
    .where(where)
    .orderBy(asc(occupations.title), asc(occupations.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(occupations).where(where).get()?.n ?? 0;
  return toPage(items, total, page);
}

/** {id, title} of the viewer's own occupations, for the selects of their forms (owner only). */
export function listOccupationOptions(viewer: Viewer): { id: number; title: string }[] {
  return getDb()
    .select({ id: occupations.id, title: occupations.title })
    .from(occupations)
    .where(ownedBy(viewer, occupations.studentId))
    .orderBy(asc(occupations.title), asc(occupations.id))
    .limit(OPTIONS_LIMIT)
    .all();
}

/** Whether the id is one of the viewer's own occupations (for links chosen in a form; owner only). */
export function isOwnOccupation(viewer: Viewer, id: number): boolean {
  return !!getDb()
    .select({ id: occupations.id })
    .from(occupations)
    .where(and(eq(occupations.id, id), ownedBy(viewer, occupations.studentId)))
    .get();
}

/** One occupation the viewer may see, whole (nothing in it is the student's alone), or null. */
export function findOccupationForViewer(viewer: Viewer, id: number): Occupation | null {
  return getDb()
    .select()
    .from(occupations)
    .where(and(eq(occupations.id, id), studentRecordsVisibleTo(viewer, occupations.studentId)))
    .get() ?? null;
}

export function insertOccupation(tx: DB | Tx, viewer: Viewer, values: OccupationValues): number {
  return tx
    .insert(occupations)
    .values({ ...values, studentId: viewer.id })
    .returning({ id: occupations.id })
    .get().id;
}

/** Returns whether a row of the viewer's changed. */
export function updateOccupation(tx: DB | Tx, viewer: Viewer, id: number, values: OccupationValues): boolean {
  const result = tx
    .update(occupations)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(occupations.id, id), ownedBy(viewer, occupations.studentId)))
    .run();
  return result.changes > 0;
}

/** Deletes the occupation and its unknowns; contacts and interviews stay, unlinked (ON DELETE SET NULL). */
export function deleteOccupation(tx: DB | Tx, viewer: Viewer, id: number): boolean {
  const result = tx
    .delete(occupations)
    .where(and(eq(occupations.id, id), ownedBy(viewer, occupations.studentId)))
    .run();
  return result.changes > 0;
}

export type UnknownItem = { id: number; text: string; questionId: number | null };

/** "What I still don't know" about one occupation, oldest first. */
export function listUnknownsForViewer(viewer: Viewer, occupationId: number): UnknownItem[] {
  return getDb()
    .select({ id: occupationUnknowns.id, text: occupationUnknowns.text, questionId: occupationUnknowns.questionId })
    .from(occupationUnknowns)
    .where(and(eq(occupationUnknowns.occupationId, occupationId), studentRecordsVisibleTo(viewer, occupationUnknowns.studentId)))
    .orderBy(asc(occupationUnknowns.id))
    .limit(UNKNOWNS_PER_OCCUPATION)
    .all();
}

export function countUnknownsForViewer(viewer: Viewer, occupationId: number): number {
  return (
    getDb()
      .select({ n: count() })
      .from(occupationUnknowns)
      .where(and(eq(occupationUnknowns.occupationId, occupationId), studentRecordsVisibleTo(viewer, occupationUnknowns.studentId)))
      .get()?.n ?? 0
  );
}

export function findUnknownForViewer(viewer: Viewer, id: number) {
  return (
    getDb()
      .select()
      .from(occupationUnknowns)
      .where(and(eq(occupationUnknowns.id, id), studentRecordsVisibleTo(viewer, occupationUnknowns.studentId)))
      .get() ?? null
  );
}

export function insertUnknown(tx: DB | Tx, viewer: Viewer, occupationId: number, text: string): number {
  return tx
    .insert(occupationUnknowns)
    .values({ occupationId, studentId: viewer.id, text })
    .returning({ id: occupationUnknowns.id })
    .get().id;
}

export function deleteUnknown(tx: DB | Tx, viewer: Viewer, id: number): boolean {
  return tx.delete(occupationUnknowns).where(and(eq(occupationUnknowns.id, id), ownedBy(viewer, occupationUnknowns.studentId))).run().changes > 0;
}

/** Links an unknown to the question made from it, only if it has none yet. Returns whether it did. */
export function linkUnknownToQuestion(tx: DB | Tx, viewer: Viewer, id: number, questionId: number): boolean {
  return (
    tx
      .update(occupationUnknowns)
      .set({ questionId })
      .where(and(eq(occupationUnknowns.id, id), ownedBy(viewer, occupationUnknowns.studentId), isNull(occupationUnknowns.questionId)))
      .run().changes > 0
  );
}

/** Reads the unknown inside a transaction, so two clicks cannot both make a question. */
export function unknownQuestionIdIn(tx: DB | Tx, viewer: Viewer, id: number): number | null | undefined {
  const row = tx
    .select({ questionId: occupationUnknowns.questionId })
    .from(occupationUnknowns)
    .where(and(eq(occupationUnknowns.id, id), ownedBy(viewer, occupationUnknowns.studentId)))
    .get();
  return row ? row.questionId : undefined;
}

export type OccupationContact = ContactSummary;

/** The contacts linked to one occupation: who they are, never how to reach them. */
export function listOccupationContactsForViewer(viewer: Viewer, occupationId: number): { items: OccupationContact[]; total: number } {
  const where = and(eq(contacts.occupationId, occupationId), studentRecordsVisibleTo(viewer, contacts.studentId));
  const db = getDb();
  const items = db
    .select(CONTACT_SUMMARY_COLUMNS)
    .from(contacts)
    .where(where)
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(LINKED_LIST_LIMIT)
    .all();
  const total = db.select({ n: count() }).from(contacts).where(where).get()?.n ?? 0;
  return { items, total };
}

export type OccupationInterview = { id: number; status: InterviewStatus; startsAt: Date | null; contactName: string };

/** The interviews about one occupation, latest first. */
export function listOccupationInterviewsForViewer(viewer: Viewer, occupationId: number): { items: OccupationInterview[]; total: number } {
  const where = and(eq(interviews.occupationId, occupationId), studentRecordsVisibleTo(viewer, interviews.studentId));
  const db = getDb();
  const items = db
    .select({ id: interviews.id, status: interviews.status, startsAt: interviews.startsAt, contactName: CONTACT_SUMMARY_COLUMNS.name })
    .from(interviews)
    .innerJoin(contacts, and(eq(contacts.id, interviews.contactId), eq(contacts.studentId, interviews.studentId)))
    .where(where)
    .orderBy(desc(sql`coalesce(${interviews.startsAt}, ${interviews.createdAt})`), desc(interviews.id))
    .limit(LINKED_LIST_LIMIT)
    .all();
  const total = db.select({ n: count() }).from(interviews).where(where).get()?.n ?? 0;
  return { items, total };
}
