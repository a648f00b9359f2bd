import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { findSectionToGrade, releaseGrades, writeGrade } from '@/db/queries/grading';
import type { Viewer } from '@/db/queries/users';
import { assignments, grades, sectionMembers, sections, users } from '@/db/schema';
import { addMember, makeAssignment, makeSection, makeUser } from '@/db/testing/factories';
import { canvasExportCsv } from './export';

const NOW = new Date('2026-11-25T18:00:00Z');
const f = {} as { section: number; instructor: Viewer; abe: Viewer; bea: Viewer; first: number };

function grade(assignmentId: number, student: Viewer, points: number) {
  const db = getDb();
  writeGrade(db, f.instructor, { assignmentId, studentId: student.id, sectionId: f.section, submissionId: null }, 0, { points, latePenaltyPercent: 0, overridePoints: null, overrideReason: null, finalPoints: points, feedback: null, criteria: [] }, NOW);
  releaseGrades(db, f.instructor, { id: assignmentId, sectionId: f.section }, [student.id], NOW);
}

/** The export as Canvas reads it: the rows after Points Possible, by header. */
function exported(): Array<Record<string, string>> {
  const section = findSectionToGrade(f.instructor, f.section)!;
  return parse<Record<string, string>>(canvasExportCsv(section), { bom: true, columns: true }).slice(1);
}

beforeAll(() => {
  f.section = makeSection('X01');
  f.instructor = makeUser('instructor');
  addMember(f.section, f.instructor.id, 'instructor');
  f.abe = makeUser('student', { name: 'Abe', email: 'abe@students.test' });
  f.bea = makeUser('student', { name: 'Bea', email: 'bea@students.test' });
  for (const s of [f.abe, f.bea]) addMember(f.section, s.id, 'student');
  f.first = makeAssignment(f.section, [], { title: 'First', pointsPossible: 10 });
  grade(f.first, f.abe, 8);
});

describe('the Canvas export, kept while what it shows stands', () => {
  it('shows each change to what it is made of on the next export', () => {
    const db = getDb();
    const first = `First (${f.first})`;
    expect(exported().map((r) => [r.Student, r['SIS Login ID'], r['SIS User ID'], r.Section, r[first]])).toEqual([
      ['Abe', 'abe@students.test', '', 'CAPS 1100 X01', '8'],
      ['Bea', 'bea@students.test', '', 'CAPS 1100 X01', ''],
    ]);
    // A grade released, then changed.
    grade(f.first, f.bea, 6);
    expect(exported().map((r) => r[first])).toEqual(['8', '6']);
    db.update(grades).set({ finalPoints: 7 }).where(and(eq(grades.assignmentId, f.first), eq(grades.studentId, f.bea.id))).run();
    expect(exported().map((r) => r[first])).toEqual(['8', '7']);
    // A student's e-mail and student number (the SIS ids Canvas matches on).
    db.update(users).set({ email: 'abe.new@students.test', studentNumber: 'A0001' }).where(eq(users.id, f.abe.id)).run();
    expect(exported()[0]).toMatchObject({ 'SIS Login ID': 'abe.new@students.test', 'SIS User ID': 'A0001' });
    db.update(users).set({ studentNumber: 'A0002' }).where(eq(users.id, f.abe.id)).run();
    expect(exported()[0]['SIS User ID']).toBe('A0002');
    // A renamed student, a new one, one who leaves.
    db.update(users).set({ name: 'Abel' }).where(eq(users.id, f.abe.id)).run();
    expect(exported()[0].Student).toBe('Abel');
    const cy = makeUser('student', { name: 'Cy', email: 'cy@students.test' });
    addMember(f.section, cy.id, 'student');
    expect(exported().map((r) => r.Student)).toEqual(['Abel', 'Bea', 'Cy']);
    db.delete(sectionMembers).where(and(eq(sectionMembers.sectionId, f.section), eq(sectionMembers.userId, cy.id))).run();
    expect(exported().map((r) => r.Student)).toEqual(['Abel', 'Bea']);
    // A new assignment is a new column; a renamed one and a renamed section show at once.
    const second = makeAssignment(f.section, [], { title: 'Second', pointsPossible: 5 });
    grade(second, f.bea, 5);
    expect(exported().map((r) => r[`Second (${second})`])).toEqual(['', '5']);
    db.update(assignments).set({ title: 'Opening' }).where(eq(assignments.id, f.first)).run();
    expect(exported().map((r) => r[`Opening (${f.first})`])).toEqual(['8', '7']);
    db.update(sections).set({ sectionCode: 'X02' }).where(eq(sections.id, f.section)).run();
    expect(exported().map((r) => r.Section)).toEqual(['CAPS 1100 X02', 'CAPS 1100 X02']);
  });
});
