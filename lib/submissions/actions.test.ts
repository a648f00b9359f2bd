import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { upsertExtension } from '@/db/queries/assignments';
import { insertContact } from '@/db/queries/contacts';
import { insertInterview, updateInterview } from '@/db/queries/interviews';
import { listDefaultReflectionQuestions } from '@/db/queries/questions';
import { findAssignmentSubmissionForViewer, listSubmissionVersionsForViewer } from '@/db/queries/submissions';
import type { Viewer } from '@/db/queries/users';
import { auditLog } from '@/db/schema';
import { addMember, makeAssignment, makeSection, makeUser } from '@/db/testing/factories';
import { authModuleMock, signInAs, thrown } from '@/db/testing/session';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const { autosaveAssignmentAnswers, earlierAnswersForAssignment, submitAssignment } = await import('./actions');

const DUE = new Date('2026-12-05T07:59:00.000Z');
const field = (id: number) => `answer-${id}`;

function scene(overrides: Parameters<typeof makeAssignment>[2] = {}) {
  const section = makeSection();
  const student = makeUser('student');
  const classmate = makeUser('student');
  const counsellor = makeUser('counsellor');
  const stranger = makeUser('counsellor');
  addMember(section, student.id, 'student');
  addMember(section, classmate.id, 'student');
  addMember(section, counsellor.id, 'counsellor');
  addMember(makeSection(), stranger.id, 'counsellor');
  const [q1, q2] = listDefaultReflectionQuestions().map((q) => q.id);
  const id = makeAssignment(section, [q1, q2], { dueAt: DUE, ...overrides });
  return { section, student, classmate, counsellor, stranger, q1, q2, id };
}

function interviewOf(owner: Viewer): number {
  const contactId = insertContact(getDb(), owner, { name: 'Dana Li', howFound: 'friend' });
  const id = insertInterview(getDb(), owner, { contactId, occupationId: null, status: 'scheduled', startsAt: new Date('2026-11-01T18:00:00Z'), durationMinutes: 30, mode: 'phone', location: null, calendarUid: crypto.randomUUID() });
  updateInterview(getDb(), owner, id, { status: 'completed', completedAt: new Date('2026-11-01T18:30:00Z') }, new Date('2026-11-01T18:30:00Z'));
  return id;
}

async function answerBoth(s: ReturnType<typeof scene>) {
  return autosaveAssignmentAnswers(s.id, 0, { [field(s.q1)]: 'Yes.', [field(s.q2)]: 'The people.' });
}

beforeEach(() => {
  signInAs(null);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('autosaveAssignmentAnswers', () => {
  it('saves the student’s answers and refuses a stale tab with the stored text', async () => {
    const s = scene();
    signInAs(s.student.id);
    expect(await autosaveAssignmentAnswers(s.id, 0, { [field(s.q1)]: 'First tab', studentId: '99' })).toMatchObject({ status: 'saved', version: 1 });
    expect(await autosaveAssignmentAnswers(s.id, 0, { [field(s.q1)]: 'Second tab' })).toEqual({ status: 'conflict', version: 1, theirs: { [field(s.q1)]: 'First tab' } });
  });

  it('another student (of another section), staff, and a draft assignment get a 404; a signed-out save says so', async () => {
    const s = scene();
    const outsider = makeUser('student');
    for (const who of [outsider, s.counsellor, s.stranger]) {
      signInAs(who.id);
      expect(await thrown(autosaveAssignmentAnswers(s.id, 0, { [field(s.q1)]: 'x' })), who.role).toMatch(/404/);
      expect(await thrown(submitAssignment(s.id, 0)), who.role).toMatch(/404/);
    }
    const draft = makeAssignment(s.section, [s.q1], { status: 'draft' });
    signInAs(s.student.id);
    expect(await thrown(autosaveAssignmentAnswers(draft, 0, { [field(s.q1)]: 'x' }))).toMatch(/404/);
    expect(await thrown(submitAssignment(draft, 0))).toMatch(/404/);
    signInAs(null);
    expect(await autosaveAssignmentAnswers(s.id, 0, {})).toEqual({ status: 'signed-out' });
    expect(findAssignmentSubmissionForViewer(s.student, s.id, s.student.id)).toBeNull();
  });

  it('only the student’s own completed interview may be chosen, and choosing it offers what they wrote about it before', async () => {
    const s = scene();
    const theirs = interviewOf(s.classmate);
    const mine = interviewOf(s.student);
    signInAs(s.student.id);
    expect(await autosaveAssignmentAnswers(s.id, 0, { interviewId: String(theirs) })).toMatchObject({ status: 'invalid' });
    expect(await thrown(earlierAnswersForAssignment(s.id, theirs))).toMatch(/404/);
    const other = makeAssignment(s.section, [s.q1]);
    expect(await autosaveAssignmentAnswers(other, 0, { interviewId: String(mine), [field(s.q1)]: 'Written for another assignment.' })).toMatchObject({ status: 'saved' });
    expect(await earlierAnswersForAssignment(s.id, mine)).toEqual({ [field(s.q1)]: 'Written for another assignment.' });
  });
});

describe('submitAssignment', () => {
  it('says which questions are unanswered and submits nothing', async () => {
    const s = scene();
    signInAs(s.student.id);
    await autosaveAssignmentAnswers(s.id, 0, { [field(s.q1)]: 'Yes.', [field(s.q2)]: '   ' });
    const r = await submitAssignment(s.id, 1);
    expect(r).toMatchObject({ status: 'error', fieldErrors: { [field(s.q2)]: ['Answer this question before submitting.'] } });
    expect(r.fieldErrors?.[field(s.q1)]).toBeUndefined();
    expect(findAssignmentSubmissionForViewer(s.student, s.id, s.student.id)?.status).toBe('draft');
  });

  it('the same submit twice (a double click) makes one submission and one version, with one audit row', async () => {
    const s = scene();
    signInAs(s.student.id);
    await answerBoth(s);
    const [a, b] = await Promise.all([submitAssignment(s.id, 1), submitAssignment(s.id, 1)]);
    expect([a.status, b.status]).toEqual(['ok', 'ok']);
    expect(await submitAssignment(s.id, 1)).toMatchObject({ status: 'ok' });
    const sub = findAssignmentSubmissionForViewer(s.student, s.id, s.student.id)!;
    expect(sub).toMatchObject({ status: 'submitted', attempt: 1, late: false });
    expect(listSubmissionVersionsForViewer(s.student, sub.id)).toHaveLength(1);
    expect(getDb().select().from(auditLog).where(and(eq(auditLog.action, 'SUBMISSION_SUBMITTED'), eq(auditLog.subjectId, sub.id))).all()).toHaveLength(1);
    // Submitted: typing is locked.
    expect(await autosaveAssignmentAnswers(s.id, 2, { [field(s.q1)]: 'after' })).toMatchObject({ status: 'locked' });
  });

  it('a submit from a stale version is refused as changed elsewhere', async () => {
    const s = scene();
    signInAs(s.student.id);
    await answerBoth(s);
    await autosaveAssignmentAnswers(s.id, 1, { [field(s.q1)]: 'Other tab.' });
    expect(await submitAssignment(s.id, 1)).toMatchObject({ status: 'error', message: expect.stringMatching(/changed elsewhere/) });
  });

  it('at the exact due instant it is on time; a millisecond later it is accepted and marked late', async () => {
    const s = scene();
    signInAs(s.student.id);
    await answerBoth(s);
    vi.setSystemTime(DUE);
    signInAs(s.student.id); // days later: a new session (they last 8 hours)
    expect(await submitAssignment(s.id, 1)).toEqual({ status: 'ok', message: 'Submitted.' });
    expect(findAssignmentSubmissionForViewer(s.student, s.id, s.student.id)?.late).toBe(false);

    const t = scene();
    signInAs(t.student.id);
    await answerBoth(t);
    vi.setSystemTime(new Date(DUE.getTime() + 1));
    signInAs(t.student.id);
    expect(await submitAssignment(t.id, 1)).toMatchObject({ status: 'ok', message: expect.stringMatching(/marked late/) });
    const sub = findAssignmentSubmissionForViewer(t.student, t.id, t.student.id)!;
    expect(sub.late).toBe(true);
    expect(listSubmissionVersionsForViewer(t.student, sub.id)[0].late).toBe(true);
  });

  it('an extension moves the student’s own due instant; a closed assignment accepts nothing', async () => {
    const s = scene({ closesAt: new Date(DUE.getTime() + 86_400_000) });
    const extended = new Date(DUE.getTime() + 3 * 86_400_000);
    upsertExtension(getDb(), s.counsellor, s.id, s.student.id, { dueAt: extended, reason: 'Ill' }, DUE);
    signInAs(s.student.id);
    await answerBoth(s);
    vi.setSystemTime(extended);
    signInAs(s.student.id);
    expect(await submitAssignment(s.id, 1)).toEqual({ status: 'ok', message: 'Submitted.' });
    expect(findAssignmentSubmissionForViewer(s.student, s.id, s.student.id)?.late).toBe(false);

    vi.setSystemTime(new Date(DUE.getTime() + 2 * 86_400_000));
    signInAs(s.classmate.id);
    expect(await autosaveAssignmentAnswers(s.id, 0, { [field(s.q1)]: 'Too late' })).toMatchObject({ status: 'locked', message: expect.stringMatching(/closed/) });
    expect(await submitAssignment(s.id, 0)).toMatchObject({ status: 'error', message: expect.stringMatching(/closed/) });
  });

  it('an interview is required when the assignment says so', async () => {
    const s = scene({ requiresInterview: true });
    signInAs(s.student.id);
    await answerBoth(s);
    expect(await submitAssignment(s.id, 1)).toMatchObject({ status: 'error', fieldErrors: { interviewId: ['Choose one of your completed interviews.'] } });
    const mine = interviewOf(s.student);
    expect(await autosaveAssignmentAnswers(s.id, 1, { interviewId: String(mine) })).toMatchObject({ status: 'saved', version: 2 });
    expect(await submitAssignment(s.id, 2)).toMatchObject({ status: 'ok' });
  });
});
