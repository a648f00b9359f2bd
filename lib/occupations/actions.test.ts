import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { insertOccupation, insertUnknown } from '@/db/queries/occupations';
import { auditLog, contacts, occupations, occupationUnknowns, questions } from '@/db/schema';
import { makeUser } from '@/db/testing/factories';
import { authModuleMock, form, signInAs, thrown } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { addUnknown, createOccupation, deleteOccupation, deleteUnknown, turnUnknownIntoQuestion, updateOccupation } = await import('./actions');

// `version` is what an edit form posts (the version it was opened on); the new-occupation form has none and it is ignored.
const valid = { title: 'Dental hygienist', whyInterested: 'I like people', researchNotes: 'Two-year diploma', sources: 'https://example.org', status: 'considering', version: '1' };

function seedOwned() {
  const owner = makeUser('student');
  const occupationId = insertOccupation(getDb(), owner, { title: 'Archivist', whyInterested: null, researchNotes: null, sources: null, status: 'exploring' });
  const unknownId = insertUnknown(getDb(), owner, occupationId, 'What does a day look like?');
  return { owner, occupationId, unknownId };
}

const occupationRow = (id: number) => getDb().select().from(occupations).where(eq(occupations.id, id)).get();
const unknownRow = (id: number) => getDb().select().from(occupationUnknowns).where(eq(occupationUnknowns.id, id)).get();

beforeEach(() => signInAs(null));

describe('nothing of another student is reachable through an action', () => {
  it('another student gets a 404 from every action on my occupation or unknown, and nothing changes', async () => {
    const { occupationId, unknownId } = seedOwned();
    signInAs(makeUser('student').id);
    expect(await thrown(updateOccupation(occupationId, initialActionState, form(valid)))).toMatch(/404/);
    expect(await thrown(deleteOccupation(occupationId))).toMatch(/404/);
    expect(await thrown(addUnknown(occupationId, initialActionState, form({ text: 'Sneaky' })))).toMatch(/404/);
    expect(await thrown(deleteUnknown(unknownId, initialActionState))).toMatch(/404/);
    expect(await thrown(turnUnknownIntoQuestion(unknownId, initialActionState))).toMatch(/404/);
    expect(occupationRow(occupationId)?.title).toBe('Archivist');
    expect(unknownRow(unknownId)).toMatchObject({ text: 'What does a day look like?', questionId: null });
    expect(getDb().select().from(occupationUnknowns).where(eq(occupationUnknowns.occupationId, occupationId)).all()).toHaveLength(1);
  });

  it('a counsellor, an instructor and an admin get a 404 from every action', async () => {
    const { occupationId, unknownId } = seedOwned();
    for (const role of ['counsellor', 'instructor', 'admin'] as const) {
      signInAs(makeUser(role).id);
      expect(await thrown(createOccupation(initialActionState, form(valid)))).toMatch(/404/);
      expect(await thrown(updateOccupation(occupationId, initialActionState, form(valid)))).toMatch(/404/);
      expect(await thrown(deleteOccupation(occupationId))).toMatch(/404/);
      expect(await thrown(addUnknown(occupationId, initialActionState, form({ text: 'x' })))).toMatch(/404/);
      expect(await thrown(deleteUnknown(unknownId, initialActionState))).toMatch(/404/);
      expect(await thrown(turnUnknownIntoQuestion(unknownId, initialActionState))).toMatch(/404/);
    }
    expect(occupationRow(occupationId)?.title).toBe('Archivist');
  });

  it('an id that is not an id is a 404', async () => {
    signInAs(makeUser('student').id);
    expect(await thrown(deleteOccupation(Number.NaN))).toMatch(/404/);
    expect(await thrown(turnUnknownIntoQuestion(-1, initialActionState))).toMatch(/404/);
  });

  it('a signed-out caller is sent to sign in', async () => {
    expect(await thrown(createOccupation(initialActionState, form(valid)))).toMatch(/NEXT_REDIRECT.*sign-in/);
  });
});

describe('createOccupation and updateOccupation', () => {
  it('returns every field error and keeps what was typed', async () => {
    signInAs(makeUser('student').id);
    const bad = { title: '', whyInterested: 'w'.repeat(2001), researchNotes: 'r'.repeat(10001), sources: 's'.repeat(4001), status: 'dreaming' };
    const state = await createOccupation(initialActionState, form(bad));
    expect(state.status).toBe('error');
    expect(state.fieldErrors).toEqual({
      title: ['Title is required.'],
      whyInterested: ['Why it interests you must be at most 2000 characters.'],
      researchNotes: ['Research notes must be at most 10000 characters.'],
      sources: ['Sources must be at most 4000 characters.'],
      status: ['Choose a status from the list.'],
    });
    expect(state.values).toMatchObject({ whyInterested: bad.whyInterested, status: 'dreaming' });
    const long = await createOccupation(initialActionState, form({ ...valid, title: 't'.repeat(121) }));
    expect(long.fieldErrors?.title).toEqual(['Title must be at most 120 characters.']);
    expect(long.values?.title).toBe('t'.repeat(121));
  });

  it('creates the occupation as the viewer’s own (a studentId in the form is ignored) and redirects to it', async () => {
    const student = makeUser('student');
    const victim = makeUser('student');
    signInAs(student.id);
    const digest = await thrown(createOccupation(initialActionState, form({ ...valid, studentId: String(victim.id) })));
    const id = Number(/\/occupations\/(\d+)/.exec(digest)?.[1]);
    expect(digest).toMatch(/NEXT_REDIRECT/);
    expect(occupationRow(id)).toMatchObject({ studentId: student.id, title: 'Dental hygienist', status: 'considering', sources: 'https://example.org' });
  });

  it('updates the owner’s occupation; invalid input changes nothing', async () => {
    const { owner, occupationId } = seedOwned();
    signInAs(owner.id);
    const state = await updateOccupation(occupationId, initialActionState, form({ ...valid, title: ' ' }));
    expect(state.fieldErrors?.title).toEqual(['Title is required.']);
    expect(occupationRow(occupationId)?.title).toBe('Archivist');
    expect(await thrown(updateOccupation(occupationId, initialActionState, form({ ...valid, whyInterested: '' })))).toMatch(/NEXT_REDIRECT/);
    expect(occupationRow(occupationId)).toMatchObject({ title: 'Dental hygienist', whyInterested: null, status: 'considering' });
  });
});

describe('deleteOccupation', () => {
  it('deletes it with an audit row; the contacts about it stay, unlinked', async () => {
    const { owner, occupationId } = seedOwned();
    const contactId = getDb().insert(contacts).values({ studentId: owner.id, name: 'Kept', occupationId }).returning().get().id;
    signInAs(owner.id);
    expect(await thrown(deleteOccupation(occupationId))).toMatch(/NEXT_REDIRECT.*\/occupations/);
    expect(occupationRow(occupationId)).toBeUndefined();
    expect(getDb().select().from(contacts).where(eq(contacts.id, contactId)).get()?.occupationId).toBeNull();
    const audit = getDb().select().from(auditLog).where(and(eq(auditLog.action, 'OCCUPATION_DELETED'), eq(auditLog.subjectId, occupationId))).all();
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(owner.id);
  });
});

describe('unknowns', () => {
  it('adds one; refuses an empty or too long one with the text kept', async () => {
    const { owner, occupationId } = seedOwned();
    signInAs(owner.id);
    expect((await addUnknown(occupationId, initialActionState, form({ text: '' }))).fieldErrors?.text).toEqual(['Write what you still don’t know.']);
    const long = await addUnknown(occupationId, initialActionState, form({ text: 'x'.repeat(301) }));
    expect(long.fieldErrors?.text).toEqual(['What you still don’t know must be at most 300 characters.']);
    expect(long.values?.text).toBe('x'.repeat(301));
    expect((await addUnknown(occupationId, initialActionState, form({ text: '  Is there shift work?  ' }))).status).toBe('ok');
    const texts = getDb().select().from(occupationUnknowns).where(eq(occupationUnknowns.occupationId, occupationId)).all().map((u) => [u.text, u.studentId]);
    expect(texts).toEqual([
      ['What does a day look like?', owner.id],
      ['Is there shift work?', owner.id],
    ]);
  });

  it('deletes one with an audit row', async () => {
    const { owner, unknownId } = seedOwned();
    signInAs(owner.id);
    expect((await deleteUnknown(unknownId, initialActionState)).status).toBe('ok');
    expect(unknownRow(unknownId)).toBeUndefined();
    expect(getDb().select().from(auditLog).where(and(eq(auditLog.action, 'OCCUPATION_UNKNOWN_DELETED'), eq(auditLog.subjectId, unknownId))).all()).toHaveLength(1);
  });

  it('turns into exactly one own interview question, once', async () => {
    const { owner, unknownId } = seedOwned();
    signInAs(owner.id);
    const ownQuestions = () => getDb().select().from(questions).where(eq(questions.ownerId, owner.id)).all();
    expect(await turnUnknownIntoQuestion(unknownId, initialActionState)).toMatchObject({ status: 'ok', message: 'Added to your question bank.' });
    const made = ownQuestions();
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ bank: 'interview', category: 'own', text: 'What does a day look like?', isDefault: false });
    expect(unknownRow(unknownId)?.questionId).toBe(made[0].id);

    expect(await turnUnknownIntoQuestion(unknownId, initialActionState)).toMatchObject({ status: 'ok', message: 'Already in your question bank.' });
    expect(ownQuestions()).toHaveLength(1);
    expect(unknownRow(unknownId)?.questionId).toBe(made[0].id);
  });
});
