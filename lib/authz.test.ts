import { eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { makeUser } from '@/db/testing/factories';
import { digestOf } from '@/db/testing/session';

const session = vi.hoisted(() => ({ value: null as null | { user: { id: string }; sessionVersion: number; signedInAt: number } }));
vi.mock('@/lib/auth', () => ({ SESSION_MAX_AGE_S: 8 * 3600, auth: vi.fn(async () => session.value) }));

const { getViewer, requireRole } = await import('./authz');

describe('getViewer', () => {
  it('reads role and active flag from the database, not the cookie', async () => {
    const u = makeUser('student');
    session.value = { user: { id: String(u.id) }, sessionVersion: 1, signedInAt: Date.now() };
    expect((await getViewer())?.role).toBe('student');
    getDb().update(users).set({ role: 'counsellor' }).where(eq(users.id, u.id)).run();
    expect((await getViewer())?.role).toBe('counsellor');
    getDb().update(users).set({ active: false }).where(eq(users.id, u.id)).run();
    expect(await getViewer()).toBeNull();
  });

  it('refuses a session from before a password change or "sign out everywhere"', async () => {
    const u = makeUser('student');
    session.value = { user: { id: String(u.id) }, sessionVersion: 1, signedInAt: Date.now() };
    expect(await getViewer()).not.toBeNull();
    getDb().update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, u.id)).run();
    expect(await getViewer()).toBeNull();
  });

  it('ends a session 8 hours after sign-in', async () => {
    const u = makeUser('student');
    session.value = { user: { id: String(u.id) }, sessionVersion: 1, signedInAt: Date.now() - 8 * 3600_000 + 5_000 };
    expect(await getViewer()).not.toBeNull();
    session.value = { user: { id: String(u.id) }, sessionVersion: 1, signedInAt: Date.now() - 8 * 3600_000 - 1 };
    expect(await getViewer()).toBeNull();
  });

  it('requireRole answers a wrong role with 404 and no session with a redirect', async () => {
    const u = makeUser('student');
    session.value = { user: { id: String(u.id) }, sessionVersion: 1, signedInAt: Date.now() };
    await expect(requireRole('admin').catch((e) => Promise.reject(digestOf(e)))).rejects.toMatch(/404/);
    session.value = null;
    await expect(requireRole('student').catch((e) => Promise.reject(digestOf(e)))).rejects.toMatch(/NEXT_REDIRECT.*sign-in/);
  });
});
