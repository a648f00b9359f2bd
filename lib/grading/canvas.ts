/**
 * The gradebook as Canvas's gradebook import reads it: Student, ID, SIS User ID, SIS Login ID,
 * Section, then one column per assignment named `Title (id)`; a second row `Points Possible`;
 * scores with at most two decimals; UTF-8 with a byte-order mark. Every text cell that a
 * spreadsheet would run as a formula is neutralised.
 */
import { csvLines, neutraliseCell, UTF8_BOM } from '@/lib/csv';
import { round2 } from './scoring';
import { CANVAS_RESERVED_WORDS } from './vocabulary';

export const CANVAS_FIXED_COLUMNS = ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section'] as const;

export type CanvasAssignment = { id: number; title: string; pointsPossible: number };
export type CanvasStudent = {
  name: string;
  /** Canvas's own user id; we do not know it, so it stays blank and Canvas matches on the SIS ids. */
  canvasId?: string | null;
  studentNumber: string | null;
  email: string;
  section: string;
  /** Final points by assignment id; missing or null is a blank cell (not graded). */
  scores: Record<number, number | null | undefined>;
};

/** The word in a title that makes Canvas drop the column, or null. */
export function canvasReservedWord(title: string): string | null {
  const lower = title.toLowerCase();
  return CANVAS_RESERVED_WORDS.find((w) => lower.includes(w.toLowerCase())) ?? null;
}

export function canvasColumnTitle(a: { id: number; title: string }): string {
  return `${a.title.replace(/\s+/g, ' ').trim()} (${a.id})`;
}

/** "12.5", "10", "3.33": at most two decimals, no trailing zeros. */
export function canvasScore(points: number | null | undefined): string {
  if (points === null || points === undefined || !Number.isFinite(points)) return '';
  return String(round2(points));
}

/** The export's first two lines: the header (fixed columns, then `Title (id)` per assignment) and Points Possible. */
export function canvasHeadLines(assignments: readonly CanvasAssignment[]): string {
  const header = [...CANVAS_FIXED_COLUMNS, ...assignments.map((a) => neutraliseCell(canvasColumnTitle(a)))];
  const possible = ['Points Possible', '', '', '', '', ...assignments.map((a) => canvasScore(a.pointsPossible))];
  return csvLines([header, possible]);
}

/** One line per student, the assignments' scores in the header's order. */
export function canvasStudentLines(assignments: readonly CanvasAssignment[], students: readonly CanvasStudent[]): string {
  const text = (s: string | null | undefined) => neutraliseCell(s ?? '');
  return csvLines(students.map((s) => [text(s.name), text(s.canvasId ?? ''), text(s.studentNumber), text(s.email), text(s.section), ...assignments.map((a) => canvasScore(s.scores[a.id]))]));
}

export function canvasGradebookCsv(assignments: readonly CanvasAssignment[], students: readonly CanvasStudent[]): string {
  return UTF8_BOM + canvasHeadLines(assignments) + canvasStudentLines(assignments, students);
}
