import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { insertContact } from '@/db/queries/contacts';
import { insertScript } from '@/db/queries/scripts';
import { contacts, outreachAttempts, scripts, users } from '@/db/schema';
import { makeUser } from '@/db/testing/factories';
import { authModuleMock, form, signInAs, thrown } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';
import { toLocalInputValue } from '@/lib/time';

const cookieJar = vi.hoisted(() => new Map<string, string>());
vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, set: (name: string, value: string) => void cookieJar.set(name, value) }),
  headers: async () => new Headers(),
}));

const { deleteScript, logOutreach, saveScript } = await import('./actions');

const tz = 'America/Vancouver';
const anHourAgo = () => toLocalInputValue(new Date(Date.now() - 3600_000), tz);
const script = { kind: 'phone', title: 'Call', body: 'Hello. Could you look at my resume?', courseAndInstitution: 'a career-related course at KPU' };

beforeEach(() => {
  signInAs(null);
  cookieJar.clear();
});

describe('logOutreach', () => {
  it('logs an attempt in the student’s time zone', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    const state = await logOutreach(c, initialActionState, form({ attemptedAt: '2026-01-15T09:30', channel: 'email', outcome: 'awaiting-reply', notes: 'Sent from my college address' }));
    expect(state).toEqual({ status: 'ok', message: 'Attempt logged.' });
    const rows = getDb().select().from(outreachAttempts).where(eq(outreachAttempts.contactId, c)).all();
    expect(rows.map((r) => [r.studentId, r.channel, r.outcome, r.attemptedAt.toISOString(), r.notes])).toEqual([
      [s.id, 'email', 'awaiting-reply', '2026-01-15T17:30:00.000Z', 'Sent from my college address'],
    ]);
  });

  it('returns every field error, keeps what was typed, and refuses a future date', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    const state = await logOutreach(c, initialActionState, form({ attemptedAt: '2026-02-31T10:00', channel: 'pigeon', outcome: 'maybe', notes: 'n'.repeat(2001) }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['attemptedAt', 'channel', 'notes', 'outcome']);
    expect(state.values).toMatchObject({ attemptedAt: '2026-02-31T10:00', channel: 'pigeon' });
    const future = await logOutreach(c, initialActionState, form({ attemptedAt: toLocalInputValue(new Date(Date.now() + 86_400_000), tz), channel: 'phone', outcome: 'agreed' }));
    expect(future.fieldErrors?.attemptedAt?.[0]).toMatch(/cannot be in the future/);
    expect(getDb().select().from(outreachAttempts).where(eq(outreachAttempts.contactId, c)).all()).toEqual([]);
  });

  it('"declined and suggested someone" adds the attempt and the suggested contact, referred by this one', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    const state = await logOutreach(
      c,
      initialActionState,
      form({ attemptedAt: anHourAgo(), channel: 'phone', outcome: 'declined-suggested', suggestedName: 'Robin Vega', suggestedOrganisation: 'Vega Dental', suggestedPhone: '604 555 0100' }),
    );
    const added = getDb().select().from(contacts).where(eq(contacts.name, 'Robin Vega')).get();
    expect(added).toMatchObject({ studentId: s.id, howFound: 'referral', referredByContactId: c, organisation: 'Vega Dental', phone: '604 555 0100' });
    expect(state).toEqual({ status: 'ok', message: 'Attempt logged. Robin Vega is now in your contacts, referred by Pat.', link: `/contacts/${added?.id}` });
    expect(getDb().select().from(outreachAttempts).where(eq(outreachAttempts.contactId, c)).all().map((a) => a.outcome)).toEqual(['declined-suggested']);
  });

  it('writes nothing at all when the suggested person is invalid', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    const state = await logOutreach(
      c,
      initialActionState,
      form({ attemptedAt: anHourAgo(), channel: 'phone', outcome: 'declined-suggested', suggestedName: '', suggestedEmail: 'robin@', suggestedJobTitle: 'j'.repeat(121) }),
    );
    expect(state.status).toBe('error');
    expect(state.fieldErrors).toEqual({
      suggestedName: ['Name is required.'],
      suggestedJobTitle: ['Job title must be at most 120 characters.'],
      suggestedEmail: ['Enter an e-mail address like name@example.com, or leave it empty.'],
    });
    expect(state.values).toMatchObject({ suggestedEmail: 'robin@', outcome: 'declined-suggested' });
    expect(getDb().select().from(outreachAttempts).where(eq(outreachAttempts.contactId, c)).all()).toEqual([]);
    expect(getDb().select().from(contacts).where(eq(contacts.studentId, s.id)).all()).toHaveLength(1);
  });

  it('ignores the suggested fields for any other outcome', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    const state = await logOutreach(c, initialActionState, form({ attemptedAt: anHourAgo(), channel: 'phone', outcome: 'declined', suggestedName: 'Nobody' }));
    expect(state.status).toBe('ok');
    expect(getDb().select().from(contacts).where(eq(contacts.studentId, s.id)).all()).toHaveLength(1);
  });
});

describe('saveScript', () => {
  it('saves a script that asks for a job (a warning, not a block) and keeps the course in the profile, not a cookie', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    expect(await thrown(saveScript(c, null, initialActionState, form(script)))).toMatch(new RegExp(`NEXT_REDIRECT.*/contacts/${c}\\?saved=script`));
    const rows = getDb().select().from(scripts).where(eq(scripts.contactId, c)).all();
    expect(rows.map((r) => [r.studentId, r.kind, r.title, r.body])).toEqual([[s.id, 'phone', 'Call', script.body]]);
    expect(cookieJar.size).toBe(0);
    expect(getDb().select().from(users).where(eq(users.id, s.id)).get()?.courseAndInstitution).toBe('a career-related course at KPU');

    await thrown(saveScript(c, rows[0]!.id, initialActionState, form({ ...script, kind: 'voicemail', title: 'Voicemail', version: '1' })));
    expect(getDb().select().from(scripts).where(eq(scripts.contactId, c)).all().map((r) => [r.kind, r.title])).toEqual([['voicemail', 'Voicemail']]);
  });

  it('returns field errors with what was typed', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    const state = await saveScript(c, null, initialActionState, form({ kind: 'sonnet', title: '', body: ' ' }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['body', 'kind', 'title']);
    expect(state.fieldErrors?.title).toEqual(['Title is required.']);
    expect(state.values).toMatchObject({ kind: 'sonnet' });
  });

  it("refuses another student's contact or script, and a staff member, with a 404", async () => {
    const owner = makeUser('student');
    const theirContact = insertContact(getDb(), owner, { name: 'Theirs', howFound: 'friend' });
    const theirScript = insertScript(getDb(), owner, theirContact, { kind: 'phone', title: 'Theirs', body: 'Hello' });
    const me = makeUser('student');
    const mine = insertContact(getDb(), me, { name: 'Mine', howFound: 'friend' });
    signInAs(me.id);
    expect(await thrown(saveScript(theirContact, null, initialActionState, form(script)))).toMatch(/404/);
    expect(await thrown(saveScript(theirContact, theirScript, initialActionState, form({ ...script, version: '1' })))).toMatch(/404/);
    // Their script through my own contact is still theirs.
    expect(await thrown(saveScript(mine, theirScript, initialActionState, form({ ...script, version: '1' })))).toMatch(/404/);
    expect(await thrown(deleteScript(theirContact, theirScript))).toMatch(/404/);
    expect(await thrown(logOutreach(theirContact, initialActionState, form({ attemptedAt: anHourAgo(), channel: 'phone', outcome: 'agreed' })))).toMatch(/404/);
    for (const role of ['counsellor', 'instructor'] as const) {
      signInAs(makeUser(role).id);
      expect(await thrown(saveScript(theirContact, null, initialActionState, form(script)))).toMatch(/404/);
      expect(await thrown(logOutreach(theirContact, initialActionState, form({ attemptedAt: anHourAgo(), channel: 'phone', outcome: 'agreed' })))).toMatch(/404/);
      expect(await thrown(deleteScript(theirContact, theirScript))).toMatch(/404/);
    }
    expect(getDb().select().from(scripts).where(eq(scripts.studentId, owner.id)).all().map((r) => r.body)).toEqual(['Hello']);
    expect(getDb().select().from(scripts).where(eq(scripts.studentId, me.id)).all()).toEqual([]);
    expect(getDb().select().from(outreachAttempts).where(eq(outreachAttempts.contactId, theirContact)).all()).toEqual([]);
  });

  it('deletes the student’s own script', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    const id = insertScript(getDb(), s, c, { kind: 'email', title: 'E-mail', body: 'Dear Pat' });
    expect(await thrown(deleteScript(c, id))).toMatch(/NEXT_REDIRECT/);
    expect(getDb().select().from(scripts).where(eq(scripts.id, id)).get()).toBeUndefined();
  });
});
