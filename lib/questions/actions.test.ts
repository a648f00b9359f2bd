import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { findOwnStaffQuestion, insertStaffQuestion, listDefaultQuestions, listInterviewQuestionBank, listOwnStaffQuestions } from '@/db/queries/questions';
import { addMember, makeSection, makeUser } from '@/db/testing/factories';
import { authModuleMock, form, signInAs, thrown } from '@/db/testing/session';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const { addStaffQuestion, editStaffQuestion, archiveStaffQuestion, reorderOwnQuestions } = await import('./actions');
const idle = { status: 'idle' } as const;

beforeEach(() => signInAs(null));

describe('staff questions', () => {
  it('staff add their own; students and admins are refused; an interview question reaches their sections’ students', async () => {
    const counsellor = makeUser('counsellor');
    const student = makeUser('student');
    const section = makeSection();
    addMember(section, counsellor.id, 'counsellor');
    addMember(section, student.id, 'student');
    signInAs(counsellor.id);
    expect(await addStaffQuestion('reflection', idle, form({ text: '  What   surprised you? ' }))).toMatchObject({ status: 'ok' });
    expect(await addStaffQuestion('interview', idle, form({ text: 'How did you start?', category: 'paths-and-training' }))).toMatchObject({ status: 'ok' });
    expect(await addStaffQuestion('interview', idle, form({ text: 'No category' }))).toMatchObject({ status: 'error', values: { text: 'No category' } });
    expect(await thrown(addStaffQuestion('grades', idle, form({ text: 'x' })))).toMatch(/404/);
    expect(listOwnStaffQuestions(counsellor, 'reflection').map((q) => q.text)).toEqual(['What surprised you?']);
    expect(listInterviewQuestionBank(student).map((q) => q.text)).toContain('How did you start?');
    expect(listInterviewQuestionBank(makeUser('student')).map((q) => q.text)).not.toContain('How did you start?');
    for (const who of [student, makeUser('admin')]) {
      signInAs(who.id);
      expect(await thrown(addStaffQuestion('reflection', idle, form({ text: 'x' })))).toMatch(/404/);
    }
  });

  it('only the owner edits, archives or reorders; the seed’s defaults never; a stale edit is refused', async () => {
    const owner = makeUser('instructor');
    const colleague = makeUser('counsellor');
    const now = new Date('2026-11-01T00:00:00Z');
    const a = insertStaffQuestion(getDb(), owner, { bank: 'reflection', category: null, text: 'A?' }, now);
    const b = insertStaffQuestion(getDb(), owner, { bank: 'reflection', category: null, text: 'B?' }, now);
    const theirs = insertStaffQuestion(getDb(), colleague, { bank: 'reflection', category: null, text: 'Theirs?' }, now);
    const [seed] = listDefaultQuestions('reflection');

    signInAs(colleague.id);
    expect(await thrown(editStaffQuestion(a, now.getTime(), idle, form({ text: 'Mine now' })))).toMatch(/404/);
    expect(await thrown(archiveStaffQuestion(a, true, idle))).toMatch(/404/);
    expect(await thrown(reorderOwnQuestions('reflection', [a, theirs]))).toMatch(/404/);
    signInAs(owner.id);
    expect(await thrown(editStaffQuestion(seed.id, 0, idle, form({ text: 'Changed' })))).toMatch(/404/);
    expect(await thrown(archiveStaffQuestion(seed.id, true, idle))).toMatch(/404/);

    expect(await thrown(editStaffQuestion(a, now.getTime(), idle, form({ text: 'A, reworded?' })))).toMatch(/staff\/questions/);
    const stale = await editStaffQuestion(a, now.getTime(), idle, form({ text: 'From an old tab' }));
    expect(stale).toMatchObject({ status: 'error', values: { text: 'From an old tab' } });
    expect(findOwnStaffQuestion(owner, a)?.text).toBe('A, reworded?');

    expect(await reorderOwnQuestions('reflection', [b, a])).toMatchObject({ status: 'ok' });
    expect(listOwnStaffQuestions(owner, 'reflection').map((q) => q.id)).toEqual([b, a]);
    expect(await archiveStaffQuestion(b, true, idle)).toMatchObject({ status: 'ok' });
    expect(listOwnStaffQuestions(owner, 'reflection').map((q) => [q.id, q.archived])).toEqual([[a, false], [b, true]]);
    expect(listDefaultQuestions('reflection')).toHaveLength(10);
  });
});
