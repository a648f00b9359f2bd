import { and, asc, eq, getTableColumns, type SQL } from 'drizzle-orm';
import { alias, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getDb } from '../client';
import { assignments, contacts, interviewQuestions, interviews, occupationUnknowns, occupations, outreachAttempts, questions, scripts, submissionAnswers, submissions } from '../schema';
import { contactColumnsFor, interviewColumnsFor } from './columns';
import type { Viewer } from './users';
import { recordsOfStudent } from './visibility';

/** The tables of a student's records, in the order a reader meets them. */
export const EXPORT_TABLES = [
  'occupations',
  'unknowns',
  'contacts',
  'outreach_attempts',
  'scripts',
  'interviews',
  'interview_questions',
  'reflections',
  'own_questions',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export type ExportRows = { columns: string[]; rows: Array<Record<string, unknown>> };

type Join = { table: SQLiteTable; on: SQL };
type Rows = {
  viewer: Viewer;
  studentId: number;
  table: SQLiteTable;
  studentColumn: SQLiteColumn;
  idColumn: SQLiteColumn;
  columns?: Record<string, SQLiteColumn>;
  /** Names for the ids the row holds (an occupation's title, a contact's name), by left join. */
  names?: Record<string, SQLiteColumn>;
  joins?: Join[];
  /**
   * Columns of joined tables that hold the same student's id. Saying so lets SQLite start from
   * that table's student index: interview questions have none of their own, and found through
   * their interviews they cost a fraction of a millisecond instead of a scan of every student's.
   */
  sameStudent?: SQLiteColumn[];
};

/** The part of Drizzle's dynamic select these reads use (its own type changes with every join). */
type Dynamic = { leftJoin(table: SQLiteTable, on: SQL): Dynamic; where(where: SQL): Dynamic; orderBy(...order: SQL[]): Dynamic; all(): unknown[] };

function studentRows({ viewer, studentId, table, studentColumn, idColumn, columns = getTableColumns(table), names = {}, joins = [], sameStudent = [] }: Rows): ExportRows {
  // Every row is the one student's: the column says nothing the reader does not know.
  const { studentId: _studentId, ...kept } = columns;
  const selected = { ...kept, ...names };
  // Joined rows are the same student's (every reference is to the student's own records), and
  // the names joined in are ones every audience of this read may see (CONTACT_SUMMARY_COLUMNS).
  let query = getDb().select(selected).from(table).$dynamic() as unknown as Dynamic;
  for (const j of joins) query = query.leftJoin(j.table, j.on);
  const where = and(recordsOfStudent(viewer, studentId, studentColumn), ...sameStudent.map((c) => eq(c, studentId)))!;
  const rows = query.where(where).orderBy(asc(idColumn)).all() as Array<Record<string, unknown>>;
  return { columns: Object.keys(selected), rows };
}

const referrer = alias(contacts, 'referrer');
const referringInterview = alias(interviews, 'referring_interview');
const referringContact = alias(contacts, 'referring_contact');

/**
 * One table of one student's records, as the viewer may read them: the student gets every column;
 * the staff of their section get contacts and interviews with their staff column sets. Rows that
 * point at another record carry its name too (occupationTitle, contactName…), so that a
 * spreadsheet of them reads without the ids.
 */
export function exportTableForViewer(viewer: Viewer, studentId: number, table: ExportTable): ExportRows {
  const of = { viewer, studentId };
  const occupationOf = (column: SQLiteColumn): Join => ({ table: occupations, on: eq(occupations.id, column) });
  const contactOf = (column: SQLiteColumn): Join => ({ table: contacts, on: eq(contacts.id, column) });
  const interviewOf = (column: SQLiteColumn): Join[] => [
    { table: interviews, on: eq(interviews.id, column) },
    { table: contacts, on: eq(contacts.id, interviews.contactId) },
  ];
  switch (table) {
    case 'occupations':
      return studentRows({ ...of, table: occupations, studentColumn: occupations.studentId, idColumn: occupations.id });
    case 'unknowns':
      return studentRows({
        ...of,
        table: occupationUnknowns,
        studentColumn: occupationUnknowns.studentId,
        idColumn: occupationUnknowns.id,
        names: { occupationTitle: occupations.title },
        joins: [occupationOf(occupationUnknowns.occupationId)],
      });
    case 'contacts':
      return studentRows({
        ...of,
        table: contacts,
        studentColumn: contacts.studentId,
        idColumn: contacts.id,
        columns: contactColumnsFor(viewer),
        names: { occupationTitle: occupations.title, referredByName: referrer.name, referredInInterviewWith: referringContact.name, referredInInterviewAt: referringInterview.startsAt },
        joins: [
          occupationOf(contacts.occupationId),
          { table: referrer, on: eq(referrer.id, contacts.referredByContactId) },
          { table: referringInterview, on: eq(referringInterview.id, contacts.referredInInterviewId) },
          { table: referringContact, on: eq(referringContact.id, referringInterview.contactId) },
        ],
      });
    case 'outreach_attempts':
      return studentRows({
        ...of,
        table: outreachAttempts,
        studentColumn: outreachAttempts.studentId,
        idColumn: outreachAttempts.id,
        names: { contactName: contacts.name },
        joins: [contactOf(outreachAttempts.contactId)],
      });
    case 'scripts':
      return studentRows({ ...of, table: scripts, studentColumn: scripts.studentId, idColumn: scripts.id, names: { contactName: contacts.name }, joins: [contactOf(scripts.contactId)] });
    case 'interviews':
      return studentRows({
        ...of,
        table: interviews,
        studentColumn: interviews.studentId,
        idColumn: interviews.id,
        columns: interviewColumnsFor(viewer),
        names: { contactName: contacts.name, occupationTitle: occupations.title },
        joins: [contactOf(interviews.contactId), occupationOf(interviews.occupationId)],
      });
    case 'interview_questions':
      return studentRows({
        ...of,
        table: interviewQuestions,
        studentColumn: interviewQuestions.studentId,
        idColumn: interviewQuestions.id,
        names: { interviewWith: contacts.name, interviewAt: interviews.startsAt },
        joins: interviewOf(interviewQuestions.interviewId),
        sameStudent: [interviews.studentId],
      });
    case 'reflections': {
      // One row per written answer, with its question: readable without the question bank.
      const columns = {
        submissionId: submissions.id,
        interviewId: submissions.interviewId,
        interviewWith: contacts.name,
        interviewAt: interviews.startsAt,
        assignment: assignments.title,
        status: submissions.status,
        question: questions.text,
        answer: submissionAnswers.text,
        updatedAt: submissionAnswers.updatedAt,
      };
      const rows = getDb()
        .select(columns)
        .from(submissionAnswers)
        .innerJoin(submissions, eq(submissions.id, submissionAnswers.submissionId))
        .innerJoin(questions, eq(questions.id, submissionAnswers.questionId))
        .leftJoin(assignments, eq(assignments.id, submissions.assignmentId))
        .leftJoin(interviews, eq(interviews.id, submissions.interviewId))
        .leftJoin(contacts, eq(contacts.id, interviews.contactId))
        .where(recordsOfStudent(viewer, studentId, submissionAnswers.studentId))
        .orderBy(asc(submissions.id), asc(submissionAnswers.questionId))
        .all();
      return { columns: Object.keys(columns), rows };
    }
    case 'own_questions': {
      const columns = { id: questions.id, bank: questions.bank, category: questions.category, text: questions.text, archivedAt: questions.archivedAt, createdAt: questions.createdAt };
      const rows = getDb()
        .select(columns)
        .from(questions)
        .where(and(eq(questions.isDefault, false), recordsOfStudent(viewer, studentId, questions.ownerId)))
        .orderBy(asc(questions.id))
        .all();
      return { columns: Object.keys(columns), rows };
    }
  }
}

/** Everything at once, for the JSON download. */
export function exportAllForViewer(viewer: Viewer, studentId: number): Record<ExportTable, Array<Record<string, unknown>>> {
  return Object.fromEntries(EXPORT_TABLES.map((t) => [t, exportTableForViewer(viewer, studentId, t).rows])) as Record<ExportTable, Array<Record<string, unknown>>>;
}
