import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { findLiveSession, startSession } from '@/db/queries/sessions';
import { auditLog, recoveryCodes, sessions, totpFactors } from '@/db/schema';
import { makeUser } from '@/db/testing/factories';
import { authModuleMock, form, signInAs, thrown, useSession } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';
import {
  adminsMustEnrol,
  decryptSecret,
  encryptSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  pendingStepAfterPassword,
  totpCode,
  totpStep,
} from './two-step';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { confirmTwoStepSetup, startTwoStepSetup, turnOffTwoStep, verifySecondStep } = await import('./two-step-actions');
const { resetTwoStep } = await import('@/lib/admin/actions');
const { openSessionFor } = await import('./open-session');

beforeEach(() => useSession(null));

describe('TOTP codes', () => {
  const secret = newTotpSecret();
  const t = new Date('2026-12-01T10:00:10Z');
  const step = Math.floor(t.getTime() / 30_000);

  it('accept this step’s code and the ones either side (clock drift), nothing else', () => {
    expect(totpStep(secret, totpCode(secret, t), t)).toBe(step);
    expect(totpStep(secret, totpCode(secret, new Date(t.getTime() - 30_000)), t)).toBe(step - 1);
    expect(totpStep(secret, totpCode(secret, new Date(t.getTime() + 30_000)), t)).toBe(step + 1);
    expect(totpStep(secret, totpCode(secret, new Date(t.getTime() + 90_000)), t)).toBeNull();
    expect(totpStep(secret, '12345', t)).toBeNull();
    expect(totpStep(secret, 'abcdef', t)).toBeNull();
    expect(totpStep(newTotpSecret(), totpCode(secret, t), t)).toBeNull();
  });

  it('keep the secret encrypted, and refuse a tampered one', () => {
    const stored = encryptSecret(secret);
    expect(stored).not.toContain(secret);
    expect(decryptSecret(stored)).toBe(secret);
    const parts = stored.split('.');
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith('AA') ? 'BB' : 'AA');
    expect(() => decryptSecret(parts.join('.'))).toThrow();
  });
});

describe('recovery codes', () => {
  it('are ten codes of 125 random bits, typed in any case with or without dashes', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
    const typed = ` ${codes[0].toLowerCase().replaceAll('-', ' ')} `;
    expect(hashRecoveryCode(normaliseRecoveryCode(typed)!)).toBe(hashRecoveryCode(normaliseRecoveryCode(codes[0])!));
    expect(normaliseRecoveryCode('123456')).toBeNull();
  });
});

describe('who must do a second step', () => {
  it('anyone with an authenticator; admins of a deployment must set one up; the demo and the e2e server leave it optional', () => {
    const admin = makeUser('admin');
    const counsellor = makeUser('counsellor');
    expect(adminsMustEnrol({ DATABASE_PATH: '/srv/hm.db' })).toBe(true);
    expect(adminsMustEnrol({})).toBe(false);
    expect(adminsMustEnrol({ DATABASE_PATH: '/srv/hm.db', HM_E2E: '1' })).toBe(false);
    expect(pendingStepAfterPassword(admin, { DATABASE_PATH: '/srv/hm.db' })).toBe('enrol');
    expect(pendingStepAfterPassword(admin, {})).toBeNull();
    expect(pendingStepAfterPassword(counsellor, { DATABASE_PATH: '/srv/hm.db' })).toBeNull();
    getDb().insert(totpFactors).values({ userId: counsellor.id, secret: encryptSecret(newTotpSecret()), confirmedAt: new Date() }).run();
    expect(pendingStepAfterPassword(counsellor, {})).toBe('totp');
  });

  it("a sign-in through the institution's provider counts that provider's second step; a password sign-in owes its own", () => {
    const admin = makeUser('admin');
    getDb().insert(totpFactors).values({ userId: admin.id, secret: encryptSecret(newTotpSecret()), confirmedAt: new Date() }).run();
    const now = new Date();
    const viaProvider = openSessionFor({ id: String(admin.id), pendingStep: 'totp' }, { provider: 'oidc' }, now);
    expect(getDb().select().from(sessions).where(eq(sessions.id, viaProvider)).get()).toMatchObject({ pendingStep: null, secondFactor: 'provider' });
    expect(findLiveSession(viaProvider, now)).not.toBeNull();
    const viaPassword = openSessionFor({ id: String(admin.id), pendingStep: 'totp' }, { provider: 'credentials' }, now);
    expect(getDb().select().from(sessions).where(eq(sessions.id, viaPassword)).get()).toMatchObject({ pendingStep: 'totp', secondFactor: null });
  });
});

/** Turns two-step sign-in on for a person through the actions, returning their secret and recovery codes. */
async function enrol(userId: number): Promise<{ secret: string; codes: string[] }> {
  signInAs(userId);
  expect((await startTwoStepSetup(initialActionState)).status).toBe('ok');
  const secret = decryptSecret(getDb().select().from(totpFactors).where(eq(totpFactors.userId, userId)).get()!.secret);
  const done = await confirmTwoStepSetup(initialActionState, form({ code: totpCode(secret, new Date()) }));
  expect(done.status).toBe('ok');
  return { secret, codes: done.recoveryCodes! };
}

describe('the second step of a sign-in', () => {
  it('a right code completes the session; a wrong or reused code does not; a recovery code works once', async () => {
    const me = makeUser('counsellor');
    const { secret, codes } = await enrol(me.id);
    expect(getDb().select().from(recoveryCodes).where(eq(recoveryCodes.userId, me.id)).all()).toHaveLength(10);

    const sid = startSession(getDb(), { userId: me.id, now: new Date(), pendingStep: 'totp' });
    useSession(sid);
    const wrong = await verifySecondStep(initialActionState, form({ code: '000000' }));
    expect(wrong.fieldErrors?.code?.[0]).toMatch(/did not work/);
    // The code used to confirm set-up was for this step: it cannot be used again.
    const reused = await verifySecondStep(initialActionState, form({ code: totpCode(secret, new Date()) }));
    expect(reused.fieldErrors?.code?.[0]).toMatch(/did not work/);
    expect(findLiveSession(sid, new Date())?.pendingStep).toBe('totp');
    expect(await thrown(verifySecondStep(initialActionState, form({ code: totpCode(secret, new Date(Date.now() + 30_000)) })))).toMatch(/NEXT_REDIRECT.*\/staff/);
    expect(findLiveSession(sid, new Date())).toMatchObject({ pendingStep: null, secondFactor: 'totp' });

    const second = startSession(getDb(), { userId: me.id, now: new Date(), pendingStep: 'totp' });
    useSession(second);
    expect(await thrown(verifySecondStep(initialActionState, form({ code: codes[3] })))).toMatch(/NEXT_REDIRECT/);
    expect(findLiveSession(second, new Date())).toMatchObject({ secondFactor: 'recovery-code' });
    const third = startSession(getDb(), { userId: me.id, now: new Date(), pendingStep: 'totp' });
    useSession(third);
    expect((await verifySecondStep(initialActionState, form({ code: codes[3] }))).fieldErrors?.code?.[0]).toMatch(/unused recovery codes/);
  });

  it('is limited: after five wrong codes even the right one waits', async () => {
    const me = makeUser('instructor');
    const { secret } = await enrol(me.id);
    useSession(startSession(getDb(), { userId: me.id, now: new Date(), pendingStep: 'totp' }));
    for (let i = 0; i < 5; i++) await verifySecondStep(initialActionState, form({ code: String(100000 + i) }));
    const right = await verifySecondStep(initialActionState, form({ code: totpCode(secret, new Date(Date.now() + 30_000)) }));
    expect(right.fieldErrors?.code?.[0]).toMatch(/Too many failed attempts/);
  });

  it('an admin who must set it up does so within the pending sign-in, which then counts', async () => {
    const admin = makeUser('admin');
    const sid = startSession(getDb(), { userId: admin.id, now: new Date(), pendingStep: 'enrol' });
    useSession(sid);
    expect((await startTwoStepSetup(initialActionState)).status).toBe('ok');
    const secret = decryptSecret(getDb().select().from(totpFactors).where(eq(totpFactors.userId, admin.id)).get()!.secret);
    expect((await confirmTwoStepSetup(initialActionState, form({ code: totpCode(secret, new Date()) }))).recoveryCodes).toHaveLength(10);
    expect(findLiveSession(sid, new Date())).toMatchObject({ pendingStep: null, secondFactor: 'totp' });
  });

  it('a student cannot set it up; a pending "enter a code" session cannot start a set-up', async () => {
    signInAs(makeUser('student').id);
    expect(await thrown(startTwoStepSetup(initialActionState))).toMatch(/NEXT_REDIRECT.*sign-in/);
    const counsellor = makeUser('counsellor');
    useSession(startSession(getDb(), { userId: counsellor.id, now: new Date(), pendingStep: 'totp' }));
    expect(await thrown(startTwoStepSetup(initialActionState))).toMatch(/NEXT_REDIRECT.*sign-in/);
  });
});

describe('turning it off and resetting it', () => {
  it('a counsellor turns it off with a current code', async () => {
    const me = makeUser('counsellor');
    const { secret } = await enrol(me.id);
    expect((await turnOffTwoStep(initialActionState, form({ code: '999999' }))).fieldErrors?.code).toBeDefined();
    expect((await turnOffTwoStep(initialActionState, form({ code: totpCode(secret, new Date(Date.now() + 30_000)) }))).status).toBe('ok');
    expect(getDb().select().from(totpFactors).where(eq(totpFactors.userId, me.id)).get()).toBeUndefined();
  });

  it("an admin resets someone's: audited, their sessions end; only an admin may", async () => {
    const person = makeUser('instructor');
    await enrol(person.id);
    const theirSession = startSession(getDb(), { userId: person.id, now: new Date() });
    signInAs(makeUser('counsellor').id);
    expect(await thrown(resetTwoStep(person.id, initialActionState))).toMatch(/404/);
    const admin = makeUser('admin');
    signInAs(admin.id);
    expect(await thrown(resetTwoStep('7' as unknown as number, initialActionState))).toMatch(/404/);
    expect((await resetTwoStep(person.id, initialActionState)).message).toMatch(/reset/);
    expect(getDb().select().from(totpFactors).where(eq(totpFactors.userId, person.id)).get()).toBeUndefined();
    expect(getDb().select().from(recoveryCodes).where(eq(recoveryCodes.userId, person.id)).all()).toEqual([]);
    expect(getDb().select().from(sessions).where(eq(sessions.id, theirSession)).get()).toMatchObject({ endReason: 'two-step-reset' });
    const audit = getDb().select().from(auditLog).where(eq(auditLog.action, 'TWO_STEP_RESET')).all();
    expect(audit.some((a) => a.actorId === admin.id && a.subjectId === person.id)).toBe(true);
  });
});
