import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { findLiveSession, startSession } from '@/db/queries/sessions';
import { auditLog, sessions, users } from '@/db/schema';
import { makeUser } from '@/db/testing/factories';
import { authModuleMock, form, signInAs } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';
import { hashPassword } from './password';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { changePassword, signOutEverywhere, signOutNow, updateMyProfile } = await import('./actions');

describe('updateMyProfile', () => {
  it('changes only the name and time zone, whatever else is posted', async () => {
    const student = makeUser('student');
    signInAs(student.id);
    const f = new FormData();
    for (const [k, v] of Object.entries({ name: 'New Name', timeZone: 'America/Toronto', role: 'admin', email: 'admin@demo.test', id: '1', active: 'false', version: '1' })) f.append(k, v);
    const state = await updateMyProfile(initialActionState, f);
    expect(state.status).toBe('ok');
    const row = getDb().select().from(users).where(eq(users.id, student.id)).get()!;
    expect(row).toMatchObject({ name: 'New Name', timeZone: 'America/Toronto', role: 'student', email: student.email, active: true });
  });

  it('rejects an unknown time zone and an empty name, keeping what was typed', async () => {
    signInAs(makeUser('student').id);
    const f = new FormData();
    f.append('name', '   ');
    f.append('timeZone', 'Mars/Olympus_Mons');
    const state = await updateMyProfile(initialActionState, f);
    expect(state.fieldErrors?.name?.[0]).toMatch(/required/);
    expect(state.fieldErrors?.timeZone?.[0]).toMatch(/time zone/);
    expect(state.values?.timeZone).toBe('Mars/Olympus_Mons');
  });
});

describe('updateMyProfile keeps a form opened earlier from undoing a later save', () => {
  it('refuses a stale version with both versions, keeps what was typed, and the next save carries the new version', async () => {
    const student = makeUser('student');
    signInAs(student.id);
    const first = await updateMyProfile(initialActionState, form({ name: 'First Tab', timeZone: 'America/Toronto', courseAndInstitution: '', version: '1' }));
    expect(first).toMatchObject({ status: 'ok', version: 2 });
    const stale = await updateMyProfile(initialActionState, form({ name: student.name, timeZone: 'America/Vancouver', courseAndInstitution: 'CAPS 1100 at KPU', version: '1' }));
    expect(stale.status).toBe('error');
    expect(stale.message).toMatch(/changed since you opened it/);
    expect(stale.version).toBe(2);
    expect(stale.values).toMatchObject({ courseAndInstitution: 'CAPS 1100 at KPU' });
    expect(stale.conflict?.rows.map((r) => [r.field, r.theirs, r.yours])).toEqual([
      ['name', 'First Tab', student.name],
      ['timeZone', 'America/Toronto', 'America/Vancouver'],
      ['courseAndInstitution', '', 'CAPS 1100 at KPU'],
    ]);
    expect(getDb().select().from(users).where(eq(users.id, student.id)).get()).toMatchObject({ name: 'First Tab', courseAndInstitution: null, version: 2 });
    // Saving again from the refused form (now on version 2) keeps what was typed.
    expect((await updateMyProfile(initialActionState, form({ name: 'First Tab', timeZone: 'America/Vancouver', courseAndInstitution: 'CAPS 1100 at KPU', version: '2' }))).status).toBe('ok');
    expect(getDb().select().from(users).where(eq(users.id, student.id)).get()).toMatchObject({ courseAndInstitution: 'CAPS 1100 at KPU', version: 3 });
  });

  it('a form without its version is refused, not saved', async () => {
    signInAs(makeUser('student').id);
    const state = await updateMyProfile(initialActionState, form({ name: 'No Version', timeZone: 'UTC' }));
    expect(state.fieldErrors?.version?.[0]).toMatch(/reload the page/);
  });
});

describe('sessions end on the server', () => {
  it('signing out ends this session; sign out everywhere ends them all', async () => {
    const me = makeUser('student');
    const other = startSession(getDb(), { userId: me.id, now: new Date() });
    const mine = signInAs(me.id)!;
    await signOutNow();
    expect(findLiveSession(mine, new Date())).toBeNull();
    expect(findLiveSession(other, new Date())).not.toBeNull();
    signInAs(me.id);
    await signOutEverywhere();
    expect(findLiveSession(other, new Date())).toBeNull();
    expect(getDb().select().from(sessions).where(eq(sessions.id, other)).get()?.endReason).toBe('signed-out-everywhere');
  });
});

describe('changePassword', () => {
  const change = (current: string, password: string) => changePassword(initialActionState, form({ current, password, confirm: password }));

  it('refuses a common password or one with the person’s name, before checking anything else', async () => {
    const me = makeUser('student', { name: 'Fatima Okoye', passwordHash: await hashPassword('old-passphrase-here') });
    signInAs(me.id);
    expect((await change('old-passphrase-here', 'password1')).fieldErrors?.password?.[0]).toMatch(/most common passwords/);
    expect((await change('old-passphrase-here', 'okoye-and-more-words')).fieldErrors?.password?.[0]).toMatch(/name/);
  });

  it('counts every guess of the current password before checking it, and ends the other sessions on success', async () => {
    const me = makeUser('counsellor', { passwordHash: await hashPassword('old-passphrase-here') });
    const other = startSession(getDb(), { userId: me.id, now: new Date() });
    const mine = signInAs(me.id)!;
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => change(i === 6 ? 'old-passphrase-here' : `guess-${i}`, 'new harbour lantern sky')));
    expect(results.every((r) => r.status === 'error')).toBe(true);
    expect(results[6].fieldErrors?.current?.[0]).toMatch(/Too many failed attempts/);
    expect(getDb().select().from(auditLog).where(and(eq(auditLog.action, 'PASSWORD_CHANGED'), eq(auditLog.subjectId, me.id))).all()).toEqual([]);

    const fresh = makeUser('counsellor', { passwordHash: await hashPassword('old-passphrase-here') });
    const theirOther = startSession(getDb(), { userId: fresh.id, now: new Date() });
    const theirs = signInAs(fresh.id)!;
    expect((await change('old-passphrase-here', 'new harbour lantern sky')).status).toBe('ok');
    expect(findLiveSession(theirs, new Date())).not.toBeNull();
    expect(findLiveSession(theirOther, new Date())).toBeNull();
    expect(findLiveSession(other, new Date())).not.toBeNull();
    expect(mine).toBeTruthy();
  });
});
