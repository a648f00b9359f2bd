import { beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '@/db/testing/factories';
import { hashPassword } from './password';
import { attemptPasswordSignIn } from './sign-in';
import { ACCOUNT_POLICY, ADDRESS_POLICY, accountKey, clearFailures, delayAfterFailures, recordFailure, retryAfterMs } from './throttle';

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

describe('failure counters', () => {
  const t0 = new Date('2026-11-27T10:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it('blocks a key until the wait is over, then lets it try again', () => {
    const key = accountKey('blocked@test.example');
    for (let i = 0; i < 5; i++) recordFailure(key, ACCOUNT_POLICY, t0);
    expect(retryAfterMs([key], t0)).toBe(30_000);
    expect(retryAfterMs([key], at(29_999))).toBe(1);
    expect(retryAfterMs([key], at(30_000))).toBe(0);
    recordFailure(key, ACCOUNT_POLICY, at(30_000));
    expect(retryAfterMs([key], at(30_000))).toBe(60_000);
  });

  it('forgets old failures after an hour without one', () => {
    const key = accountKey('forgetful@test.example');
    for (let i = 0; i < 4; i++) recordFailure(key, ACCOUNT_POLICY, t0);
    recordFailure(key, ACCOUNT_POLICY, at(60 * 60_000 + 1));
    expect(retryAfterMs([key], at(60 * 60_000 + 1))).toBe(0);
  });

  it('clears an account on success', () => {
    const key = accountKey('cleared@test.example');
    for (let i = 0; i < 6; i++) recordFailure(key, ACCOUNT_POLICY, t0);
    clearFailures(key);
    expect(retryAfterMs([key], t0)).toBe(0);
  });
});

describe('attemptPasswordSignIn', () => {
  let email = '';
  let deactivatedEmail = '';
  beforeAll(async () => {
    const hash = await hashPassword('right-password');
    email = makeUser('student', { passwordHash: hash }).email;
    deactivatedEmail = makeUser('student', { passwordHash: hash, active: false }).email;
  });
  const now = new Date('2026-11-27T12:00:00Z');

  it('signs in with the right password, whatever the e-mail case', async () => {
    const r = await attemptPasswordSignIn({ email: email.toUpperCase(), password: 'right-password', address: '10.0.0.1', now });
    expect(r.ok).toBe(true);
  });

  it('gives the same answer for a wrong password, an unknown e-mail and a deactivated account', async () => {
    const wrong = await attemptPasswordSignIn({ email, password: 'nope', address: '10.0.0.2', now });
    const unknown = await attemptPasswordSignIn({ email: 'nobody@test.example', password: 'nope', address: '10.0.0.2', now });
    const deactivated = await attemptPasswordSignIn({ email: deactivatedEmail, password: 'right-password', address: '10.0.0.2', now });
    expect([wrong, unknown, deactivated]).toEqual([{ ok: false, reason: 'invalid' }, { ok: false, reason: 'invalid' }, { ok: false, reason: 'invalid' }]);
  });

  it('throttles an account after five failures, even for the right password, from any address', async () => {
    const target = makeUser('student', { passwordHash: await hashPassword('pw-123456') }).email;
    for (let i = 0; i < 4; i++) {
      expect(await attemptPasswordSignIn({ email: target, password: 'bad', address: `10.1.0.${i}`, now })).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await attemptPasswordSignIn({ email: target, password: 'bad', address: '10.1.0.9', now })).toEqual({ ok: false, reason: 'throttled', retryAfterMs: 30_000 });
    const right = await attemptPasswordSignIn({ email: target, password: 'pw-123456', address: '10.1.0.10', now: new Date(now.getTime() + 10_000) });
    expect(right).toEqual({ ok: false, reason: 'throttled', retryAfterMs: 20_000 });
    const later = await attemptPasswordSignIn({ email: target, password: 'pw-123456', address: '10.1.0.10', now: new Date(now.getTime() + 30_000) });
    expect(later.ok).toBe(true);
  });

  it('throttles one address that tries many accounts', async () => {
    for (let i = 0; i < 29; i++) {
      const r = await attemptPasswordSignIn({ email: `spray-${i}@test.example`, password: 'x', address: '192.0.2.77', now });
      expect(r).toEqual({ ok: false, reason: 'invalid' });
    }
    const r = await attemptPasswordSignIn({ email: 'spray-last@test.example', password: 'x', address: '192.0.2.77', now });
    expect(r).toMatchObject({ ok: false, reason: 'throttled' });
    const fromElsewhere = await attemptPasswordSignIn({ email, password: 'right-password', address: '192.0.2.78', now });
    expect(fromElsewhere.ok).toBe(true);
  }, 30_000); // thirty password hashes: slow on a busy machine
});
