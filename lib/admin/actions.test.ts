import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { startSession } from '@/db/queries/sessions';
import { passwordTokens, sectionMembers, sessions, users } from '@/db/schema';
import { addMember, makeSection, makeUser } from '@/db/testing/factories';
import { authModuleMock, form, signInAs, thrown } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { addSectionMember, changeUserRole, createUser, setUserActive, removeSectionMember, issuePasswordLink } = await import('./actions');

beforeEach(() => {
  process.env.APP_URL = 'https://careers.test';
  signInAs(null);
});

describe('admin actions refuse everyone but an admin, on the server', () => {
  it('a student, a counsellor and an instructor get a 404 from each action', async () => {
    const target = makeUser('student');
    const section = makeSection();
    for (const role of ['student', 'counsellor', 'instructor'] as const) {
      signInAs(makeUser(role).id);
      expect(await thrown(createUser(initialActionState, form({ name: 'X', email: 'x@test.example', role: 'admin' })))).toMatch(/404/);
      expect(await thrown(changeUserRole(target.id, initialActionState, form({ role: 'admin' })))).toMatch(/404/);
      expect(await thrown(setUserActive(target.id, false, initialActionState))).toMatch(/404/);
      expect(await thrown(issuePasswordLink(target.id, initialActionState))).toMatch(/404/);
      expect(await thrown(addSectionMember(section, initialActionState, form({ email: target.email, memberRole: 'student' })))).toMatch(/404/);
      expect(await thrown(removeSectionMember(section, target.id, initialActionState))).toMatch(/404/);
    }
    const row = getDb().select().from(users).where(eq(users.id, target.id)).get();
    expect(row?.role).toBe('student');
    expect(row?.active).toBe(true);
  });

  it('a signed-out caller is sent to sign in', async () => {
    expect(await thrown(createUser(initialActionState, form({ name: 'X', email: 'y@test.example', role: 'student' })))).toMatch(/NEXT_REDIRECT.*sign-in/);
  });
});

describe('createUser', () => {
  it('returns every field error and keeps what was typed', async () => {
    signInAs(makeUser('admin').id);
    const state = await createUser(initialActionState, form({ name: '', email: 'bad@', role: 'wizard' }));
    expect(state.status).toBe('error');
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['email', 'name', 'role']);
    expect(state.values).toMatchObject({ email: 'bad@', role: 'wizard' });
  });

  it('rejects an oversized name', async () => {
    signInAs(makeUser('admin').id);
    const state = await createUser(initialActionState, form({ name: 'n'.repeat(121), email: 'long@test.example', role: 'student' }));
    expect(state.fieldErrors?.name?.[0]).toMatch(/at most 120/);
  });

  it('creates the account without a password and a one-time link whose hash alone is stored', async () => {
    signInAs(makeUser('admin').id);
    const state = await createUser(initialActionState, form({ name: 'Tomás Ó Briain', email: 'Tomas.OBriain@Test.Example', role: 'instructor', active: 'false' }));
    expect(state.status).toBe('ok');
    expect(state.link).toMatch(/^https:\/\/careers\.test\/set-password\/[\w-]{40,}$/);
    const row = getDb().select().from(users).where(eq(users.email, 'tomas.obriain@test.example')).get()!;
    expect(row).toMatchObject({ role: 'instructor', active: true, passwordHash: null });
    const token = state.link!.split('/').pop()!;
    const stored = getDb().select().from(passwordTokens).where(eq(passwordTokens.userId, row.id)).all();
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(token);
  });
});

describe('account changes', () => {
  it('deactivation ends sessions; an admin cannot deactivate themself', async () => {
    const admin = makeUser('admin');
    signInAs(admin.id);
    const target = makeUser('student');
    const theirSession = startSession(getDb(), { userId: target.id, now: new Date() });
    expect((await setUserActive(target.id, false, initialActionState)).status).toBe('ok');
    const after = getDb().select().from(users).where(eq(users.id, target.id)).get()!;
    expect(after.active).toBe(false);
    expect(getDb().select().from(sessions).where(eq(sessions.id, theirSession)).get()).toMatchObject({ endReason: 'deactivated' });
    expect((await setUserActive(admin.id, false, initialActionState)).message).toMatch(/your own account/);
  });

  it('an unknown user id is a 404', async () => {
    signInAs(makeUser('admin').id);
    expect(await thrown(changeUserRole(99_999_999, initialActionState, form({ role: 'student' })))).toMatch(/404/);
  });

  it('adds a member only in a role that fits their account', async () => {
    signInAs(makeUser('admin').id);
    const section = makeSection();
    const counsellor = makeUser('counsellor');
    const wrong = await addSectionMember(section, initialActionState, form({ email: counsellor.email, memberRole: 'student' }));
    expect(wrong.fieldErrors?.memberRole?.[0]).toMatch(/is a counsellor/);
    const right = await addSectionMember(section, initialActionState, form({ email: counsellor.email, memberRole: 'counsellor' }));
    expect(right.status).toBe('ok');
    const rows = getDb().select().from(sectionMembers).where(eq(sectionMembers.sectionId, section)).all();
    expect(rows.map((r) => [r.userId, r.role])).toEqual([[counsellor.id, 'counsellor']]);
    addMember(section, makeUser('student').id, 'student');
    expect((await removeSectionMember(section, counsellor.id, initialActionState)).status).toBe('ok');
    expect(await thrown(removeSectionMember(section, counsellor.id, initialActionState))).toMatch(/404/);
  });
});
