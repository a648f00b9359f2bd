/**
 * Roster import: a CSV of name, e-mail and student number, read with csv-parse, each row checked
 * and then planned against the accounts that exist: create a student, enrol an existing one, or
 * skip it with the reason (bad e-mail, duplicate in the file, already enrolled, not a student,
 * student number taken). Pure: the caller looks the accounts up and applies the plan.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { ROSTER_MAX_ROWS, type RosterAction } from './vocabulary';

export type RosterRow = { line: number; name: string; email: string; studentNumber: string | null };

const HEADER_ALIASES: Record<string, 'name' | 'email' | 'studentNumber'> = {
  name: 'name',
  'full name': 'name',
  student: 'name',
  email: 'email',
  'e-mail': 'email',
  'email address': 'email',
  'e-mail address': 'email',
  'student number': 'studentNumber',
  'student no': 'studentNumber',
  'student id': 'studentNumber',
  studentnumber: 'studentNumber',
  student_number: 'studentNumber',
  'sis user id': 'studentNumber',
};

export type ParsedRoster = { rows: RosterRow[] } | { error: string };

/** Rows of the file, numbered as a spreadsheet shows them (the header is line 1). */
export function parseRosterCsv(text: string): ParsedRoster {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch (e) {
    return { error: `The file is not CSV that can be read: ${(e as Error).message}` };
  }
  if (records.length === 0) return { error: 'The file is empty.' };
  const header = records[0].map((h) => HEADER_ALIASES[h.toLowerCase().replace(/\s+/g, ' ').replace(/[.:]/g, '').trim()] ?? null);
  const col = (k: 'name' | 'email' | 'studentNumber') => header.indexOf(k);
  if (col('name') < 0 || col('email') < 0) return { error: 'The first row must name the columns: name, e-mail, student number.' };
  if (records.length - 1 > ROSTER_MAX_ROWS) return { error: `At most ${ROSTER_MAX_ROWS} rows at a time; this file has ${records.length - 1}.` };
  const rows = records.slice(1).map((r, i) => ({
    line: i + 2,
    name: r[col('name')] ?? '',
    email: (r[col('email')] ?? '').toLowerCase(),
    studentNumber: col('studentNumber') >= 0 && r[col('studentNumber')] ? r[col('studentNumber')] : null,
  }));
  return { rows };
}

const emailCheck = z.email();
const STUDENT_NUMBER = /^[A-Za-z0-9-]{1,30}$/;

/** What is wrong with one row on its own, or null. */
export function rosterRowProblem(row: Pick<RosterRow, 'name' | 'email' | 'studentNumber'>): string | null {
  if (!row.name.trim()) return 'No name.';
  if (row.name.length > 120) return 'Name longer than 120 characters.';
  if (!row.email) return 'No e-mail.';
  if (row.email.length > 254 || !emailCheck.safeParse(row.email).success) return `Bad e-mail “${row.email}”.`;
  if (row.studentNumber !== null && !STUDENT_NUMBER.test(row.studentNumber)) return `Bad student number “${row.studentNumber}” (letters, digits and hyphens, at most 30).`;
  return null;
}

export type ExistingAccount = { id: number; email: string; role: string; studentNumber: string | null; enrolled: boolean };

export type RosterPlanRow = RosterRow & { action: RosterAction; reason: string; userId: number | null };

/**
 * What each row will do. `accounts` are the existing accounts by e-mail; `numberOwners` the
 * e-mail of whoever already holds each student number in the file.
 */
export function planRoster(rows: readonly RosterRow[], accounts: ReadonlyMap<string, ExistingAccount>, numberOwners: ReadonlyMap<string, string>): RosterPlanRow[] {
  const seenEmail = new Map<string, number>();
  const seenNumber = new Map<string, number>();
  return rows.map((row) => {
    const skip = (reason: string): RosterPlanRow => ({ ...row, action: 'skip', reason, userId: null });
    const problem = rosterRowProblem(row);
    if (problem) return skip(problem);
    const dupe = seenEmail.get(row.email);
    if (dupe) return skip(`Duplicate of line ${dupe} (same e-mail).`);
    seenEmail.set(row.email, row.line);
    if (row.studentNumber) {
      const dupeNumber = seenNumber.get(row.studentNumber);
      if (dupeNumber) return skip(`Duplicate of line ${dupeNumber} (same student number).`);
      seenNumber.set(row.studentNumber, row.line);
      const owner = numberOwners.get(row.studentNumber);
      if (owner && owner !== row.email) return skip(`Student number ${row.studentNumber} belongs to another account.`);
    }
    const existing = accounts.get(row.email);
    if (!existing) return { ...row, action: 'create', reason: 'New student account; a set-password link goes to the outbox.', userId: null };
    if (existing.role !== 'student') return skip(`This e-mail belongs to a ${existing.role}’s account.`);
    if (existing.enrolled) return skip('Already enrolled.');
    return { ...row, action: 'update', reason: 'Existing account enrolled in this section.', userId: existing.id };
  });
}

export function rosterCounts(plan: readonly RosterPlanRow[]): Record<RosterAction, number> {
  const out: Record<RosterAction, number> = { create: 0, update: 0, skip: 0 };
  for (const r of plan) out[r.action] += 1;
  return out;
}
