import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { studentsStaffedBy } from './sections';
import type { Viewer } from './users';

/**
 * The condition under which a row belonging to a student (by its student_id column) is visible:
 * the student's own, or a student of a section the viewer staffs. Admins manage accounts and
 * sections, not students' records. Contacts' phone and e-mail are further withheld from staff
 * by the queries that select them.
 */
export function studentRecordsVisibleTo(viewer: Viewer, studentIdColumn: SQLiteColumn): SQL {
  if (viewer.role === 'student') return eq(studentIdColumn, viewer.id);
  if (viewer.role === 'counsellor' || viewer.role === 'instructor') return inArray(studentIdColumn, studentsStaffedBy(viewer.id));
  return sql`0`;
}

/** Only the student themself may change their records. */
export function ownedBy(viewer: Viewer, studentIdColumn: SQLiteColumn): SQL {
  return viewer.role === 'student' ? eq(studentIdColumn, viewer.id) : sql`0`;
}
