import { and, asc, count, desc, eq, inArray, isNull, max, ne, or, sql } from 'drizzle-orm';
import { getDb, type DB, type Tx } from '../client';
import { contacts, interviewQuestions, interviews, occupations, questions, submissionAnswers, submissions, type Interview } from '../schema';
import { CONTACT_SUMMARY_COLUMNS, interviewColumnsFor, STAFF_INTERVIEW_COLUMNS, type ContactSummary } from './columns';
import { containsPattern, pageWindow, toPage, type Page } from './pagination';
import type { StudentViewer, Viewer } from './users';
import { ownedBy, recordsOfStudent, studentRecordsVisibleTo } from './visibility';
import { bumpVersion, updateIfVersion, type VersionedUpdate } from './versioned';
import {
  OPEN_INTERVIEW_STATUSES,
  type Checklist,
  type InterviewMode,
  type InterviewStatus,
  type OpenInterviewStatus,
} from '@/lib/interviews/vocabulary';

/**
 * How many of the default reflection questions the student has answered about this interview,
 * in their personal reflection or in any assignment about it; the reflection is done when every
 * one is answered ("4 of 10" keeps its next action).
 */
export const reflectionAnsweredSql = sql<number>`(select count(distinct ${submissionAnswers.questionId}) from ${submissionAnswers}
  join ${submissions} on ${submissions.id} = ${submissionAnswers.submissionId}
  join ${questions} on ${questions.id} = ${submissionAnswers.questionId}
  where ${submissions.interviewId} = ${interviews.id} and ${submissions.studentId} = ${interviews.studentId}
    and ${questions.bank} = 'reflection' and ${questions.isDefault} = 1 and trim(${submissionAnswers.text}) <> '')`.mapWith(Number);
const defaultReflectionCount = sql<number>`(select count(*) from ${questions} where ${questions.bank} = 'reflection' and ${questions.isDefault} = 1 and ${questions.archivedAt} is null)`.mapWith(Number);
const hasReflection = sql<boolean>`(${reflectionAnsweredSql} >= ${defaultReflectionCount})`.mapWith(Boolean);

type InterviewDetailExtras = {
  contactName: string;
  contactJobTitle: string | null;
  contactOrganisation: string | null;
  occupationTitle: string | null;
  hasReflection: boolean;
};
/** An interview as staff receive it (and the type every audience may rely on): no location. */
export type InterviewDetail = Pick<Interview, keyof typeof STAFF_INTERVIEW_COLUMNS> & InterviewDetailExtras;
/** An interview as its student receives it: every column. */
export type StudentInterviewDetail = Interview & InterviewDetailExtras;

/**
 * One interview the viewer may see, with who it was with (never their phone or e-mail) and the
 * occupation's title, or null. Its student gets every column; staff of the student's section get
 * STAFF_INTERVIEW_COLUMNS.
 */
export function findInterviewForViewer(viewer: StudentViewer, id: number): StudentInterviewDetail | null;
export function findInterviewForViewer(viewer: Viewer, id: number): InterviewDetail | null;
export function findInterviewForViewer(viewer: Viewer, id: number): InterviewDetail | null {
  return (
    getDb()
      .select({
        ...interviewColumnsFor(viewer),
        contactName: CONTACT_SUMMARY_COLUMNS.name,
        contactJobTitle: CONTACT_SUMMARY_COLUMNS.jobTitle,
        contactOrganisation: CONTACT_SUMMARY_COLUMNS.organisation,
        occupationTitle: occupations.title,
        hasReflection,
      })
      .from(interviews)
      .innerJoin(contacts, eq(contacts.id, interviews.contactId))
      .leftJoin(occupations, eq(occupations.id, interviews.occupationId))
      .where(and(eq(interviews.id, id), studentRecordsVisibleTo(viewer, interviews.studentId)))
      .get() ?? null
  );
}

/**
 * Only an interview's id and status, for a write that needs no more (an autosave every few
 * seconds): the same visibility as findInterviewForViewer, without building its joins.
 */
export function findInterviewStatusForViewer(viewer: Viewer, id: number): Pick<Interview, 'id' | 'status'> | null {
  return (
    getDb()
      .select({ id: interviews.id, status: interviews.status })
      .from(interviews)
      .where(and(eq(interviews.id, id), studentRecordsVisibleTo(viewer, interviews.studentId)))
      .get() ?? null
  );
}

export type InterviewListItem = {
  id: number;
  contactId: number;
  contactName: string;
  occupationTitle: string | null;
  status: InterviewStatus;
  startsAt: Date | null;
  mode: InterviewMode;
  completedAt: Date | null;
  thankYouSentAt: Date | null;
  hasReflection: boolean;
  reflectionAnswered: number;
  reflectionTotal: number;
};

/**
 * One student's interviews, upcoming first (soonest first), then those not yet given a time,
 * then the rest, latest first.
 */
export function listInterviewsForViewer(viewer: Viewer, studentId: number, opts: { status?: InterviewStatus; page?: number; now: Date }): Page<InterviewListItem> {
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  const where = and(recordsOfStudent(viewer, studentId, interviews.studentId), opts.status ? eq(interviews.status, opts.status) : undefined);
  const nowMs = opts.now.getTime();
  const open = inArray(interviews.status, OPEN_INTERVIEW_STATUSES);
  const bucket = sql`case when ${open} and ${interviews.startsAt} >= ${nowMs} then 0 when ${open} and ${interviews.startsAt} is null then 1 else 2 end`;
  const items = getDb()
    .select({
      id: interviews.id,
      contactId: interviews.contactId,
      contactName: CONTACT_SUMMARY_COLUMNS.name,
      occupationTitle: occupations.title,
      status: interviews.status,
      startsAt: interviews.startsAt,
      mode: interviews.mode,
      completedAt: interviews.completedAt,
      thankYouSentAt: interviews.thankYouSentAt,
      hasReflection,
      reflectionAnswered: reflectionAnsweredSql,
      reflectionTotal: defaultReflectionCount,
    })
    .from(interviews)
    .innerJoin(contacts, eq(contacts.id, interviews.contactId))
    .leftJoin(occupations, eq(occupations.id, interviews.occupationId))
    .where(where)
    .orderBy(
      asc(bucket),
      sql`case when ${bucket} = 0 then ${interviews.startsAt} end asc`,
      sql`coalesce(${interviews.startsAt}, ${interviews.completedAt}, ${interviews.createdAt}) desc`,
      desc(interviews.id),
    )
    .limit(limit)
    .offset(offset)
    .all();
  const total = getDb().select({ n: count() }).from(interviews).where(where).get()?.n ?? 0;
  return toPage(items, total, page);
}

/** What the next-actions rules need of an interview. */
export type InterviewNeedingAction = {
  id: number;
  contactName: string;
  status: InterviewStatus;
  startsAt: Date | null;
  completedAt: Date | null;
  checklist: Checklist;
  thankYouSentAt: Date | null;
  hasReflection: boolean;
  /** Of the reflection's questions, how many are answered ("4 of 10 answered"). */
  reflectionAnswered: number;
  reflectionTotal: number;
};

/**
 * Exactly the interview rows of one student that the next-actions rules need: every open one
 * (not yet given a time, coming up, or past its time and not marked completed: each asks for
 * something); completed ones still owed a thank-you or a reflection. Never cancelled ones.
 */
export function listInterviewsNeedingActionForViewer(viewer: Viewer, studentId: number, limit = 100): InterviewNeedingAction[] {
  const open = inArray(interviews.status, OPEN_INTERVIEW_STATUSES);
  const owed = and(eq(interviews.status, 'completed'), or(isNull(interviews.thankYouSentAt), sql`not ${hasReflection}`));
  return getDb()
    .select({
      id: interviews.id,
      contactName: CONTACT_SUMMARY_COLUMNS.name,
      status: interviews.status,
      startsAt: interviews.startsAt,
      completedAt: interviews.completedAt,
      checklist: interviews.checklist,
      thankYouSentAt: interviews.thankYouSentAt,
      hasReflection,
      reflectionAnswered: reflectionAnsweredSql,
      reflectionTotal: defaultReflectionCount,
    })
    .from(interviews)
    .innerJoin(contacts, eq(contacts.id, interviews.contactId))
    .where(and(recordsOfStudent(viewer, studentId, interviews.studentId), ne(interviews.status, 'cancelled'), or(open, owed)))
    .orderBy(asc(sql`coalesce(${interviews.startsAt}, ${interviews.completedAt})`), asc(interviews.id))
    .limit(limit)
    .all();
}

/** How many of one student's interviews are completed, and how many thank-yous went out. */
export function countInterviewsForViewer(viewer: Viewer, studentId: number): { completed: number; thankYousSent: number } {
  const row = getDb()
    .select({
      completed: sql<number>`coalesce(sum(case when ${eq(interviews.status, 'completed')} then 1 else 0 end), 0)`.mapWith(Number),
      thankYousSent: count(interviews.thankYouSentAt),
    })
    .from(interviews)
    .where(recordsOfStudent(viewer, studentId, interviews.studentId))
    .get();
  return { completed: row?.completed ?? 0, thankYousSent: row?.thankYousSent ?? 0 };
}

// ---------------------------------------------------------------------------------------------
// Choices for the create form

/** The viewer's contacts to plan an interview with, by name, searchable and paginated. */
export function listContactChoices(viewer: Viewer, opts: { q?: string; page?: number } = {}) {
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  const where = and(ownedBy(viewer, contacts.studentId), opts.q ? sql`${contacts.name} like ${containsPattern(opts.q)} escape '\\'` : undefined);
  const items = getDb()
    .select({ id: contacts.id, name: contacts.name, jobTitle: contacts.jobTitle, organisation: contacts.organisation })
    .from(contacts)
    .where(where)
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = getDb().select({ n: count() }).from(contacts).where(where).get()?.n ?? 0;
  return toPage(items, total, page);
}

// ---------------------------------------------------------------------------------------------
// Writes. Callers have loaded the interview through findInterviewForViewer as its student; every
// statement repeats the owner filter so a mistaken caller still cannot touch another student's row.

export type NewInterview = {
  contactId: number;
  occupationId: number | null;
  /** Completed: an interview entered after it happened, with its real date. */
  status: OpenInterviewStatus | 'completed';
  startsAt: Date | null;
  durationMinutes: number;
  mode: InterviewMode;
  location: string | null;
  calendarUid: string;
  completedAt?: Date | null;
};

export function insertInterview(tx: DB | Tx, viewer: Viewer, values: NewInterview): number {
  return tx
    .insert(interviews)
    .values({ ...values, studentId: viewer.id, checklist: {} })
    .returning({ id: interviews.id })
    .get().id;
}

const own = (viewer: Viewer, id: number) => and(eq(interviews.id, id), ownedBy(viewer, interviews.studentId));

type InterviewValues = Partial<Omit<typeof interviews.$inferInsert, 'id' | 'studentId' | 'calendarUid' | 'createdAt' | 'version'>>;

/** A change made without an edit form (complete, cancel, plan again): raises the version, so a form opened before it is refused. */
export function updateInterview(tx: DB | Tx, viewer: Viewer, id: number, values: InterviewValues, now: Date): void {
  bumpVersion(tx, interviews, own(viewer, id), { ...values, updatedAt: now });
}

/** Saves an edit form (schedule, checklist, notes, thank-you), refused if the interview changed since it was opened (its version). */
export function updateInterviewIfVersion(tx: DB | Tx, viewer: Viewer, id: number, values: InterviewValues, now: Date, expectedVersion: number): VersionedUpdate {
  return updateIfVersion(tx, interviews, own(viewer, id), expectedVersion, { ...values, updatedAt: now });
}

/** Raises SEQUENCE so calendars replace their copy of the event (RFC 5545 §3.8.7.4). */
export function raiseCalendarSequence(tx: DB | Tx, viewer: Viewer, id: number): void {
  tx.update(interviews)
    .set({ calendarSequence: sql`${interviews.calendarSequence} + 1` })
    .where(own(viewer, id))
    .run();
}

export function updateChecklist(tx: DB | Tx, viewer: Viewer, id: number, checklist: Checklist, now: Date, expectedVersion: number): VersionedUpdate {
  return updateInterviewIfVersion(tx, viewer, id, { checklist }, now, expectedVersion);
}

export function deleteOwnInterview(tx: DB | Tx, viewer: Viewer, id: number): void {
  tx.delete(interviews).where(own(viewer, id)).run();
}

// ---------------------------------------------------------------------------------------------
// The question plan

/** A ceiling on one plan (the bank has 26 defaults; a student adds a few of their own). */
export const PLAN_QUESTIONS_LIMIT = 200;

export type PlanQuestion = {
  id: number;
  questionId: number | null;
  text: string;
  position: number;
  mustAsk: boolean;
  notes: string | null;
  interesting: boolean;
};

/** The question plan of one interview, in order, with the notes taken against each question. */
export function listPlanQuestionsForViewer(viewer: Viewer, interviewId: number): PlanQuestion[] {
  return getDb()
    .select({
      id: interviewQuestions.id,
      questionId: interviewQuestions.questionId,
      text: interviewQuestions.text,
      position: interviewQuestions.position,
      mustAsk: interviewQuestions.mustAsk,
      notes: interviewQuestions.notes,
      interesting: interviewQuestions.interesting,
    })
    .from(interviewQuestions)
    .where(and(eq(interviewQuestions.interviewId, interviewId), studentRecordsVisibleTo(viewer, interviewQuestions.studentId)))
    .orderBy(asc(interviewQuestions.position), asc(interviewQuestions.id))
    .limit(PLAN_QUESTIONS_LIMIT)
    .all();
}

/** Appends questions to the plan after the last one. */
export function appendPlanQuestions(tx: DB | Tx, viewer: Viewer, interviewId: number, items: { questionId: number | null; text: string }[]): void {
  if (items.length === 0) return;
  const last =
    tx
      .select({ p: max(interviewQuestions.position) })
      .from(interviewQuestions)
      .where(and(eq(interviewQuestions.interviewId, interviewId), ownedBy(viewer, interviewQuestions.studentId)))
      .get()?.p ?? 0;
  tx.insert(interviewQuestions)
    .values(items.map((item, i) => ({ interviewId, studentId: viewer.id, questionId: item.questionId, text: item.text, position: last + i + 1 })))
    .run();
  planChanged(tx, viewer, interviewId);
}

const ownPlanQuestion = (viewer: Viewer, interviewId: number, id: number) =>
  and(eq(interviewQuestions.id, id), eq(interviewQuestions.interviewId, interviewId), ownedBy(viewer, interviewQuestions.studentId));

/**
 * Moves one planned question up or down by one place and renumbers the whole plan 1..n, so
 * positions stay dense and the order stable whatever happened before.
 */
export function movePlanQuestion(tx: DB | Tx, viewer: Viewer, interviewId: number, id: number, direction: 'up' | 'down'): boolean {
  const ids = tx
    .select({ id: interviewQuestions.id })
    .from(interviewQuestions)
    .where(and(eq(interviewQuestions.interviewId, interviewId), ownedBy(viewer, interviewQuestions.studentId)))
    .orderBy(asc(interviewQuestions.position), asc(interviewQuestions.id))
    .all()
    .map((r) => r.id);
  const from = ids.indexOf(id);
  if (from < 0) return false;
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to >= 0 && to < ids.length) [ids[from], ids[to]] = [ids[to], ids[from]];
  ids.forEach((qid, i) => {
    tx.update(interviewQuestions).set({ position: i + 1 }).where(ownPlanQuestion(viewer, interviewId, qid)).run();
  });
  planChanged(tx, viewer, interviewId);
  return true;
}

export function setPlanQuestionMustAsk(tx: DB | Tx, viewer: Viewer, interviewId: number, id: number, mustAsk: boolean): boolean {
  return tx.update(interviewQuestions).set({ mustAsk }).where(ownPlanQuestion(viewer, interviewId, id)).run().changes > 0;
}

export function removePlanQuestion(tx: DB | Tx, viewer: Viewer, interviewId: number, id: number): boolean {
  const removed = tx.delete(interviewQuestions).where(ownPlanQuestion(viewer, interviewId, id)).run().changes > 0;
  if (removed) planChanged(tx, viewer, interviewId);
  return removed;
}

export function savePlanQuestionNotes(tx: DB | Tx, viewer: Viewer, interviewId: number, id: number, notes: string | null, interesting: boolean): void {
  tx.update(interviewQuestions).set({ notes, interesting }).where(ownPlanQuestion(viewer, interviewId, id)).run();
}

/** Contacts this interview led to ("Can you suggest anyone else?"): who they are, never how to reach them. */
export function listInterviewReferralsForViewer(viewer: Viewer, interviewId: number, limit = 100): ContactSummary[] {
  return getDb()
    .select(CONTACT_SUMMARY_COLUMNS)
    .from(contacts)
    .where(and(eq(contacts.referredInInterviewId, interviewId), studentRecordsVisibleTo(viewer, contacts.studentId)))
    .orderBy(asc(contacts.id))
    .limit(limit)
    .all();
}

export type InterviewChoice = { id: number; contactName: string; occupationTitle: string | null; completedAt: Date | null };

/** The student's own completed interviews, latest first: what an assignment's answers can be about. */
export function listCompletedInterviewChoices(viewer: Viewer, limit = 200): InterviewChoice[] {
  return getDb()
    .select({ id: interviews.id, contactName: contacts.name, occupationTitle: occupations.title, completedAt: interviews.completedAt })
    .from(interviews)
    .innerJoin(contacts, eq(contacts.id, interviews.contactId))
    .leftJoin(occupations, eq(occupations.id, interviews.occupationId))
    .where(and(ownedBy(viewer, interviews.studentId), eq(interviews.status, 'completed')))
    .orderBy(desc(sql`coalesce(${interviews.completedAt}, ${interviews.startsAt})`), desc(interviews.id))
    .limit(limit)
    .all();
}

// ---------------------------------------------------------------------------------------------
// Autosaved text (notes, thank-you letter) and the plan's order, each under its own counter
// (interviews.notes_version, thank_you_version, plan_version), so a note's save never meets a
// schedule edit; only two tabs on the same text do.

/** The interview's notes as stored: general notes and, per planned question, its note and mark. */
export type InterviewNotes = {
  version: number;
  generalNotes: string | null;
  questions: { id: number; notes: string | null; interesting: boolean }[];
};

export type NotesChange = {
  generalNotes?: string | null;
  /** Only the questions (plan ids) whose note or mark changed. */
  questions: { id: number; notes?: string | null; interesting?: boolean }[];
};

function storedNotes(tx: DB | Tx, viewer: Viewer, interviewId: number): InterviewNotes | null {
  const row = tx
    .select({ version: interviews.notesVersion, generalNotes: interviews.generalNotes })
    .from(interviews)
    .where(own(viewer, interviewId))
    .get();
  if (!row) return null;
  const questions = tx
    .select({ id: interviewQuestions.id, notes: interviewQuestions.notes, interesting: interviewQuestions.interesting })
    .from(interviewQuestions)
    .where(and(eq(interviewQuestions.interviewId, interviewId), ownedBy(viewer, interviewQuestions.studentId)))
    .orderBy(asc(interviewQuestions.position), asc(interviewQuestions.id))
    .limit(PLAN_QUESTIONS_LIMIT)
    .all();
  return { ...row, questions };
}

export type TextSave<T> = { status: 'saved'; version: number } | { status: 'conflict'; current: T };

/**
 * Saves changed notes if nothing was saved since `baseVersion` (notes_version); otherwise changes
 * nothing and answers what is stored, for the page to show beside what was typed. Notes of a
 * question no longer planned are dropped.
 */
export function saveInterviewNotes(tx: DB | Tx, viewer: Viewer, interviewId: number, baseVersion: number, change: NotesChange, now: Date): TextSave<InterviewNotes> {
  const row = tx
    .update(interviews)
    .set({
      notesVersion: sql`${interviews.notesVersion} + 1`,
      updatedAt: now,
      ...(change.generalNotes !== undefined ? { generalNotes: change.generalNotes } : {}),
    })
    .where(and(own(viewer, interviewId), eq(interviews.notesVersion, baseVersion)))
    .returning({ version: interviews.notesVersion })
    .get();
  if (!row) {
    const current = storedNotes(tx, viewer, interviewId);
    if (!current) throw new Error('interview not found');
    return { status: 'conflict', current };
  }
  for (const q of change.questions) {
    const set: { notes?: string | null; interesting?: boolean } = {};
    if (q.notes !== undefined) set.notes = q.notes;
    if (q.interesting !== undefined) set.interesting = q.interesting;
    if (Object.keys(set).length) tx.update(interviewQuestions).set(set).where(ownPlanQuestion(viewer, interviewId, q.id)).run();
  }
  return { status: 'saved', version: row.version };
}

/** Saves the thank-you letter's text (null: follow the notes again) if unchanged since `baseVersion`. */
export function saveThankYouText(tx: DB | Tx, viewer: Viewer, interviewId: number, baseVersion: number, text: string | null, now: Date): TextSave<{ version: number; text: string | null }> {
  const row = tx
    .update(interviews)
    .set({ thankYouText: text, thankYouVersion: sql`${interviews.thankYouVersion} + 1`, updatedAt: now })
    .where(and(own(viewer, interviewId), eq(interviews.thankYouVersion, baseVersion)))
    .returning({ version: interviews.thankYouVersion })
    .get();
  if (row) return { status: 'saved', version: row.version };
  const current = tx.select({ version: interviews.thankYouVersion, text: interviews.thankYouText }).from(interviews).where(own(viewer, interviewId)).get();
  if (!current) throw new Error('interview not found');
  return { status: 'conflict', current };
}

/**
 * Records the thank-you as sent (how, when), if the letter is still at `baseVersion`: what was
 * sent is the letter as stored, which the page saved just before. The letter's counter is not
 * raised (its text did not change), so the page's autosave goes on from where it was.
 */
export function recordThankYouSent(
  tx: DB | Tx,
  viewer: Viewer,
  interviewId: number,
  baseVersion: number,
  values: { channel: NonNullable<Interview['thankYouChannel']>; sentAt: Date },
  now: Date,
): boolean {
  return (
    tx
      .update(interviews)
      .set({ thankYouChannel: values.channel, thankYouSentAt: values.sentAt, updatedAt: now })
      .where(and(own(viewer, interviewId), eq(interviews.thankYouVersion, baseVersion)))
      .run().changes > 0
  );
}

/** Raises plan_version: the plan changed, so an order sent from a list shown before is refused. */
function planChanged(tx: DB | Tx, viewer: Viewer, interviewId: number): void {
  tx.update(interviews)
    .set({ planVersion: sql`${interviews.planVersion} + 1` })
    .where(own(viewer, interviewId))
    .run();
}

/**
 * Puts the plan in the order given, in one go (a drag, or moves made in the reorder editor),
 * if the plan is unchanged since `baseVersion` and `ids` are exactly its questions.
 */
export function reorderPlanQuestions(tx: DB | Tx, viewer: Viewer, interviewId: number, baseVersion: number, ids: readonly number[]): VersionedUpdate {
  const current = tx
    .select({ id: interviewQuestions.id })
    .from(interviewQuestions)
    .where(and(eq(interviewQuestions.interviewId, interviewId), ownedBy(viewer, interviewQuestions.studentId)))
    .all()
    .map((r) => r.id);
  const same = current.length === ids.length && new Set(ids).size === ids.length && ids.every((id) => current.includes(id));
  if (!same) return { ok: false };
  const row = tx
    .update(interviews)
    .set({ planVersion: sql`${interviews.planVersion} + 1` })
    .where(and(own(viewer, interviewId), eq(interviews.planVersion, baseVersion)))
    .returning({ version: interviews.planVersion })
    .get();
  if (!row) return { ok: false };
  ids.forEach((qid, i) => {
    tx.update(interviewQuestions).set({ position: i + 1 }).where(ownPlanQuestion(viewer, interviewId, qid)).run();
  });
  return { ok: true, version: row.version };
}
