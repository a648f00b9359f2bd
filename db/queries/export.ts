import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
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

type Rows = { viewer: Viewer; studentId: number; table: SQLiteTable; studentColumn: SQLiteColumn; idColumn: SQLiteColumn; columns?: Record<string, SQLiteColumn> };

function studentRows({ viewer, studentId, table, studentColumn, idColumn, columns = getTableColumns(table) }: Rows): ExportRows {
  // Every row is the one student's: the column says nothing the reader does not know.
  const { studentId: _studentId, ...kept } = columns;
  const rows = getDb().select(kept).from(table).where(recordsOfStudent(viewer, studentId, studentColumn)).orderBy(asc(idColumn)).all() as Array<Record<string, unknown>>;
  return { columns: Object.keys(kept), rows };
}

/**
 * One table of one student's records, as the viewer may read them: the student gets every column;
 * the staff of their section get contacts and interviews with their staff column sets.
 */
export function exportTableForViewer(viewer: Viewer, studentId: number, table: ExportTable): ExportRows {
  const of = { viewer, studentId };
  switch (table) {
    case 'occupations':
      return studentRows({ ...of, table: occupations, studentColumn: occupations.studentId, idColumn: occupations.id });
    case 'unknowns':
      return studentRows({ ...of, table: occupationUnknowns, studentColumn: occupationUnknowns.studentId, idColumn: occupationUnknowns.id });
    case 'contacts':
      return studentRows({ ...of, table: contacts, studentColumn: contacts.studentId, idColumn: contacts.id, columns: contactColumnsFor(viewer) });
    case 'outreach_attempts':
      return studentRows({ ...of, table: outreachAttempts, studentColumn: outreachAttempts.studentId, idColumn: outreachAttempts.id });
    case 'scripts':
      return studentRows({ ...of, table: scripts, studentColumn: scripts.studentId, idColumn: scripts.id });
    case 'interviews':
      return studentRows({ ...of, table: interviews, studentColumn: interviews.studentId, idColumn: interviews.id, columns: interviewColumnsFor(viewer) });
    case 'interview_questions':
      return studentRows({ ...of, table: interviewQuestions, studentColumn: interviewQuestions.studentId, idColumn: interviewQuestions.id });
    case 'reflections': {
      // One row per written answer, with its question: readable without the question bank.
      const columns = {
        submissionId: submissions.id,
        interviewId: submissions.interviewId,
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
