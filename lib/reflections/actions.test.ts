import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { insertContact } from '@/db/queries/contacts';
import { findInterviewForViewer, insertInterview, updateInterview } from '@/db/queries/interviews';
import { listDefaultReflectionQuestions } from '@/db/queries/questions';
import { findPersonalReflectionForViewer } from '@/db/queries/submissions';
import type { Viewer } from '@/db/queries/users';
import { makeUser } from '@/db/testing/factories';
import { authModuleMock, signInAs, thrown } from '@/db/testing/session';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const { autosaveInterviewReflection } = await import('./actions');

function interviewOf(owner: Viewer, completed = true): number {
  const contactId = insertContact(getDb(), owner, { name: 'Dana Li', howFound: 'friend' });
  const id = insertInterview(getDb(), owner, { contactId, occupationId: null, status: 'scheduled', startsAt: new Date(), durationMinutes: 30, mode: 'phone', location: null, calendarUid: crypto.randomUUID() });
  if (completed) updateInterview(getDb(), owner, id, { status: 'completed', completedAt: new Date() }, new Date());
  return id;
}

beforeEach(() => signInAs(null));

describe('autosaveInterviewReflection', () => {
  it('saves only the answers sent, as typed, and unknown fields are dropped', async () => {
    const owner = makeUser('student');
    const id = interviewOf(owner);
    const qs = listDefaultReflectionQuestions();
    signInAs(owner.id);
    const first = await autosaveInterviewReflection(id, 0, { [`answer-${qs[0].id}`]: 'Yes, it fits my values. ', studentId: '1', 'answer-99999': 'dropped' });
    expect(first).toMatchObject({ status: 'saved', version: 1 });
    expect(await autosaveInterviewReflection(id, 1, { [`answer-${qs[9].id}`]: 'Nerve-racking at first.' })).toMatchObject({ status: 'saved', version: 2 });
    const saved = findPersonalReflectionForViewer(owner, id);
    expect(saved?.answers).toEqual({ [qs[0].id]: 'Yes, it fits my values. ', [qs[9].id]: 'Nerve-racking at first.' });
    // Two of ten answered: the reflection is not done yet, and its next action stays.
    expect(findInterviewForViewer(owner, id)?.hasReflection).toBe(false);
    await autosaveInterviewReflection(id, 2, Object.fromEntries(qs.map((q) => [`answer-${q.id}`, 'Answered.'])));
    expect(findInterviewForViewer(owner, id)?.hasReflection).toBe(true);
  });

  it('a save from a stale tab is refused with the stored text, and overwrites nothing', async () => {
    const owner = makeUser('student');
    const id = interviewOf(owner);
    const [q1] = listDefaultReflectionQuestions();
    signInAs(owner.id);
    await autosaveInterviewReflection(id, 0, { [`answer-${q1.id}`]: 'First tab' });
    expect(await autosaveInterviewReflection(id, 0, { [`answer-${q1.id}`]: 'Second tab' })).toEqual({ status: 'conflict', version: 1, theirs: { [`answer-${q1.id}`]: 'First tab' } });
    expect(findPersonalReflectionForViewer(owner, id)?.answers[q1.id]).toBe('First tab');
  });

  it('a too-long answer is refused with a message and nothing saved', async () => {
    const owner = makeUser('student');
    const id = interviewOf(owner);
    const [q1] = listDefaultReflectionQuestions();
    signInAs(owner.id);
    const state = await autosaveInterviewReflection(id, 0, { [`answer-${q1.id}`]: 'x'.repeat(10_001) });
    expect(state.status).toBe('invalid');
    expect(state.status === 'invalid' && state.fieldErrors[`answer-${q1.id}`]?.[0]).toMatch(/at most 10000/);
    expect(findPersonalReflectionForViewer(owner, id)).toBeNull();
  });

  it('waits for the interview to be completed', async () => {
    const owner = makeUser('student');
    const id = interviewOf(owner, false);
    signInAs(owner.id);
    expect(await autosaveInterviewReflection(id, 0, {})).toMatchObject({ status: 'locked', message: expect.stringMatching(/completed/) });
  });

  it('an ended session answers signed-out instead of navigating away', async () => {
    const owner = makeUser('student');
    const id = interviewOf(owner);
    expect(await autosaveInterviewReflection(id, 0, {})).toEqual({ status: 'signed-out' });
  });

  it('another student and staff get a 404 and nothing is saved; malformed arguments too', async () => {
    const owner = makeUser('student');
    const id = interviewOf(owner);
    const [q1] = listDefaultReflectionQuestions();
    for (const role of ['student', 'counsellor', 'instructor', 'admin'] as const) {
      signInAs(makeUser(role).id);
      expect(await thrown(autosaveInterviewReflection(id, 0, { [`answer-${q1.id}`]: 'mine now' }))).toMatch(/404/);
    }
    signInAs(owner.id);
    expect(await thrown(autosaveInterviewReflection('1e3' as unknown as number, 0, {}))).toMatch(/404/);
    expect(await thrown(autosaveInterviewReflection(id, -1, {}))).toMatch(/404/);
    expect(await thrown(autosaveInterviewReflection(id, '0' as unknown as number, {}))).toMatch(/404/);
    expect(findPersonalReflectionForViewer(owner, id)).toBeNull();
  });
});
