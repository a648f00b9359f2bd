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

const { autosaveScript, deleteScript, logCallOutcome, logOutreach } = await import('./actions');

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

describe('autosaveScript', () => {
  const course = 'a career-related course at KPU';

  it('creates a script on its first save (a job ask is a warning, not a block), keeps the course in the profile, not a cookie', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    const created = await autosaveScript(c, null, 'phone', course, 0, { title: 'Call', body: script.body });
    expect(created).toMatchObject({ status: 'saved', version: 1 });
    const rows = getDb().select().from(scripts).where(eq(scripts.contactId, c)).all();
    expect(rows.map((r) => [r.id, r.studentId, r.kind, r.title, r.body, r.version])).toEqual([[created.status === 'saved' && created.scriptId, s.id, 'phone', 'Call', script.body, 1]]);
    expect(cookieJar.size).toBe(0);
    expect(getDb().select().from(users).where(eq(users.id, s.id)).get()?.courseAndInstitution).toBe(course);

    // Later saves send only what changed, from the version they were loaded from, as typed.
    expect(await autosaveScript(c, rows[0]!.id, 'phone', course, 1, { body: 'Hello, Pat.  ' })).toMatchObject({ status: 'saved', version: 2 });
    expect(getDb().select().from(scripts).where(eq(scripts.id, rows[0]!.id)).get()).toMatchObject({ title: 'Call', body: 'Hello, Pat.  ', version: 2 });
  });

  it('refuses a stale version and answers what is stored, changing nothing', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    const id = insertScript(getDb(), s, c, { kind: 'phone', title: 'Call', body: 'First' });
    expect(await autosaveScript(c, id, 'phone', course, 1, { body: 'Tab one' })).toMatchObject({ status: 'saved', version: 2 });
    expect(await autosaveScript(c, id, 'phone', course, 1, { body: 'Tab two' })).toEqual({ status: 'conflict', version: 2, theirs: { title: 'Call', body: 'Tab one' } });
    expect(getDb().select().from(scripts).where(eq(scripts.id, id)).get()).toMatchObject({ body: 'Tab one', version: 2 });
  });

  it('answers field errors for an empty or overlong script, a missing title, or an unknown field', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    const id = insertScript(getDb(), s, c, { kind: 'phone', title: 'Call', body: 'First' });
    expect(await autosaveScript(c, id, 'phone', course, 1, { body: '   ' })).toEqual({ status: 'invalid', fieldErrors: { body: ['Script is required.'] } });
    expect(await autosaveScript(c, id, 'phone', course, 1, { body: 'x'.repeat(10_001) })).toMatchObject({ status: 'invalid', fieldErrors: { body: [expect.stringMatching(/at most/)] } });
    expect(await autosaveScript(c, null, 'phone', course, 0, { body: 'Hello' })).toMatchObject({ status: 'invalid', fieldErrors: { title: ['Title is required.'] } });
    expect((await autosaveScript(c, id, 'phone', course, 1, { studentId: '9' })).status).toBe('invalid');
    expect(getDb().select().from(scripts).where(eq(scripts.contactId, c)).all().map((r) => [r.body, r.version])).toEqual([['First', 1]]);
  });

  it('answers signed-out without a session, and refuses bound arguments the app never sends', async () => {
    const s = makeUser('student');
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    expect(await autosaveScript(c, null, 'phone', course, 0, { title: 'T', body: 'B' })).toEqual({ status: 'signed-out' });
    signInAs(s.id);
    expect(await thrown(autosaveScript(c, null, 'sonnet' as never, course, 0, { title: 'T', body: 'B' }))).toMatch(/404/);
    expect(await thrown(autosaveScript('1' as never, null, 'phone', course, 0, { title: 'T', body: 'B' }))).toMatch(/404/);
    expect(await thrown(autosaveScript(c, null, 'phone', course, -1, { title: 'T', body: 'B' }))).toMatch(/404/);
    expect(getDb().select().from(scripts).where(eq(scripts.contactId, c)).all()).toEqual([]);
  });

  it("refuses another student's contact or script, and a staff member, with a 404", async () => {
    const owner = makeUser('student');
    const theirContact = insertContact(getDb(), owner, { name: 'Theirs', howFound: 'friend' });
    const theirScript = insertScript(getDb(), owner, theirContact, { kind: 'phone', title: 'Theirs', body: 'Hello' });
    const me = makeUser('student');
    const mine = insertContact(getDb(), me, { name: 'Mine', howFound: 'friend' });
    signInAs(me.id);
    expect(await thrown(autosaveScript(theirContact, null, 'phone', course, 0, { title: 'T', body: 'B' }))).toMatch(/404/);
    expect(await thrown(autosaveScript(theirContact, theirScript, 'phone', course, 1, { body: 'Mine now' }))).toMatch(/404/);
    // Their script through my own contact is still theirs.
    expect(await thrown(autosaveScript(mine, theirScript, 'phone', course, 1, { body: 'Mine now' }))).toMatch(/404/);
    expect(await thrown(deleteScript(theirContact, theirScript))).toMatch(/404/);
    expect(await thrown(logOutreach(theirContact, initialActionState, form({ attemptedAt: anHourAgo(), channel: 'phone', outcome: 'agreed' })))).toMatch(/404/);
    expect(await thrown(logCallOutcome(theirContact, initialActionState, form({ outcome: 'agreed' })))).toMatch(/404/);
    for (const role of ['counsellor', 'instructor'] as const) {
      signInAs(makeUser(role).id);
      expect(await thrown(autosaveScript(theirContact, theirScript, 'phone', course, 1, { body: 'Mine now' }))).toMatch(/404/);
      expect(await thrown(logOutreach(theirContact, initialActionState, form({ attemptedAt: anHourAgo(), channel: 'phone', outcome: 'agreed' })))).toMatch(/404/);
      expect(await thrown(logCallOutcome(theirContact, initialActionState, form({ outcome: 'agreed' })))).toMatch(/404/);
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

describe('logCallOutcome', () => {
  it('logs a phone call, now, with the outcome tapped', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    const before = Date.now();
    expect(await logCallOutcome(c, initialActionState, form({ outcome: 'agreed' }))).toEqual({ status: 'ok', message: 'Logged: agreed to talk.' });
    const rows = getDb().select().from(outreachAttempts).where(eq(outreachAttempts.contactId, c)).all();
    expect(rows.map((r) => [r.studentId, r.channel, r.outcome, r.notes])).toEqual([[s.id, 'phone', 'agreed', null]]);
    expect(rows[0]!.attemptedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('refuses an outcome the call view does not offer', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    const c = insertContact(getDb(), s, { name: 'Pat', howFound: 'friend' });
    for (const outcome of ['declined-suggested', 'awaiting-reply', 'hung up']) {
      expect((await logCallOutcome(c, initialActionState, form({ outcome }))).status).toBe('error');
    }
    expect(getDb().select().from(outreachAttempts).where(eq(outreachAttempts.contactId, c)).all()).toEqual([]);
  });
});
