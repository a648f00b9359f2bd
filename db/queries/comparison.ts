import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { contacts, interviewQuestions, interviews, occupations } from '../schema';
import type { Viewer } from './users';
import { CONTACT_SUMMARY_COLUMNS } from './columns';
import { studentRecordsVisibleTo } from './visibility';
import type { InterviewStatus } from '@/lib/interviews/vocabulary';
import type { OccupationStatus } from '@/lib/occupations/vocabulary';

/** The most recent interviews per occupation that a comparison lines up; the page says when there are more. */
export const COMPARISON_INTERVIEW_LIMIT = 12;
/** A ceiling on planned questions read for one comparison (12 interviews × a generous plan). */
const QUESTION_ROWS_LIMIT = 1200;

export type ComparedInterview = {
  id: number;
  contactName: string;
  organisation: string | null;
  status: InterviewStatus;
  startsAt: Date | null;
};

/** What one interview has for one bank question: null when it was not planned there. */
export type ComparisonCell = { notes: string | null; interesting: boolean } | null;

/** One bank question, with a cell per interview in the order of `interviews`. */
export type ComparisonRow = { questionId: number; text: string; cells: ComparisonCell[] };

/** Questions typed only into one interview's plan (no bank question), which nothing else can line up with. */
export type InterviewOwnQuestions = { interviewId: number; items: { text: string; notes: string | null }[] };

export type OccupationComparison = {
  occupation: { id: number; title: string; status: OccupationStatus };
  interviews: ComparedInterview[];
  totalInterviews: number;
  rows: ComparisonRow[];
  ownQuestions: InterviewOwnQuestions[];
};

/**
 * The interviews about one occupation (the most recent few) with the notes for each planned bank
 * question lined up across them, or null if the viewer may not see the occupation.
 */
export function findOccupationComparisonForViewer(viewer: Viewer, occupationId: number): OccupationComparison | null {
  const db = getDb();
  const found = db
    .select({ id: occupations.id, title: occupations.title, status: occupations.status, studentId: occupations.studentId })
    .from(occupations)
    .where(and(eq(occupations.id, occupationId), studentRecordsVisibleTo(viewer, occupations.studentId)))
    .get();
  if (!found) return null;
  const { studentId, ...occupation } = found;

  // Everything below belongs to the occupation's student, whom the viewer may see.
  const about = and(eq(interviews.occupationId, occupation.id), eq(interviews.studentId, studentId));
  const list = db
    .select({ id: interviews.id, contactName: CONTACT_SUMMARY_COLUMNS.name, organisation: CONTACT_SUMMARY_COLUMNS.organisation, status: interviews.status, startsAt: interviews.startsAt })
    .from(interviews)
    .innerJoin(contacts, and(eq(contacts.id, interviews.contactId), eq(contacts.studentId, studentId)))
    .where(about)
    .orderBy(desc(sql`coalesce(${interviews.startsAt}, ${interviews.createdAt})`), desc(interviews.id))
    .limit(COMPARISON_INTERVIEW_LIMIT)
    .all();
  const totalInterviews = list.length < COMPARISON_INTERVIEW_LIMIT ? list.length : (db.select({ n: count() }).from(interviews).where(about).get()?.n ?? 0);

  const planned = list.length
    ? db
        .select({
          interviewId: interviewQuestions.interviewId,
          questionId: interviewQuestions.questionId,
          text: interviewQuestions.text,
          notes: interviewQuestions.notes,
          interesting: interviewQuestions.interesting,
          position: interviewQuestions.position,
        })
        .from(interviewQuestions)
        .where(and(inArray(interviewQuestions.interviewId, list.map((i) => i.id)), eq(interviewQuestions.studentId, studentId)))
        .orderBy(asc(interviewQuestions.interviewId), asc(interviewQuestions.position), asc(interviewQuestions.id))
        .limit(QUESTION_ROWS_LIMIT)
        .all()
    : [];

  const column = new Map(list.map((interview, index) => [interview.id, index]));
  const rows = new Map<number, ComparisonRow & { firstPosition: number }>();
  const own = new Map<number, InterviewOwnQuestions['items']>();
  for (const q of planned) {
    const index = column.get(q.interviewId)!;
    if (q.questionId == null) {
      const items = own.get(q.interviewId) ?? [];
      items.push({ text: q.text, notes: q.notes });
      own.set(q.interviewId, items);
      continue;
    }
    let row = rows.get(q.questionId);
    if (!row) {
      row = { questionId: q.questionId, text: q.text, cells: list.map(() => null), firstPosition: q.position };
      rows.set(q.questionId, row);
    }
    // A question planned twice in one interview: the first (by position) holds the cell.
    if (row.cells[index] === null) row.cells[index] = { notes: q.notes, interesting: q.interesting };
    row.firstPosition = Math.min(row.firstPosition, q.position);
  }

  const asked = (r: ComparisonRow) => r.cells.filter((c) => c !== null).length;
  // Questions more interviews answered come first: those are the ones to check one view against another.
  const ordered = [...rows.values()]
    .sort((x, y) => asked(y) - asked(x) || x.firstPosition - y.firstPosition || x.questionId - y.questionId)
    .map(({ questionId, text, cells }) => ({ questionId, text, cells }));

  return {
    occupation,
    interviews: list,
    totalInterviews,
    rows: ordered,
    ownQuestions: list.filter((i) => own.has(i.id)).map((i) => ({ interviewId: i.id, items: own.get(i.id)! })),
  };
}

/**
 * Puts the questions both comparisons share first, in the same order in each, so that the two
 * grids line up row for row; the rest keep their order after them.
 */
export function alignSharedQuestions(a: OccupationComparison, b: OccupationComparison): { a: OccupationComparison; b: OccupationComparison; sharedCount: number } {
  const inB = new Set(b.rows.map((r) => r.questionId));
  const shared = a.rows.filter((r) => inB.has(r.questionId)).map((r) => r.questionId);
  const sharedSet = new Set(shared);
  const rank = new Map(shared.map((id, i) => [id, i]));
  const reorder = (c: OccupationComparison): OccupationComparison => ({
    ...c,
    rows: [
      ...c.rows.filter((r) => sharedSet.has(r.questionId)).sort((x, y) => rank.get(x.questionId)! - rank.get(y.questionId)!),
      ...c.rows.filter((r) => !sharedSet.has(r.questionId)),
    ],
  });
  return { a: reorder(a), b: reorder(b), sharedCount: shared.length };
}
