import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { endSession, endSessionsOfUser, SESSION_LIFETIME_MS, startSession } from '@/db/queries/sessions';
import { sessions, users } from '@/db/schema';
import { makeUser } from '@/db/testing/factories';
import { digestOf } from '@/db/testing/session';

const session = vi.hoisted(() => ({ value: null as null | { sid: string } }));
vi.mock('@/lib/auth', () => ({ SESSION_MAX_AGE_S: 8 * 3600, auth: vi.fn(async () => session.value), requestSessionId: vi.fn(async () => session.value?.sid ?? null) }));

const { getSessionState, getViewer, requireRole, requireUser } = await import('./authz');

function signedIn(userId: number, at = new Date(), extra: { pendingStep?: 'totp' | 'enrol' } = {}): string {
  const sid = startSession(getDb(), { userId, now: at, ...extra });
  session.value = { sid };
  return sid;
}

describe('getViewer', () => {
  it('reads role and active flag from the database, not the cookie', async () => {
    const u = makeUser('student');
    signedIn(u.id);
    expect((await getViewer())?.role).toBe('student');
    getDb().update(users).set({ role: 'counsellor' }).where(eq(users.id, u.id)).run();
    expect((await getViewer())?.role).toBe('counsellor');
    getDb().update(users).set({ active: false }).where(eq(users.id, u.id)).run();
    expect(await getViewer()).toBeNull();
  });

  it('refuses a session that was signed out, even with its cookie replayed', async () => {
    const u = makeUser('student');
    const sid = signedIn(u.id);
    expect(await getViewer()).not.toBeNull();
    endSession(getDb(), sid, 'signed-out', new Date());
    expect(await getViewer()).toBeNull();
  });

  it('a password change ends the other sessions and keeps this one', async () => {
    const u = makeUser('student');
    const other = signedIn(u.id);
    const mine = signedIn(u.id);
    endSessionsOfUser(getDb(), u.id, 'password-changed', new Date(), mine);
    expect((await getViewer())?.id).toBe(u.id);
    session.value = { sid: other };
    expect(await getViewer()).toBeNull();
  });

  it('ends a session 8 hours after sign-in, however active', async () => {
    const u = makeUser('student');
    signedIn(u.id, new Date(Date.now() - SESSION_LIFETIME_MS + 5_000));
    expect(await getViewer()).not.toBeNull();
    signedIn(u.id, new Date(Date.now() - SESSION_LIFETIME_MS - 1));
    expect(await getViewer()).toBeNull();
    const row = getDb().select().from(sessions).where(eq(sessions.id, session.value!.sid)).get()!;
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(8 * 3600_000);
  });

  it('refuses a cookie naming no session, or no session id at all', async () => {
    session.value = { sid: 'made-up-session-id' };
    expect(await getViewer()).toBeNull();
    session.value = {} as { sid: string };
    expect(await getViewer()).toBeNull();
  });

  it('a session still owing its second step is not a viewer, and pages send it to the second step', async () => {
    const u = makeUser('admin');
    signedIn(u.id, new Date(), { pendingStep: 'totp' });
    expect(await getViewer()).toBeNull();
    expect(await getSessionState()).toMatchObject({ kind: 'pending', step: 'totp', user: { id: u.id } });
    await expect(requireUser().catch((e) => Promise.reject(digestOf(e)))).rejects.toMatch(/NEXT_REDIRECT.*\/sign-in\/two-step/);
  });

  it('requireRole answers a wrong role with 404 and no session with a redirect', async () => {
    const u = makeUser('student');
    signedIn(u.id);
    await expect(requireRole('admin').catch((e) => Promise.reject(digestOf(e)))).rejects.toMatch(/404/);
    session.value = null;
    await expect(requireRole('student').catch((e) => Promise.reject(digestOf(e)))).rejects.toMatch(/NEXT_REDIRECT.*sign-in/);
  });
});
