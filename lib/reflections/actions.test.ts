import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { insertContact } from '@/db/queries/contacts';
import { findInterviewForViewer, insertInterview, updateInterview } from '@/db/queries/interviews';
import { listDefaultReflectionQuestions } from '@/db/queries/questions';
import { findOwnReflection } from '@/db/queries/reflections';
import type { Viewer } from '@/db/queries/users';
import { makeUser } from '@/db/testing/factories';
import { authModuleMock, form, signInAs, thrown } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const { saveInterviewReflection } = await import('./actions');

function interviewOf(owner: Viewer, completed = true): number {
  const contactId = insertContact(getDb(), owner, { name: 'Dana Li', howFound: 'friend' });
  const id = insertInterview(getDb(), owner, { contactId, occupationId: null, status: 'scheduled', startsAt: new Date(), durationMinutes: 30, mode: 'phone', location: null, calendarUid: crypto.randomUUID() });
  if (completed) updateInterview(getDb(), owner, id, { status: 'completed', completedAt: new Date() }, new Date());
  return id;
}

beforeEach(() => signInAs(null));

describe('saveInterviewReflection', () => {
  it('saves the answers to the ten questions as a draft, and the interview then has a reflection', async () => {
    const owner = makeUser('student');
    const id = interviewOf(owner);
    const [q1, q2, , , , , , , , q10] = listDefaultReflectionQuestions();
    signInAs(owner.id);
    const state = await saveInterviewReflection(id, initialActionState, form({ [`answer-${q1.id}`]: 'Yes, it fits my values.', [`answer-${q2.id}`]: '  ', [`answer-${q10.id}`]: 'Nerve-racking at first.', studentId: '1', 'answer-99999': 'dropped' }));
    expect(state.status).toBe('ok');
    expect(findOwnReflection(owner, id)?.answers).toEqual({ [String(q1.id)]: 'Yes, it fits my values.', [String(q10.id)]: 'Nerve-racking at first.' });
    expect(findInterviewForViewer(owner, id)?.hasReflection).toBe(true);
  });

  it('a too-long answer is refused with every answer kept', async () => {
    const owner = makeUser('student');
    const id = interviewOf(owner);
    const [q1, q2] = listDefaultReflectionQuestions();
    signInAs(owner.id);
    const state = await saveInterviewReflection(id, initialActionState, form({ [`answer-${q1.id}`]: 'x'.repeat(10_001), [`answer-${q2.id}`]: 'kept' }));
    expect(state.fieldErrors?.[`answer-${q1.id}`]?.[0]).toMatch(/at most 10000/);
    expect(state.values?.[`answer-${q2.id}`]).toBe('kept');
    expect(findOwnReflection(owner, id)).toBeNull();
  });

  it('waits for the interview to be completed', async () => {
    const owner = makeUser('student');
    const id = interviewOf(owner, false);
    signInAs(owner.id);
    expect((await saveInterviewReflection(id, initialActionState, form({}))).message).toMatch(/completed/);
  });

  it('another student and staff get a 404 and nothing is saved', async () => {
    const owner = makeUser('student');
    const id = interviewOf(owner);
    const [q1] = listDefaultReflectionQuestions();
    for (const role of ['student', 'counsellor', 'instructor', 'admin'] as const) {
      signInAs(makeUser(role).id);
      expect(await thrown(saveInterviewReflection(id, initialActionState, form({ [`answer-${q1.id}`]: 'mine now' })))).toMatch(/404/);
    }
    expect(findOwnReflection(owner, id)).toBeNull();
  });
});
