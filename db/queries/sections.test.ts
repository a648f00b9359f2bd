import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, makeSection, makeUser } from '../testing/factories';
import { countSectionStudents, findSectionForViewer, listSectionStaff, listSectionStudents, listSectionsForViewer } from './sections';
import type { Viewer } from './users';

describe('section visibility', () => {
  let s1: number, s2: number;
  let student: Viewer, otherStudent: Viewer, counsellor: Viewer, instructor: Viewer, otherStaff: Viewer, admin: Viewer, unassignedStaff: Viewer;

  beforeAll(() => {
    s1 = makeSection('V1');
    s2 = makeSection('V2');
    student = makeUser('student', { name: 'Aroha Ngata' });
    otherStudent = makeUser('student', { name: "Liam O'Connor" });
    counsellor = makeUser('counsellor');
    instructor = makeUser('instructor');
    otherStaff = makeUser('instructor');
    unassignedStaff = makeUser('counsellor');
    admin = makeUser('admin');
    addMember(s1, student.id, 'student');
    addMember(s2, otherStudent.id, 'student');
    addMember(s1, counsellor.id, 'counsellor');
    addMember(s1, instructor.id, 'instructor');
    addMember(s2, otherStaff.id, 'instructor');
  });

  const ids = (v: Viewer) => listSectionsForViewer(v).items.map((s) => s.id);

  it('a student sees only the sections they are enrolled in', () => {
    expect(ids(student)).toEqual([s1]);
    expect(findSectionForViewer(student, s2)).toBeNull();
  });

  it('a counsellor and an instructor see the sections they staff', () => {
    expect(ids(counsellor)).toEqual([s1]);
    expect(ids(instructor)).toEqual([s1]);
    expect(countSectionStudents(counsellor, s1)).toBe(1);
  });

  it("staff of another section see neither the section nor its students", () => {
    expect(ids(otherStaff)).toEqual([s2]);
    expect(findSectionForViewer(otherStaff, s1)).toBeNull();
    expect(countSectionStudents(otherStaff, s1)).toBe(0);
    expect(countSectionStudents(otherStudent, s1)).toBe(0);
    expect(listSectionStudents(otherStaff, s1).items).toEqual([]);
    expect(listSectionStaff(otherStaff, s1)).toEqual([]);
    expect(ids(unassignedStaff)).toEqual([]);
  });

  it('staff list their own section’s students, searchable, and nobody else’s', () => {
    const all = listSectionStudents(counsellor, s1);
    expect(all.items.map((p) => p.id)).toEqual([student.id]);
    expect(listSectionStudents(counsellor, s1, { q: 'NGATA' }).total).toBe(1);
    expect(listSectionStudents(counsellor, s1, { q: "o'connor" }).total).toBe(0);
    expect(listSectionStudents(counsellor, s1, { q: '%' }).total).toBe(0); // a literal %, not a wildcard
  });

  it('a student never gets a student list', () => {
    expect(listSectionStudents(student, s1).items).toEqual([]);
  });

  it('an admin sees every section', () => {
    expect(ids(admin)).toEqual(expect.arrayContaining([s1, s2]));
    expect(findSectionForViewer(admin, s2)?.id).toBe(s2);
  });

  it('paginates', () => {
    const big = makeSection('BIG');
    const staff = makeUser('instructor');
    addMember(big, staff.id, 'instructor');
    for (let i = 0; i < 30; i++) addMember(big, makeUser('student', { name: `Student ${String(i).padStart(2, '0')}` }).id, 'student');
    const p1 = listSectionStudents(staff, big, { page: 1 });
    const p2 = listSectionStudents(staff, big, { page: 2 });
    expect([p1.items.length, p2.items.length, p1.total, p1.pageCount]).toEqual([25, 5, 30, 2]);
    expect(p2.items[0].name).toBe('Student 25');
  });
});
