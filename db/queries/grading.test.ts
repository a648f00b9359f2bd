import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { and, eq } from 'drizzle-orm';
import { assignments, grades, interviewQuestions, sectionMembers, users } from '../schema';
import { addMember, makeAssignment, makeSection, makeUser } from '../testing/factories';
import { insertContact } from './contacts';
import {
  findAssignmentToGrade,
  findProcessFacts,
  findSectionToGrade,
  firstInGraderQueue,
  findGradebookSection,
  gradebookPage,
  gradebookStats,
  insertRubric,
  listRubricsOf,
  graderPosition,
  listGradeAudit,
  listReleasedScoresForExport,
  listSectionAssignmentsToGrade,
  releaseGrades,
  writeGrade,
} from './grading';
import { insertInterview, updateInterview } from './interviews';
import type { Viewer } from './users';

const NOW = new Date('2026-11-25T18:00:00Z');
const HOUR = 3600_000;
const f = {} as { section: number; instructor: Viewer; counsellor: Viewer; other: Viewer; students: Viewer[]; assignment: number };

const write = (studentId: number, points: number | null) =>
  writeGrade(getDb(), f.instructor, { assignmentId: f.assignment, studentId, sectionId: f.section, submissionId: null }, 0, { points, latePenaltyPercent: 0, overridePoints: null, overrideReason: null, finalPoints: points, feedback: null, criteria: [] }, NOW);

beforeAll(() => {
  f.section = makeSection();
  f.instructor = makeUser('instructor');
  f.counsellor = makeUser('counsellor');
  f.other = makeUser('instructor');
  addMember(f.section, f.instructor.id, 'instructor');
  addMember(f.section, f.counsellor.id, 'counsellor');
  addMember(makeSection(), f.other.id, 'instructor');
  f.students = ['Cara', 'Abe', 'Dev', 'Bea'].map((name) => {
    const s = makeUser('student', { name });
    addMember(f.section, s.id, 'student');
    return s;
  });
  f.assignment = makeAssignment(f.section, [], { pointsPossible: 10 });
  const [cara, abe, dev] = f.students;
  write(cara.id, 9.5);
  write(abe.id, 4);
  write(dev.id, 7);
  releaseGrades(getDb(), f.instructor, { id: f.assignment, sectionId: f.section }, [cara.id, abe.id], NOW);
});

describe('who grades', () => {
  it('only the section’s instructors; its counsellor sees released grades only', () => {
    expect(findSectionToGrade(f.instructor, f.section)).not.toBeNull();
    expect(listSectionAssignmentsToGrade(f.instructor, f.section).map((a) => a.id)).toEqual([f.assignment]);
    for (const v of [f.counsellor, f.other]) {
      expect(findSectionToGrade(v, f.section)).toBeNull();
      expect(listSectionAssignmentsToGrade(v, f.section)).toEqual([]);
      expect(findAssignmentToGrade(v, f.assignment)).toBeNull();
      expect(listGradeAudit(v, f.section, 1).items).toEqual([]);
    }
    expect(findGradebookSection(f.instructor, f.section)).toMatchObject({ audience: 'instructor', section: { id: f.section } });
    expect(findGradebookSection(f.counsellor, f.section)).toMatchObject({ audience: 'released-only', section: { id: f.section } });
    expect(findGradebookSection(f.other, f.section)).toBeNull();
    expect(findGradebookSection(f.students[0], f.section)).toBeNull();
  });
});

describe('the grader’s walk', () => {
  it('goes by name, with filters', () => {
    const a = findAssignmentToGrade(f.instructor, f.assignment)!;
    const [cara, abe, dev, bea] = f.students;
    expect(firstInGraderQueue(a, 'all')).toBe(abe.id);
    expect(graderPosition(a, bea, 'all')).toEqual({ prev: abe.id, next: cara.id, position: 2, total: 4 });
    expect(firstInGraderQueue(a, 'ungraded')).toBe(bea.id);
    expect(graderPosition(a, cara, 'graded')).toEqual({ prev: abe.id, next: dev.id, position: 2, total: 3 });
    expect(firstInGraderQueue(a, 'late')).toBeNull();
  });

  it('follows a rename: each member’s name is the account’s, set when they join and changed with every rename', () => {
    const section = makeSection();
    const [ann, ben] = ['Ann', 'Ben'].map((name) => makeUser('student', { name }));
    addMember(section, ann.id, 'student');
    addMember(section, ben.id, 'student');
    addMember(section, f.instructor.id, 'instructor');
    const assignment = findAssignmentToGrade(f.instructor, makeAssignment(section, [], { pointsPossible: 5 }))!;
    const kept = () =>
      getDb()
        .select({ kept: sectionMembers.name, name: users.name })
        .from(sectionMembers)
        .innerJoin(users, eq(users.id, sectionMembers.userId))
        .where(eq(sectionMembers.sectionId, section))
        .all();
    for (const m of kept()) expect(m.kept).toBe(m.name);
    expect(graderPosition(assignment, { id: ann.id, name: 'Ann' }, 'all')).toEqual({ prev: null, next: ben.id, position: 1, total: 2 });
    // Ann becomes Zoe: she moves to the end of the walk.
    getDb().update(users).set({ name: 'Zoe' }).where(eq(users.id, ann.id)).run();
    for (const m of kept()) expect(m.kept).toBe(m.name);
    expect(firstInGraderQueue(assignment, 'all')).toBe(ben.id);
    expect(graderPosition(assignment, { id: ann.id, name: 'Zoe' }, 'all')).toEqual({ prev: ben.id, next: null, position: 2, total: 2 });
  });
});

describe('the gradebook', () => {
  it('pages students by name or total, marks drafts, and hides drafts from counsellors', () => {
    const byName = gradebookPage(f.section, 'instructor', { sort: 'name', dir: 'asc', page: 1 });
    expect(byName.items.map((r) => r.name)).toEqual(['Abe', 'Bea', 'Cara', 'Dev']);
    expect(byName.items[3].cells[f.assignment]).toEqual({ finalPoints: 7, status: 'draft', changed: false });
    const byTotal = gradebookPage(f.section, 'instructor', { sort: 'total', dir: 'desc', page: 1 });
    expect(byTotal.items.map((r) => [r.name, r.total])).toEqual([
      ['Cara', 9.5],
      ['Dev', 7],
      ['Abe', 4],
      ['Bea', null],
    ]);
    const paged = gradebookPage(f.section, 'instructor', { sort: 'name', dir: 'asc', page: 2, pageSize: 3 });
    expect([paged.total, paged.pageCount, paged.items.map((r) => r.name)]).toEqual([4, 2, ['Dev']]);
    const released = gradebookPage(f.section, 'released-only', { sort: 'total', dir: 'desc', page: 1 });
    expect(released.items.find((r) => r.name === 'Dev')?.cells).toEqual({});
  });

  it('counts, averages and bands per assignment', () => {
    const [all] = gradebookStats(f.section, 'instructor');
    expect(all).toMatchObject({ assignmentId: f.assignment, graded: 3, min: 4, max: 9.5 });
    expect(all.mean).toBeCloseTo(20.5 / 3);
    expect(all.bands).toEqual([1, 0, 0, 1, 0, 1]);
    const [released] = gradebookStats(f.section, 'released-only');
    expect(released.graded).toBe(2);
  });

  it('sums each student’s total the same way whichever the sort', () => {
    const byName = gradebookPage(f.section, 'instructor', { sort: 'name', dir: 'asc', page: 1 });
    const byTotal = gradebookPage(f.section, 'instructor', { sort: 'total', dir: 'asc', page: 1 });
    const totals = (p: typeof byName) => Object.fromEntries(p.items.map((r) => [r.name, r.total]));
    expect(totals(byName)).toEqual(totals(byTotal));
    const released = (sort: 'name' | 'total') => totals(gradebookPage(f.section, 'released-only', { sort, dir: 'asc', page: 1 }));
    expect(released('name')).toEqual(released('total'));
  });

  it('recomputes the statistics when a grade or an assignment’s points change, and only then', () => {
    const before = gradebookStats(f.section, 'instructor');
    expect(gradebookStats(f.section, 'instructor')).toBe(before); // kept: nothing changed
    const db = getDb();
    const lowest = db.select({ id: grades.id }).from(grades).where(and(eq(grades.assignmentId, f.assignment), eq(grades.finalPoints, 4))).get()!;
    db.update(grades).set({ finalPoints: 5 }).where(eq(grades.id, lowest.id)).run();
    const afterGrade = gradebookStats(f.section, 'instructor')[0];
    expect(afterGrade).toMatchObject({ min: 5, graded: 3 });
    db.update(assignments).set({ pointsPossible: 100 }).where(eq(assignments.id, f.assignment)).run();
    expect(gradebookStats(f.section, 'instructor')[0].bands).toEqual([3, 0, 0, 0, 0, 0]);
    db.update(assignments).set({ pointsPossible: 10 }).where(eq(assignments.id, f.assignment)).run();
    db.update(grades).set({ finalPoints: 4 }).where(eq(grades.id, lowest.id)).run();
    expect(gradebookStats(f.section, 'instructor')).toEqual(before);
  });

  it('keeps the order by total only while the grades, the students and their names stand', () => {
    const db = getDb();
    const order = (dir: 'asc' | 'desc' = 'desc') => gradebookPage(f.section, 'instructor', { sort: 'total', dir, page: 1 }).items.map((r) => [r.name, r.total]);
    const counted = () => gradebookPage(f.section, 'instructor', { sort: 'total', dir: 'desc', page: 1 }).total;
    const start = [['Cara', 9.5], ['Dev', 7], ['Abe', 4], ['Bea', null]];
    expect(order()).toEqual(start);
    expect(order('asc')).toEqual([['Abe', 4], ['Dev', 7], ['Cara', 9.5], ['Bea', null]]);
    // A grade changes: Abe passes Dev.
    const abes = db.select({ id: grades.id }).from(grades).where(and(eq(grades.assignmentId, f.assignment), eq(grades.finalPoints, 4))).get()!;
    db.update(grades).set({ finalPoints: 8 }).where(eq(grades.id, abes.id)).run();
    expect(order()).toEqual([['Cara', 9.5], ['Abe', 8], ['Dev', 7], ['Bea', null]]);
    db.update(grades).set({ finalPoints: 4 }).where(eq(grades.id, abes.id)).run();
    // A student joins (no grade yet: after Bea, by name), is renamed (before her), leaves.
    const ana = makeUser('student', { name: 'Zed' });
    addMember(f.section, ana.id, 'student');
    expect([order().at(-2), order().at(-1), counted()]).toEqual([['Bea', null], ['Zed', null], 5]);
    db.update(users).set({ name: 'Ana' }).where(eq(users.id, ana.id)).run();
    expect([order().at(-2), order().at(-1)]).toEqual([['Ana', null], ['Bea', null]]);
    db.update(sectionMembers).set({ role: 'counsellor' }).where(and(eq(sectionMembers.sectionId, f.section), eq(sectionMembers.userId, ana.id))).run();
    expect(counted()).toBe(4);
    db.update(sectionMembers).set({ role: 'student' }).where(and(eq(sectionMembers.sectionId, f.section), eq(sectionMembers.userId, ana.id))).run();
    expect(counted()).toBe(5);
    db.delete(sectionMembers).where(and(eq(sectionMembers.sectionId, f.section), eq(sectionMembers.userId, ana.id))).run();
    expect([order(), counted()]).toEqual([start, 4]);
  });

  it('exports released scores only', () => {
    const rows = listReleasedScoresForExport(f.section, [f.assignment]);
    expect(rows.map((r) => [r.name, r.scores[f.assignment] ?? null])).toEqual([
      ['Abe', 4],
      ['Bea', null],
      ['Cara', 9.5],
      ['Dev', null],
    ]);
  });

  it('the audit lists every write', () => {
    const audit = listGradeAudit(f.instructor, f.section, 1);
    expect(audit.total).toBe(5);
    expect(audit.items.filter((e) => e.action === 'released').map((e) => e.studentName).sort()).toEqual(['Abe', 'Cara']);
  });
});

describe('process facts', () => {
  it('reads the interview, its referrals and the questions planned before it', () => {
    const db = getDb();
    const s = f.students[0] as Extract<Viewer, { role: 'student' }>;
    const contactId = insertContact(db, s, { name: 'Dana', howFound: 'friend' });
    const startsAt = new Date(NOW.getTime() - 10 * HOUR);
    const id = insertInterview(db, s, { contactId, occupationId: null, status: 'scheduled', startsAt, durationMinutes: 30, mode: 'phone', location: null, calendarUid: crypto.randomUUID() });
    updateInterview(db, s, id, { status: 'completed', completedAt: new Date(startsAt.getTime() + HOUR / 2) }, NOW);
    db.insert(interviewQuestions).values([
      { interviewId: id, studentId: s.id, text: 'Before', position: 1, createdAt: new Date(startsAt.getTime() - HOUR) },
      { interviewId: id, studentId: s.id, text: 'After', position: 2, createdAt: new Date(startsAt.getTime() + HOUR) },
    ]).run();
    insertContact(db, s, { name: 'Referred', howFound: 'referral', referredByContactId: contactId, referredInInterviewId: id });
    const facts = findProcessFacts(s.id, id);
    expect(facts).toMatchObject({ referralsReceived: 1, questionsPlannedBefore: 1, interview: { status: 'completed' } });
    expect(findProcessFacts(f.students[1].id, id).interview).toBeNull();
    expect(findProcessFacts(s.id, null).interview).toBeNull();
  });
});

describe('an instructor’s rubrics', () => {
  it('each counts its own criteria and the assignments it is attached to', () => {
    const db = getDb();
    const level = (label: string, points: number) => ({ label, points, description: null });
    const criterion = (title: string) => ({ title, description: null, processRule: null, levels: [level('Full', 2), level('None', 0)] });
    const three = insertRubric(db, f.instructor.id, { title: 'Three criteria', description: null, criteria: [criterion('A'), criterion('B'), criterion('C')] }, NOW);
    const one = insertRubric(db, f.instructor.id, { title: 'One criterion', description: null, criteria: [criterion('A')] }, NOW);
    for (let i = 0; i < 2; i++) makeAssignment(f.section, [], { rubricId: three, pointsPossible: 6 });
    const mine = listRubricsOf(f.instructor);
    expect(mine.find((r) => r.id === three)).toMatchObject({ criteria: 3, assignments: 2 });
    expect(mine.find((r) => r.id === one)).toMatchObject({ criteria: 1, assignments: 0 });
  });
});
