import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { studentsStaffedBy } from './sections';
import type { Viewer } from './users';

/*
 * Two rules, one for reading and one for writing, in SQL (never a filter in JS):
 *
 * - Reads of a student's records are named `…ForViewer(viewer, …)` and filtered by
 *   studentRecordsVisibleTo: the student sees their own; the counsellors and instructors of a
 *   section the student is in see them too, with fewer columns (a contact's phone and e-mail are
 *   the student's alone: each read picks its column set by audience). Admins manage accounts and
 *   sections, not students' records: they see nothing.
 * - Writes, and the helpers that serve only the owner's forms (choices for a select, a cycle
 *   check), are filtered by ownedBy: only the student changes their records.
 */

/** A student's rows (by their student_id column) that the viewer may read. */
export function studentRecordsVisibleTo(viewer: Viewer, studentIdColumn: SQLiteColumn): SQL {
  if (viewer.role === 'student') return eq(studentIdColumn, viewer.id);
  if (viewer.role === 'counsellor' || viewer.role === 'instructor') return inArray(studentIdColumn, studentsStaffedBy(viewer.id));
  return sql`0`;
}

/** The rows of one student that the viewer may read (staff look at one student at a time). */
export function recordsOfStudent(viewer: Viewer, studentId: number, studentIdColumn: SQLiteColumn): SQL {
  return and(eq(studentIdColumn, studentId), studentRecordsVisibleTo(viewer, studentIdColumn))!;
}

/** Only the student themself may change their records. */
export function ownedBy(viewer: Viewer, studentIdColumn: SQLiteColumn): SQL {
  return viewer.role === 'student' ? eq(studentIdColumn, viewer.id) : sql`0`;
}
