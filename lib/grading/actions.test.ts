import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { insertContact } from '@/db/queries/contacts';
import { findGrade, findOwnRubric, listReleasedGradesForViewer, writeGrade } from '@/db/queries/grading';
import { insertInterview, updateInterview } from '@/db/queries/interviews';
import { listDefaultReflectionQuestions } from '@/db/queries/questions';
import { ensureAssignmentSubmission, saveAnswers, submitAnswers } from '@/db/queries/submissions';
import type { StudentViewer, Viewer } from '@/db/queries/users';
import { assignments, gradeAudit, notifications, outbox, sectionMembers, users } from '@/db/schema';
import { addMember, makeAssignment, makeSection, makeUser } from '@/db/testing/factories';
import { authModuleMock, form, signInAs, thrown } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const { saveGrade, releaseAllGrades, saveGradingSettings, saveRubric, previewRoster, importRosterBatch } = await import('./actions');

const DAY = 24 * 3600_000;
const HOUR = 3600_000;

const f = {} as {
  section: number;
  other: number;
  instructor: Viewer;
  counsellor: Viewer;
  otherInstructor: Viewer;
  student: StudentViewer;
  classmate: StudentViewer;
  assignment: number;
  plain: number;
  rubricId: number;
};

function rubricJson(title = 'Reflection rubric') {
  return JSON.stringify({
    title,
    description: '',
    criteria: [
      { title: 'Depth', description: '', processRule: '', levels: [{ label: 'Deep', points: 4 }, { label: 'Thin', points: 1 }] },
      { title: 'Thanked in time', description: '', processRule: 'thank-you-within-48h', levels: [{ label: 'Yes', points: 2 }, { label: 'No', points: 0 }] },
    ],
  });
}

function submit(student: StudentViewer, assignmentId: number, at: Date, interviewId: number | null = null) {
  const db = getDb();
  const [q] = listDefaultReflectionQuestions();
  const sid = ensureAssignmentSubmission(db, student, assignmentId, f.section, at);
  saveAnswers(db, student, sid, 0, [{ questionId: q.id, text: 'It suits me.' }], at, interviewId);
  submitAnswers(db, student, sid, 1, { interviewId, answers: [{ questionId: q.id, question: q.text, answer: 'It suits me.' }], late: false }, at);
  return sid;
}

beforeAll(async () => {
  f.section = makeSection();
  f.other = makeSection();
  f.instructor = makeUser('instructor');
  f.counsellor = makeUser('counsellor');
  f.otherInstructor = makeUser('instructor');
  f.student = makeUser('student');
  f.classmate = makeUser('student');
  addMember(f.section, f.instructor.id, 'instructor');
  addMember(f.section, f.counsellor.id, 'counsellor');
  addMember(f.section, f.student.id, 'student');
  addMember(f.section, f.classmate.id, 'student');
  addMember(f.other, f.otherInstructor.id, 'instructor');
  const due = new Date('2026-11-20T23:59:00Z');
  f.assignment = makeAssignment(f.section, [listDefaultReflectionQuestions()[0].id], { dueAt: due, pointsPossible: 6, latePenaltyPerDay: 10, latePenaltyFloor: 50 });
  f.plain = makeAssignment(f.section, [listDefaultReflectionQuestions()[0].id], { dueAt: due, pointsPossible: 10 });

  signInAs(f.instructor.id);
  const made = await thrown(saveRubric(null, initialActionState, form({ rubric: rubricJson() })));
  expect(made).toMatch(/NEXT_REDIRECT/);
  f.rubricId = Number(/rubrics\/(\d+)/.exec(made)![1]);
  const v = getDb().select({ v: assignments.version }).from(assignments).where(eq(assignments.id, f.assignment)).get()!.v;
  const s = await saveGradingSettings(f.assignment, initialActionState, form({ version: String(v), pointsPossible: '6', rubricId: String(f.rubricId), latePenaltyPerDay: '10', latePenaltyFloor: '50' }));
  expect(s).toMatchObject({ status: 'ok' });

  const db = getDb();
  const contactId = insertContact(db, f.student, { name: 'Dana Li', howFound: 'friend' });
  const interviewId = insertInterview(db, f.student, { contactId, occupationId: null, status: 'scheduled', startsAt: new Date(due.getTime() - 5 * DAY), durationMinutes: 30, mode: 'phone', location: null, calendarUid: crypto.randomUUID() });
  const done = new Date(due.getTime() - 5 * DAY + HOUR / 2);
  updateInterview(db, f.student, interviewId, { status: 'completed', completedAt: done, thankYouSentAt: new Date(done.getTime() + 31 * HOUR), thankYouChannel: 'email' }, done);
  // Two days late: a 20 % penalty.
  submit(f.student, f.assignment, new Date(due.getTime() + DAY + HOUR), interviewId);
  submit(f.student, f.plain, new Date(due.getTime() - HOUR));
});

const rubric = () => findOwnRubric(f.instructor, f.rubricId)!;
const audits = (assignmentId: number, studentId: number) => getDb().select({ n: count() }).from(gradeAudit).where(and(eq(gradeAudit.assignmentId, assignmentId), eq(gradeAudit.studentId, studentId))).get()!.n;

describe('saving a grade', () => {
  it('scores the rubric, applies the late penalty, and writes one audit row', async () => {
    signInAs(f.instructor.id);
    const [depth, thanked] = rubric().criteria;
    const r = await saveGrade(f.assignment, f.student.id, initialActionState, form({ version: '0', [`level-${depth.id}`]: String(depth.levels[0].id), [`level-${thanked.id}`]: String(thanked.levels[0].id), feedback: 'Good depth.' }));
    expect(r).toMatchObject({ status: 'ok' });
    const g = findGrade(f.assignment, f.student.id)!;
    expect(g).toMatchObject({ status: 'draft', points: 6, latePenaltyPercent: 20, finalPoints: 4.8, feedback: 'Good depth.', version: 1 });
    expect(audits(f.assignment, f.student.id)).toBe(1);
  });

  it('a double submit makes one change', async () => {
    signInAs(f.instructor.id);
    const fields = { version: '0', points: '7.5', feedback: 'Fine.' };
    const first = await saveGrade(f.plain, f.student.id, initialActionState, form(fields));
    const second = await saveGrade(f.plain, f.student.id, initialActionState, form(fields));
    expect(first).toMatchObject({ status: 'ok' });
    expect(second).toMatchObject({ status: 'ok', message: expect.stringContaining('No change') });
    expect(findGrade(f.plain, f.student.id)).toMatchObject({ finalPoints: 7.5, version: 1 });
    expect(audits(f.plain, f.student.id)).toBe(1);
  });

  it('a stale form with different values is refused and keeps what was typed', async () => {
    signInAs(f.instructor.id);
    const r = await saveGrade(f.plain, f.student.id, initialActionState, form({ version: '0', points: '3', feedback: 'Other tab' }));
    expect(r).toMatchObject({ status: 'error', values: { points: '3', feedback: 'Other tab' } });
    expect(findGrade(f.plain, f.student.id)?.finalPoints).toBe(7.5);
  });

  it('refuses negative, NaN and above-maximum scores, and an override without a reason', async () => {
    signInAs(f.instructor.id);
    for (const points of ['-1', 'abc', '10.5', 'Infinity']) {
      const r = await saveGrade(f.plain, f.classmate.id, initialActionState, form({ version: '0', points }));
      expect(r.status, points).toBe('error');
    }
    const [depth] = rubric().criteria;
    const typedTooMany = await saveGrade(f.assignment, f.classmate.id, initialActionState, form({ version: '0', [`points-${depth.id}`]: '5' }));
    expect(typedTooMany.fieldErrors?.[`points-${depth.id}`]?.[0]).toMatch(/At most 4/);
    const noReason = await saveGrade(f.plain, f.classmate.id, initialActionState, form({ version: '0', points: '5', overridePoints: '6' }));
    expect(noReason.fieldErrors?.overrideReason).toBeTruthy();
    expect(findGrade(f.plain, f.classmate.id)).toBeNull();
    expect(findGrade(f.assignment, f.classmate.id)).toBeNull();
  });

  it('extra credit, when allowed, lets a score pass the maximum', async () => {
    signInAs(f.instructor.id);
    getDb().update(assignments).set({ allowExtraCredit: true }).where(eq(assignments.id, f.plain)).run();
    const r = await saveGrade(f.plain, f.classmate.id, initialActionState, form({ version: '0', points: '11' }));
    expect(r).toMatchObject({ status: 'ok' });
    expect(findGrade(f.plain, f.classmate.id)?.finalPoints).toBe(11);
    getDb().update(assignments).set({ allowExtraCredit: false }).where(eq(assignments.id, f.plain)).run();
  });

  it('the audit row is rolled back with a failed grade write', () => {
    const before = getDb().select({ n: count() }).from(gradeAudit).get()!.n;
    const student = makeUser('student');
    addMember(f.section, student.id, 'student');
    expect(() =>
      getDb().transaction((tx) => {
        const r = writeGrade(tx, f.instructor, { assignmentId: f.plain, studentId: student.id, sectionId: f.section, submissionId: null }, 0, { points: 5, latePenaltyPercent: 0, overridePoints: null, overrideReason: null, finalPoints: 5, feedback: null, criteria: [] }, new Date());
        expect(r.status).toBe('saved');
        // Anything failing after the write (here a grade_criteria row for no criterion) undoes both rows.
        writeGrade(tx, f.instructor, { assignmentId: f.plain, studentId: student.id, sectionId: f.section, submissionId: null }, 1, { points: 4, latePenaltyPercent: 0, overridePoints: null, overrideReason: null, finalPoints: 4, feedback: null, criteria: [{ criterionId: 999_999, levelId: null, points: 4 }] }, new Date());
      }),
    ).toThrow();
    expect(findGrade(f.plain, student.id)).toBeNull();
    expect(getDb().select({ n: count() }).from(gradeAudit).get()!.n).toBe(before);
  });
});

describe('release', () => {
  it('students see only released grades; their section’s counsellor sees them too, nobody else', async () => {
    expect(listReleasedGradesForViewer(f.student, f.student.id)).toEqual([]);
    signInAs(f.instructor.id);
    const r = await releaseAllGrades(f.assignment, initialActionState);
    expect(r.message).toMatch(/Released 1 grade/);
    const mine = listReleasedGradesForViewer(f.student, f.student.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ assignmentId: f.assignment, finalPoints: 4.8, feedback: 'Good depth.' });
    expect(mine[0].criteria.map((c) => [c.title, c.levelLabel, c.points, c.maxPoints])).toEqual([
      ['Depth', 'Deep', 4, 4],
      ['Thanked in time', 'Yes', 2, 2],
    ]);
    expect(listReleasedGradesForViewer(f.counsellor, f.student.id)).toHaveLength(1);
    expect(listReleasedGradesForViewer(f.classmate, f.student.id)).toEqual([]);
    expect(listReleasedGradesForViewer(f.otherInstructor, f.student.id)).toEqual([]);
    // The draft on the other assignment stays hidden.
    expect(mine.some((g) => g.assignmentId === f.plain)).toBe(false);
    // The student is told, in the app and by e-mail; nobody else is.
    const told = getDb().select().from(notifications).where(eq(notifications.kind, 'grade-released')).all();
    expect(told.map((n) => [n.userId, n.href])).toEqual([[f.student.id, '/grades']]);
    expect(told[0].title).toMatch(/^Your grade for “.+” is ready$/);
    const mail = getDb().select().from(outbox).where(eq(outbox.toUserId, f.student.id)).all().filter((m) => m.subject === told[0].title);
    expect(mail).toHaveLength(1);
    expect(mail[0].body).toContain('/grades');
    // Releasing again releases nothing and tells nobody twice.
    expect((await releaseAllGrades(f.assignment, initialActionState)).message).toMatch(/No draft grades/);
    expect(getDb().select({ n: count() }).from(notifications).where(eq(notifications.kind, 'grade-released')).get()!.n).toBe(1);
  });

  it('a grade changed after release shows as changed', async () => {
    signInAs(f.instructor.id);
    const g = findGrade(f.assignment, f.student.id)!;
    const [depth, thanked] = rubric().criteria;
    await saveGrade(f.assignment, f.student.id, initialActionState, form({ version: String(g.version), [`level-${depth.id}`]: String(depth.levels[1].id), [`level-${thanked.id}`]: String(thanked.levels[0].id), feedback: 'Good depth.' }));
    const [mine] = listReleasedGradesForViewer(f.student, f.student.id);
    expect(mine.finalPoints).toBe(2.4);
    expect(mine.releasedPoints).toBe(4.8);
  });
});

describe('rubrics', () => {
  it('an edit of a rubric that has grades is saved as a copy; the graded one is unchanged', async () => {
    signInAs(f.instructor.id);
    const r = await thrown(saveRubric(f.rubricId, initialActionState, form({ version: String(rubric().version), rubric: rubricJson('Renamed') })));
    expect(r).toMatch(/copied=1/);
    expect(rubric().title).toBe('Reflection rubric');
  });

  it('refuses a rubric with no levels or negative points, keeping what was typed', async () => {
    signInAs(f.instructor.id);
    const bad = JSON.stringify({ title: 'X', criteria: [{ title: 'A', levels: [{ label: 'L', points: -1 }] }] });
    const r = await saveRubric(null, initialActionState, form({ rubric: bad }));
    expect(r).toMatchObject({ status: 'error', message: expect.stringMatching(/negative/) });
  });
});

describe('who may grade', () => {
  it('students, the section’s counsellor and another section’s instructor get a 404 from every grading action', async () => {
    for (const who of [f.student, f.counsellor, f.otherInstructor]) {
      signInAs(who.id);
      expect(await thrown(saveGrade(f.plain, f.classmate.id, initialActionState, form({ version: '0', points: '1' }))), who.role).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
      expect(await thrown(releaseAllGrades(f.plain, initialActionState))).toMatch(/404/);
      expect(await thrown(saveGradingSettings(f.plain, initialActionState, form({ version: '1', pointsPossible: '1' })))).toMatch(/404/);
      expect(await thrown(saveRubric(f.rubricId, initialActionState, form({ rubric: rubricJson() })))).toMatch(/404/);
      expect(await thrown(previewRoster(f.section, initialActionState, form({})))).toMatch(/404/);
      expect(await thrown(importRosterBatch(f.section, [{ line: 2, name: 'X', email: 'x@example.edu', studentNumber: null }]))).toMatch(/404/);
    }
    expect(findGrade(f.plain, f.classmate.id)?.finalPoints).toBe(11);
  });

  it('a student not in the section is not found, even for its instructor', async () => {
    signInAs(f.instructor.id);
    const outsider = makeUser('student');
    expect(await thrown(saveGrade(f.plain, outsider.id, initialActionState, form({ version: '0', points: '1' })))).toMatch(/404/);
    expect(await thrown(saveGrade(f.plain, f.instructor.id, initialActionState, form({ version: '0', points: '1' })))).toMatch(/404/);
  });
});

describe('roster import', () => {
  const file = (text: string) => {
    const fd = new FormData();
    fd.append('file', new File([text], 'roster.csv', { type: 'text/csv' }));
    return fd;
  };

  it('previews, imports with set-password links, and changes nothing the second time', async () => {
    signInAs(f.instructor.id);
    const csv = ['name,email,student number', 'Roster One,roster.one@example.edu,R-1', 'Bad Row,not-an-email,R-2', 'Roster One Dup,roster.one@example.edu,R-3', `Already,${f.student.email},`].join('\n');
    const preview = await previewRoster(f.section, initialActionState, file(csv));
    expect(preview.counts).toEqual({ create: 1, update: 0, skip: 3 });
    const toImport = preview.rows!.filter((r) => r.action !== 'skip');
    const first = await importRosterBatch(f.section, toImport);
    expect(first).toEqual({ status: 'ok', counts: { create: 1, update: 0, skip: 0 } });
    const again = await importRosterBatch(f.section, toImport);
    expect(again).toEqual({ status: 'ok', counts: { create: 0, update: 0, skip: 1 } });
    const user = getDb().select().from(users).where(eq(users.email, 'roster.one@example.edu')).get()!;
    expect(user).toMatchObject({ role: 'student', studentNumber: 'R-1', passwordHash: null });
    expect(getDb().select().from(sectionMembers).where(eq(sectionMembers.userId, user.id)).all()).toHaveLength(1);
    const mail = getDb().select().from(outbox).where(eq(outbox.toUserId, user.id)).all();
    expect(mail).toHaveLength(1);
    expect(mail[0].body).toMatch(/\/set-password\//);
    const secondPreview = await previewRoster(f.section, initialActionState, file(csv));
    expect(secondPreview.counts).toEqual({ create: 0, update: 0, skip: 4 });
  });

  it('imports 2,000 rows in seconds', async () => {
    signInAs(f.instructor.id);
    const big = ['name,email,student number', ...Array.from({ length: 2000 }, (_, i) => `Student ${i},bulk.${i}@example.edu,B${i}`)].join('\n');
    const t = performance.now();
    const preview = await previewRoster(f.section, initialActionState, file(big));
    expect(preview.counts?.create).toBe(2000);
    for (let i = 0; i < 2000; i += 250) await importRosterBatch(f.section, preview.rows!.slice(i, i + 250));
    const took = performance.now() - t;
    expect(took).toBeLessThan(10_000);
    expect(getDb().select({ n: count() }).from(users).where(eq(users.role, 'student')).get()!.n).toBeGreaterThanOrEqual(2000);
  }, 30_000);

  it('a file that is not a roster is refused with the reason', async () => {
    signInAs(f.instructor.id);
    const r = await previewRoster(f.section, initialActionState, file('first,last\na,b'));
    expect(r).toMatchObject({ status: 'error', fieldErrors: { file: [expect.stringContaining('name, e-mail')] } });
  });
});

