import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { findAssignmentForViewer } from '@/db/queries/assignments';
import { listDefaultReflectionQuestions } from '@/db/queries/questions';
import { ensureAssignmentSubmission, saveAnswers } from '@/db/queries/submissions';
import { auditLog } from '@/db/schema';
import { addMember, makeAssignment, makeSection, makeUser } from '@/db/testing/factories';
import { authModuleMock, form, signInAs, thrown } from '@/db/testing/session';
import { and, eq } from 'drizzle-orm';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const { createAssignment, updateAssignment, publishAssignment, deleteAssignment, grantExtension, removeExtension } = await import('./actions');
const idle = { status: 'idle' } as const;

function scene() {
  const section = makeSection();
  const other = makeSection();
  const counsellor = makeUser('counsellor');
  const stranger = makeUser('instructor');
  const student = makeUser('student');
  addMember(section, counsellor.id, 'counsellor');
  addMember(section, student.id, 'student');
  addMember(other, stranger.id, 'instructor');
  const q = listDefaultReflectionQuestions().map((x) => x.id);
  return { section, counsellor, stranger, student, q };
}

const audits = (action: string, subjectId: number) => getDb().select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.subjectId, subjectId))).all();

beforeEach(() => signInAs(null));

describe('createAssignment', () => {
  it('makes a draft for a section the viewer staffs, in its order, with an audit row, and goes to its page', async () => {
    const s = scene();
    signInAs(s.counsellor.id);
    const digest = await thrown(
      createAssignment(s.section, idle, form({ title: 'After the interview', instructions: 'Line one\r\nLine two', questionIds: [String(s.q[2]), String(s.q[0])], dueAt: '2026-12-04T23:59', requiresInterview: 'on', resubmissionsAllowed: '2', studentId: '7' })),
    );
    const id = Number(/\/staff\/assignments\/(\d+)/.exec(digest)?.[1]);
    expect(id).toBeGreaterThan(0);
    const a = findAssignmentForViewer(s.counsellor, id)!;
    expect(a).toMatchObject({ status: 'draft', instructions: 'Line one\nLine two', requiresInterview: true, resubmissionsAllowed: 2, version: 1 });
    // Due in the section's zone (America/Vancouver: UTC−8 in December).
    expect(a.dueAt.toISOString()).toBe('2026-12-05T07:59:00.000Z');
    expect(a.questions.map((x) => x.questionId)).toEqual([s.q[2], s.q[0]]);
    expect(audits('ASSIGNMENT_CREATED', id)).toHaveLength(1);
  });

  it('keeps what was typed when invalid, and refuses questions not offered to the section', async () => {
    const s = scene();
    signInAs(s.counsellor.id);
    const bad = await createAssignment(s.section, idle, form({ title: 'Keep me', dueAt: '2026-02-31T10:00' }));
    expect(bad).toMatchObject({ status: 'error', values: { title: 'Keep me' } });
    expect(bad.fieldErrors?.questionIds).toBeDefined();
    expect(bad.fieldErrors?.dueAt).toBeDefined();
    const someoneElses = makeUser('counsellor');
    const foreign = await createAssignment(s.section, idle, form({ title: 'x', dueAt: '2026-12-04T23:59', questionIds: ['999999'] }));
    expect(foreign.fieldErrors?.questionIds).toEqual(['Choose questions from the list.']);
    expect(someoneElses.id).toBeGreaterThan(0);
  });

  it('staff of another section, students and admins are refused (404) and nothing is made', async () => {
    const s = scene();
    for (const who of [s.stranger, s.student, makeUser('admin')]) {
      signInAs(who.id);
      expect(await thrown(createAssignment(s.section, idle, form({ title: 'x', dueAt: '2026-12-04T23:59', questionIds: [String(s.q[0])] })))).toMatch(/404/);
    }
    signInAs(s.counsellor.id);
    expect(await thrown(createAssignment('1 or 1=1' as unknown as number, idle, form({})))).toMatch(/404/);
  });
});

describe('updateAssignment and publishAssignment', () => {
  it('a stale edit is refused with what was typed kept; removing an answered question is refused with a message', async () => {
    const s = scene();
    const id = makeAssignment(s.section, [s.q[0], s.q[1]], { status: 'published' });
    signInAs(s.counsellor.id);
    const fields = { title: 'Edited', dueAt: '2026-12-04T23:59', questionIds: [String(s.q[0]), String(s.q[1])] };
    expect(await thrown(updateAssignment(id, 1, idle, form(fields)))).toMatch(/staff\/assignments/);
    const stale = await updateAssignment(id, 1, idle, form({ ...fields, title: 'From an old tab' }));
    expect(stale).toMatchObject({ status: 'error', message: expect.stringMatching(/changed since you opened it/), values: { title: 'From an old tab' } });
    expect(findAssignmentForViewer(s.counsellor, id)?.title).toBe('Edited');

    const sub = ensureAssignmentSubmission(getDb(), s.student, id, s.section, new Date());
    saveAnswers(getDb(), s.student, sub, 0, [{ questionId: s.q[1], text: 'An answer.' }], new Date());
    const removed = await updateAssignment(id, 2, idle, form({ ...fields, questionIds: [String(s.q[0])] }));
    expect(removed.status).toBe('error');
    expect(removed.message).toMatch(/already written answers/);
    expect(removed.fieldErrors?.questionIds?.[0]).toMatch(/students have answered/);
    expect(findAssignmentForViewer(s.counsellor, id)?.questions).toHaveLength(2);
    expect(audits('ASSIGNMENT_UPDATED', id)).toHaveLength(1);
  });

  it('publishes a draft once, with an audit row; staff of another section get a 404', async () => {
    const s = scene();
    const id = makeAssignment(s.section, [s.q[0]], { status: 'draft' });
    signInAs(s.stranger.id);
    expect(await thrown(publishAssignment(id, 1, idle))).toMatch(/404/);
    expect(await thrown(updateAssignment(id, 1, idle, form({ title: 'x' })))).toMatch(/404/);
    expect(await thrown(deleteAssignment(id, 1))).toMatch(/404/);
    signInAs(s.student.id);
    expect(await thrown(publishAssignment(id, 1, idle))).toMatch(/404/);
    signInAs(s.counsellor.id);
    expect(await publishAssignment(id, 1, idle)).toMatchObject({ status: 'ok', message: expect.stringMatching(/^Published/) });
    expect(await publishAssignment(id, 2, idle)).toMatchObject({ status: 'ok', message: 'It is already published.' });
    expect(findAssignmentForViewer(s.student, id)?.status).toBe('published');
    expect(audits('ASSIGNMENT_PUBLISHED', id)).toHaveLength(1);
  });
});

describe('extensions', () => {
  it('the section’s staff give and take away one student’s own due date; others get a 404', async () => {
    const s = scene();
    const id = makeAssignment(s.section, [s.q[0]]);
    signInAs(s.stranger.id);
    expect(await thrown(grantExtension(id, s.student.id, idle, form({ dueAt: '2027-01-10T17:00', reason: 'Ill' })))).toMatch(/404/);
    signInAs(s.counsellor.id);
    expect(await thrown(grantExtension(id, makeUser('student').id, idle, form({ dueAt: '2027-01-10T17:00', reason: 'Ill' })))).toMatch(/404/);
    expect(await grantExtension(id, s.student.id, idle, form({ dueAt: '2027-01-10T17:00', reason: 'Ill' }))).toMatchObject({ status: 'ok' });
    expect(findAssignmentForViewer(s.student, id)?.extension?.dueAt.toISOString()).toBe('2027-01-11T01:00:00.000Z');
    expect(await removeExtension(id, s.student.id, idle)).toMatchObject({ status: 'ok', message: expect.stringMatching(/^Extension removed/) });
    expect(findAssignmentForViewer(s.student, id)?.extension).toBeNull();
    expect(audits('EXTENSION_GRANTED', id)).toHaveLength(1);
    expect(audits('EXTENSION_REMOVED', id)).toHaveLength(1);
  });
});
