import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { insertContact } from '@/db/queries/contacts';
import { auditLog, contacts, occupations, outreachAttempts } from '@/db/schema';
import { makeUser } from '@/db/testing/factories';
import { authModuleMock, form, signInAs, thrown } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined }), headers: async () => new Headers() }));

const { createContact, deleteContact, updateContact } = await import('./actions');

// `version` is what an edit form posts (the version it was opened on); a new contact's form has none and it is ignored.
const valid = { name: 'Dr. Wen Li', howFound: 'professional', criteria: ['works-in-occupation', 'setting-i-like'], version: '1' };

beforeEach(() => signInAs(null));

describe('createContact', () => {
  it('adds the contact for the signed-in student only, dropping fields it does not know', async () => {
    const student = makeUser('student');
    const other = makeUser('student');
    signInAs(student.id);
    const digest = await thrown(createContact(initialActionState, form({ ...valid, studentId: String(other.id), howFoundDetail: 'My dentist' })));
    const row = getDb().select().from(contacts).where(eq(contacts.name, 'Dr. Wen Li')).get();
    expect(digest).toMatch(new RegExp(`NEXT_REDIRECT.*/contacts/${row?.id}`));
    expect(row).toMatchObject({ studentId: student.id, howFound: 'professional', howFoundDetail: 'My dentist', criteria: ['works-in-occupation', 'setting-i-like'] });
  });

  it('returns every field error and keeps what was typed, ticked criteria included', async () => {
    signInAs(makeUser('student').id);
    const state = await createContact(initialActionState, form({ name: 'x'.repeat(121), email: 'not-an-email', phone: 'call me', howFound: 'wizard', criteria: ['shares-interest', 'setting-i-like'] }));
    expect(state.status).toBe('error');
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['email', 'howFound', 'name', 'phone']);
    expect(state.fieldErrors?.name?.[0]).toBe('Name must be at most 120 characters.');
    expect(state.values).toMatchObject({ email: 'not-an-email', phone: 'call me', criteria: 'shares-interest,setting-i-like' });
    const empty = await createContact(initialActionState, form({ name: '  ', howFound: 'friend' }));
    expect(empty.fieldErrors?.name).toEqual(['Name is required.']);
  });

  it("refuses another student's contact as referrer and another student's occupation", async () => {
    const student = makeUser('student');
    const other = makeUser('student');
    const theirs = insertContact(getDb(), other, { name: 'Theirs', howFound: 'friend' });
    const theirOccupation = getDb().insert(occupations).values({ studentId: other.id, title: 'Law' }).returning({ id: occupations.id }).get().id;
    signInAs(student.id);
    const state = await createContact(initialActionState, form({ ...valid, howFound: 'referral', referredByContactId: String(theirs), occupationId: String(theirOccupation) }));
    expect(state.fieldErrors).toEqual({ referredByContactId: ['Choose one of your contacts.'], occupationId: ['Choose one of your occupations.'] });
    const missing = await createContact(initialActionState, form({ ...valid, howFound: 'referral' }));
    expect(missing.fieldErrors?.referredByContactId).toEqual(['Choose the contact who referred you.']);
    expect(getDb().select().from(contacts).where(eq(contacts.studentId, student.id)).all()).toEqual([]);
  });

  it('a staff member gets a 404', async () => {
    for (const role of ['counsellor', 'instructor', 'admin'] as const) {
      signInAs(makeUser(role).id);
      expect(await thrown(createContact(initialActionState, form(valid)))).toMatch(/404/);
    }
  });
});

describe('updateContact and deleteContact', () => {
  it("another student's contact is a 404 through every action, and stays as it was", async () => {
    const owner = makeUser('student');
    const contact = insertContact(getDb(), owner, { name: 'Kept', howFound: 'friend' });
    signInAs(makeUser('student').id);
    expect(await thrown(updateContact(contact, initialActionState, form(valid)))).toMatch(/404/);
    expect(await thrown(deleteContact(contact))).toMatch(/404/);
    signInAs(makeUser('counsellor').id);
    expect(await thrown(updateContact(contact, initialActionState, form(valid)))).toMatch(/404/);
    expect(await thrown(deleteContact(contact))).toMatch(/404/);
    expect(getDb().select().from(contacts).where(eq(contacts.id, contact)).get()?.name).toBe('Kept');
  });

  it('updates, refusing a referral loop, and clears the referrer when no longer a referral', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const a = insertContact(getDb(), s, { name: 'A', howFound: 'friend' });
    const b = insertContact(getDb(), s, { name: 'B', howFound: 'referral', referredByContactId: a });
    const loop = await updateContact(a, initialActionState, form({ name: 'A', howFound: 'referral', referredByContactId: String(b), version: '1' }));
    expect(loop.fieldErrors?.referredByContactId?.[0]).toMatch(/led to you through this contact/);
    expect(await thrown(updateContact(b, initialActionState, form({ name: 'B2', howFound: 'neighbour', referredByContactId: String(a), version: '1' })))).toMatch(/NEXT_REDIRECT/);
    expect(getDb().select().from(contacts).where(eq(contacts.id, b)).get()).toMatchObject({ name: 'B2', howFound: 'neighbour', referredByContactId: null });
  });

  it('deletes with its attempts, logs it, and goes back to the list', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Gone', howFound: 'friend' });
    getDb().insert(outreachAttempts).values({ contactId: c, studentId: s.id, attemptedAt: new Date(), channel: 'phone', outcome: 'no-answer' }).run();
    expect(await thrown(deleteContact(c))).toMatch(/NEXT_REDIRECT.*\/contacts\?deleted=1/);
    expect(getDb().select().from(contacts).where(eq(contacts.id, c)).get()).toBeUndefined();
    expect(getDb().select().from(outreachAttempts).where(eq(outreachAttempts.contactId, c)).all()).toEqual([]);
    const audit = getDb().select().from(auditLog).where(eq(auditLog.subjectId, c)).all();
    expect(audit.map((r) => [r.action, r.actorId, r.details])).toEqual([['CONTACT_DELETED', s.id, { interviews: 0, attempts: 1 }]]);
  });
});
