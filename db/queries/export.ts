import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getDb } from '../client';
import { assignments, contacts, interviewQuestions, interviews, occupationUnknowns, occupations, outreachAttempts, questions, scripts, submissionAnswers, submissions } from '../schema';
import type { Viewer } from './users';
import { ownedBy } from './visibility';

/** The tables of a student's own records, in the order a reader meets them. */
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

function ownRows(viewer: Viewer, table: SQLiteTable, studentColumn: SQLiteColumn, idColumn: SQLiteColumn): ExportRows {
  // The owner is the viewer: the column says nothing they do not know.
  const { studentId: _studentId, ...columns } = getTableColumns(table) as Record<string, SQLiteColumn>;
  const rows = getDb().select(columns).from(table).where(ownedBy(viewer, studentColumn)).orderBy(asc(idColumn)).all() as Array<Record<string, unknown>>;
  return { columns: Object.keys(columns), rows };
}

/** One table of the viewer's own records (a student's; anyone else gets nothing). */
export function exportTable(viewer: Viewer, table: ExportTable): ExportRows {
  switch (table) {
    case 'occupations':
      return ownRows(viewer, occupations, occupations.studentId, occupations.id);
    case 'unknowns':
      return ownRows(viewer, occupationUnknowns, occupationUnknowns.studentId, occupationUnknowns.id);
    case 'contacts':
      return ownRows(viewer, contacts, contacts.studentId, contacts.id);
    case 'outreach_attempts':
      return ownRows(viewer, outreachAttempts, outreachAttempts.studentId, outreachAttempts.id);
    case 'scripts':
      return ownRows(viewer, scripts, scripts.studentId, scripts.id);
    case 'interviews':
      return ownRows(viewer, interviews, interviews.studentId, interviews.id);
    case 'interview_questions':
      return ownRows(viewer, interviewQuestions, interviewQuestions.studentId, interviewQuestions.id);
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
        .where(ownedBy(viewer, submissionAnswers.studentId))
        .orderBy(asc(submissions.id), asc(submissionAnswers.questionId))
        .all();
      return { columns: Object.keys(columns), rows };
    }
    case 'own_questions': {
      const columns = { id: questions.id, bank: questions.bank, category: questions.category, text: questions.text, archivedAt: questions.archivedAt, createdAt: questions.createdAt };
      const rows = getDb()
        .select(columns)
        .from(questions)
        .where(and(eq(questions.isDefault, false), ownedBy(viewer, questions.ownerId)))
        .orderBy(asc(questions.id))
        .all();
      return { columns: Object.keys(columns), rows };
    }
  }
}

/** Everything at once, for the JSON download. */
export function exportAll(viewer: Viewer): Record<ExportTable, Array<Record<string, unknown>>> {
  return Object.fromEntries(EXPORT_TABLES.map((t) => [t, exportTable(viewer, t).rows])) as Record<ExportTable, Array<Record<string, unknown>>>;
}
