import { beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '@/db/testing/factories';
import { deviceNonceFrom, newDeviceCookie } from './device-cookie';
import { hashPassword } from './password';
import { attemptPasswordSignIn } from './sign-in';
import { ACCOUNT_POLICY, ADDRESS_POLICY, accountKey, claimAttempt, delayAfterFailures, forgive, retryAfterMs } from './throttle';

describe('delayAfterFailures', () => {
  it('allows a few tries, then waits longer after each failure, up to a cap', () => {
    expect([1, 2, 3, 4].map((n) => delayAfterFailures(n, ACCOUNT_POLICY))).toEqual([0, 0, 0, 0]);
    expect(delayAfterFailures(5, ACCOUNT_POLICY)).toBe(30_000);
    expect(delayAfterFailures(6, ACCOUNT_POLICY)).toBe(60_000);
    expect(delayAfterFailures(7, ACCOUNT_POLICY)).toBe(120_000);
    expect(delayAfterFailures(50, ACCOUNT_POLICY)).toBe(15 * 60_000);
    expect(delayAfterFailures(29, ADDRESS_POLICY)).toBe(0);
    expect(delayAfterFailures(30, ADDRESS_POLICY)).toBe(30_000);
  });
});

describe('claimAttempt: a guess takes its place before it is checked', () => {
  const t0 = new Date('2026-11-27T10:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);
  const claim = (key: string, now: Date) => claimAttempt([{ key, policy: ACCOUNT_POLICY }], now);

  it('lets five guesses through, then refuses until the wait is over, then lets one more try', () => {
    const key = accountKey('blocked@test.example');
    for (let i = 0; i < 4; i++) expect(claim(key, t0)).toEqual({ ok: true, waitIfWrong: 0 });
    expect(claim(key, t0)).toEqual({ ok: true, waitIfWrong: 30_000 });
    expect(claim(key, t0)).toEqual({ ok: false, retryAfterMs: 30_000 });
    expect(claim(key, at(29_999))).toEqual({ ok: false, retryAfterMs: 1 });
    expect(claim(key, at(30_000))).toEqual({ ok: true, waitIfWrong: 60_000 });
  });

  it('forgets old failures after an hour without one', () => {
    const key = accountKey('forgetful@test.example');
    for (let i = 0; i < 4; i++) claim(key, t0);
    expect(claim(key, at(60 * 60_000 + 1))).toEqual({ ok: true, waitIfWrong: 0 });
  });

  it('a right guess forgives the account', () => {
    const key = accountKey('cleared@test.example');
    for (let i = 0; i < 5; i++) claim(key, t0);
    forgive(key);
    expect(retryAfterMs([key], t0)).toBe(0);
    expect(claim(key, t0)).toEqual({ ok: true, waitIfWrong: 0 });
  });
});

describe('attemptPasswordSignIn', { timeout: 30_000 }, () => {
  let email = '';
  let deactivatedEmail = '';
  beforeAll(async () => {
    const hash = await hashPassword('right-password');
    email = makeUser('student', { passwordHash: hash }).email;
    deactivatedEmail = makeUser('student', { passwordHash: hash, active: false }).email;
  });
  const now = new Date('2026-11-27T12:00:00Z');
  const later = (ms: number) => new Date(now.getTime() + ms);
  const untrusted = { deviceNonce: null };

  it('signs in with the right password, whatever the e-mail case', async () => {
    const r = await attemptPasswordSignIn({ email: email.toUpperCase(), password: 'right-password', address: '10.0.0.1', now, ...untrusted });
    expect(r).toMatchObject({ ok: true, user: { email, pendingStep: null } });
  });

  it('gives the same answer for a wrong password, an unknown e-mail and a deactivated account', async () => {
    const wrong = await attemptPasswordSignIn({ email, password: 'nope', address: '10.0.0.2', now, ...untrusted });
    const unknown = await attemptPasswordSignIn({ email: 'nobody@test.example', password: 'nope', address: '10.0.0.2', now, ...untrusted });
    const deactivated = await attemptPasswordSignIn({ email: deactivatedEmail, password: 'right-password', address: '10.0.0.2', now, ...untrusted });
    expect([wrong, unknown, deactivated]).toEqual([{ ok: false, reason: 'invalid' }, { ok: false, reason: 'invalid' }, { ok: false, reason: 'invalid' }]);
  });

  it('throttles an account after five failures, even for the right password, from any address', async () => {
    const target = makeUser('student', { passwordHash: await hashPassword('pw-123456') }).email;
    for (let i = 0; i < 4; i++) {
      expect(await attemptPasswordSignIn({ email: target, password: 'bad', address: `10.1.0.${i}`, now, ...untrusted })).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await attemptPasswordSignIn({ email: target, password: 'bad', address: '10.1.0.9', now, ...untrusted })).toEqual({ ok: false, reason: 'throttled', retryAfterMs: 30_000 });
    const right = await attemptPasswordSignIn({ email: target, password: 'pw-123456', address: '10.1.0.10', now: later(10_000), ...untrusted });
    expect(right).toEqual({ ok: false, reason: 'throttled', retryAfterMs: 20_000 });
    const afterWait = await attemptPasswordSignIn({ email: target, password: 'pw-123456', address: '10.1.0.10', now: later(30_000), ...untrusted });
    expect(afterWait.ok).toBe(true);
  });

  it('a burst of 40 guesses sent at once reaches the password check only five times; the right one inside it is refused', async () => {
    const target = makeUser('counsellor', { passwordHash: await hashPassword('burst-right-password') }).email;
    // All 40 start before any password check finishes, as concurrent requests do.
    const burst = Array.from({ length: 40 }, (_, i) =>
      attemptPasswordSignIn({ email: target, password: i === 20 ? 'burst-right-password' : `wrong-${i}`, address: `198.51.100.${i}`, now, ...untrusted }),
    );
    const results = await Promise.all(burst);
    expect(results.filter((r) => r.ok)).toEqual([]);
    expect(results[20]).toMatchObject({ ok: false, reason: 'throttled' });
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(4);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(36);
  });

  it('throttles one address that tries many accounts', async () => {
    for (let i = 0; i < 29; i++) {
      const r = await attemptPasswordSignIn({ email: `spray-${i}@test.example`, password: 'x', address: '192.0.2.77', now, ...untrusted });
      expect(r).toEqual({ ok: false, reason: 'invalid' });
    }
    const r = await attemptPasswordSignIn({ email: 'spray-last@test.example', password: 'x', address: '192.0.2.77', now, ...untrusted });
    expect(r).toMatchObject({ ok: false, reason: 'throttled' });
    const fromElsewhere = await attemptPasswordSignIn({ email, password: 'right-password', address: '192.0.2.78', now, ...untrusted });
    expect(fromElsewhere.ok).toBe(true);
  }, 30_000); // thirty password hashes: slow on a busy machine

  it('a browser with the account’s device cookie signs in while an attacker has the account locked, and is limited on its own', async () => {
    const victim = makeUser('student', { passwordHash: await hashPassword('victims-own-passphrase') }).email;
    const device = newDeviceCookie(victim);
    const nonce = deviceNonceFrom(`other=1; ${device.name}=${device.value}`, victim);
    expect(nonce).toBe(device.nonce);
    // The attacker, from new addresses each time, locks the account for untrusted browsers.
    for (let i = 0; i < 8; i++) await attemptPasswordSignIn({ email: victim, password: `guess-${i}`, address: `203.0.113.${i}`, now, ...untrusted });
    expect(await attemptPasswordSignIn({ email: victim, password: 'victims-own-passphrase', address: '203.0.113.50', now, ...untrusted })).toMatchObject({
      ok: false,
      reason: 'throttled',
    });
    // The owner's browser is not blocked by that.
    expect(await attemptPasswordSignIn({ email: victim, password: 'victims-own-passphrase', address: '203.0.113.51', now, deviceNonce: nonce })).toMatchObject({ ok: true });
    // Failures from that browser count against it alone: five, then it waits too.
    for (let i = 0; i < 4; i++) {
      expect(await attemptPasswordSignIn({ email: victim, password: `typo-${i}`, address: '203.0.113.51', now, deviceNonce: nonce })).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await attemptPasswordSignIn({ email: victim, password: 'typo-5', address: '203.0.113.51', now, deviceNonce: nonce })).toMatchObject({ reason: 'throttled' });
    // Another device cookie for the same account is still fine.
    const second = newDeviceCookie(victim);
    expect(await attemptPasswordSignIn({ email: victim, password: 'victims-own-passphrase', address: '203.0.113.52', now, deviceNonce: second.nonce })).toMatchObject({ ok: true });
  });
});

describe('device cookies', () => {
  it('are valid only for the account they were issued to, unaltered', () => {
    const cookie = newDeviceCookie('Owner@Test.Example');
    expect(cookie.name).toMatch(/^hm-device-[A-Za-z0-9]{22}$/);
    expect(cookie.name + cookie.value).not.toMatch(/owner/i);
    expect(deviceNonceFrom(`${cookie.name}=${cookie.value}`, 'owner@test.example')).toBe(cookie.nonce);
    expect(deviceNonceFrom(`${cookie.name}=${cookie.value}`, 'someone.else@test.example')).toBeNull();
    const [nonce, mac] = cookie.value.split('.');
    expect(deviceNonceFrom(`${cookie.name}=${nonce}.${mac.slice(0, -2)}AA`, 'owner@test.example')).toBeNull();
    expect(deviceNonceFrom(`${cookie.name}=${'A'.repeat(22)}.${mac}`, 'owner@test.example')).toBeNull();
    expect(deviceNonceFrom(null, 'owner@test.example')).toBeNull();
  });
});
