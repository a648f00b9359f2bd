import { eq } from 'drizzle-orm';
import type { User } from 'next-auth';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { writeSetting } from '@/db/queries/settings';
import { auditLog, users } from '@/db/schema';
import { makeUser } from '@/db/testing/factories';
import { authModuleMock, form, signInAs, thrown } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';
import { completeOidcSignIn, oidcProviders, oidcSetup, passwordSignInEnabled, resolveOidcIdentity } from './oidc';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { saveSsoDomains } = await import('./sso-actions');

const CONFIGURED = { OIDC_ISSUER: 'https://id.college.test/', OIDC_CLIENT_ID: 'hm', OIDC_CLIENT_SECRET: 's3cret', OIDC_NAME: 'Campus ID' };
const strict = { trustEmail: false };
const countUsers = () => getDb().select({ id: users.id }).from(users).all().length;

function allowDomains(domains: string[]) {
  writeSetting(getDb(), 'sso.autoCreateDomains', domains, makeUser('admin'), new Date());
}

beforeEach(() => {
  allowDomains([]);
  signInAs(null);
});

afterEach(() => {
  for (const k of [...Object.keys(CONFIGURED), 'OIDC_TRUST_EMAIL', 'PASSWORD_SIGN_IN']) delete process.env[k];
});

describe('configuration', () => {
  it('is on with issuer, client id and secret, and off when any is missing', () => {
    expect(oidcSetup(CONFIGURED)).toEqual({ issuer: 'https://id.college.test', clientId: 'hm', clientSecret: 's3cret', name: 'Campus ID', trustEmail: false });
    expect(oidcSetup({ ...CONFIGURED, OIDC_CLIENT_SECRET: '' })).toBeNull();
    expect(oidcSetup({})).toBeNull();
    expect(oidcSetup({ ...CONFIGURED, OIDC_NAME: undefined })?.name).toBe('your institution');
  });

  it('lets passwords be turned off only when single sign-on replaces them', () => {
    expect(passwordSignInEnabled({})).toBe(true);
    expect(passwordSignInEnabled({ PASSWORD_SIGN_IN: 'off' })).toBe(true);
    expect(passwordSignInEnabled({ ...CONFIGURED })).toBe(true);
    expect(passwordSignInEnabled({ ...CONFIGURED, PASSWORD_SIGN_IN: 'OFF' })).toBe(false);
  });

  it('asks next-auth for discovery, the code flow with PKCE, state and nonce, and the userinfo claims', () => {
    expect(oidcProviders()).toEqual([]);
    Object.assign(process.env, CONFIGURED);
    const [p] = oidcProviders();
    expect(p).toMatchObject({ id: 'oidc', type: 'oidc', name: 'Campus ID', issuer: 'https://id.college.test', clientId: 'hm', checks: ['pkce', 'state', 'nonce'], idToken: false });
    // The provider's subject never becomes this app's account id.
    expect(p.profile!({ sub: '5', email: 'a@b.test' }, {})).toMatchObject({ id: 'oidc:5' });
  });
});

describe('who an identity is here', () => {
  it('signs in the active account whose e-mail the provider verified, whatever the case', () => {
    const s = makeUser('student', { email: 'ana.li@college.test' });
    expect(resolveOidcIdentity({ sub: 'x', email: 'Ana.Li@College.test', email_verified: true }, strict)).toEqual({
      ok: true,
      user: { id: s.id, name: s.name, email: 'ana.li@college.test', created: false },
    });
  });

  it('leaves a matched password account as it was: same password, role, sections and sessions; nothing made', () => {
    const before = countUsers();
    const s = makeUser('counsellor', { email: 'pat@college.test', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA' });
    const row = () => getDb().select().from(users).where(eq(users.id, s.id)).get();
    const was = row();
    expect(resolveOidcIdentity({ sub: 'x', email: 'pat@college.test', email_verified: true, name: 'Someone Else' }, strict)).toMatchObject({ ok: true, user: { id: s.id, name: s.name } });
    expect(row()).toEqual(was);
    expect(countUsers()).toBe(before + 1);
  });

  it('refuses an unverified or missing e-mail, even for a known account', () => {
    makeUser('student', { email: 'ben@college.test' });
    expect(resolveOidcIdentity({ sub: 'x', email: 'ben@college.test', email_verified: false }, strict)).toEqual({ ok: false, reason: 'unverified' });
    expect(resolveOidcIdentity({ sub: 'x', email: 'ben@college.test' }, strict)).toEqual({ ok: false, reason: 'unverified' });
    expect(resolveOidcIdentity({ sub: 'x', email_verified: true }, strict)).toEqual({ ok: false, reason: 'unverified' });
  });

  it('trusts an absent email_verified only when told to (OIDC_TRUST_EMAIL), never an explicit false', () => {
    const s = makeUser('student', { email: 'cy@college.test' });
    expect(resolveOidcIdentity({ sub: 'x', email: 'cy@college.test' }, { trustEmail: true })).toMatchObject({ ok: true, user: { id: s.id } });
    expect(resolveOidcIdentity({ sub: 'x', email: 'cy@college.test', email_verified: false }, { trustEmail: true })).toEqual({ ok: false, reason: 'unverified' });
  });

  it('refuses an unknown e-mail and creates nothing', () => {
    const before = countUsers();
    expect(resolveOidcIdentity({ sub: 'x', email: 'nobody@elsewhere.test', email_verified: true }, strict)).toEqual({ ok: false, reason: 'unknown' });
    expect(countUsers()).toBe(before);
    const refusal = getDb().select().from(auditLog).where(eq(auditLog.action, 'SIGN_IN_REFUSED')).all().at(-1);
    expect(refusal?.details).toEqual({ method: 'oidc', reason: 'unknown', email: 'nobody@elsewhere.test' });
  });

  it('refuses a deactivated account', () => {
    makeUser('counsellor', { email: 'dee@college.test', active: false });
    expect(resolveOidcIdentity({ sub: 'x', email: 'dee@college.test', email_verified: true }, strict)).toEqual({ ok: false, reason: 'inactive' });
  });

  it('makes a student account for a verified e-mail at a domain an admin opened, once', () => {
    allowDomains(['students.college.test']);
    const before = countUsers();
    const first = resolveOidcIdentity({ sub: 'x', email: 'eve.fox@students.college.test', email_verified: true, name: 'Eve Fox' }, strict);
    expect(first).toMatchObject({ ok: true, user: { name: 'Eve Fox', email: 'eve.fox@students.college.test', created: true } });
    const row = getDb().select().from(users).where(eq(users.email, 'eve.fox@students.college.test')).get();
    expect(row).toMatchObject({ role: 'student', active: true, passwordHash: null });
    expect(resolveOidcIdentity({ sub: 'x', email: 'eve.fox@students.college.test', email_verified: true }, strict)).toMatchObject({ ok: true, user: { id: row!.id, created: false } });
    expect(countUsers()).toBe(before + 1);
    // Not for a sub-domain or look-alike, and never without verification.
    expect(resolveOidcIdentity({ sub: 'x', email: 'x@evil.students.college.test', email_verified: true }, strict)).toEqual({ ok: false, reason: 'unknown' });
    expect(resolveOidcIdentity({ sub: 'x', email: 'x@students.college.test.evil', email_verified: true }, strict)).toEqual({ ok: false, reason: 'unknown' });
    expect(resolveOidcIdentity({ sub: 'x', email: 'y@students.college.test', email_verified: false }, strict)).toEqual({ ok: false, reason: 'unverified' });
    expect(countUsers()).toBe(before + 1);
  });
});

describe('the signIn callback', () => {
  it('hands next-auth the matched account (id and session version), or the sign-in page with the reason', () => {
    Object.assign(process.env, CONFIGURED);
    const s = makeUser('instructor', { email: 'fay@college.test' });
    const user: User = { id: 'random-uuid', email: 'fay@college.test' };
    expect(completeOidcSignIn(user, { sub: 'x', email: 'fay@college.test', email_verified: true })).toBe(true);
    expect(user).toMatchObject({ id: String(s.id), name: s.name });
    expect(completeOidcSignIn({ id: 'u' }, { sub: 'x', email: 'who@elsewhere.test', email_verified: true })).toBe('/sign-in?sso=unknown');
    expect(completeOidcSignIn({ id: 'u' }, undefined)).toBe('/sign-in?sso=unverified');
  });
});

describe('saveSsoDomains', () => {
  it('is for admins only', async () => {
    for (const role of ['student', 'counsellor', 'instructor'] as const) {
      signInAs(makeUser(role).id);
      expect(await thrown(saveSsoDomains(initialActionState, form({ domains: 'evil.test' })))).toMatch(/404/);
    }
    const before = countUsers();
    expect(resolveOidcIdentity({ sub: 'x', email: 'a@evil.test', email_verified: true }, strict)).toEqual({ ok: false, reason: 'unknown' });
    expect(countUsers()).toBe(before);
  });

  it('saves domains one per line, tidied, and refuses anything that is not a domain while keeping what was typed', async () => {
    signInAs(makeUser('admin').id);
    const typed = 'Students.College.test\n@alumni.college.test, students.college.test';
    expect(await saveSsoDomains(initialActionState, form({ domains: typed }))).toMatchObject({ status: 'ok', values: { domains: 'students.college.test\nalumni.college.test' } });
    const bad = await saveSsoDomains(initialActionState, form({ domains: 'college.test\nnot a domain!' }));
    expect(bad).toMatchObject({ status: 'error', values: { domains: 'college.test\nnot a domain!' } });
    expect(bad.fieldErrors?.domains?.[0]).toMatch(/like college\.edu/);
    expect(resolveOidcIdentity({ sub: 'x', email: 'g@alumni.college.test', email_verified: true }, strict)).toMatchObject({ ok: true, user: { created: true } });
  });
});
