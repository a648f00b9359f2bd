import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { signInThrottle } from '@/db/schema';

export type ThrottlePolicy = { freeFailures: number; baseDelayMs: number; maxDelayMs: number; forgetAfterMs: number };

/** One account, from clients without its device cookie: a few tries, then 30 s, 1 min, 2 min … up to 15 min. */
export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 5, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };
/** One browser holding the account's device cookie: limited on its own, the same way. */
export const DEVICE_POLICY: ThrottlePolicy = ACCOUNT_POLICY;
/** One client address: looser, since a campus lab or residence shares one address. */
export const ADDRESS_POLICY: ThrottlePolicy = { freeFailures: 30, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };
/** The current password asked again (change password) and two-step codes: as strict as sign-in. */
export const REAUTH_POLICY: ThrottlePolicy = ACCOUNT_POLICY;
export const SECOND_STEP_POLICY: ThrottlePolicy = ACCOUNT_POLICY;

/** How long to wait after the given number of consecutive failures (0 while tries remain). */
export function delayAfterFailures(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const steps = failures - policy.freeFailures;
  return Math.min(policy.baseDelayMs * 2 ** Math.min(steps, 30), policy.maxDelayMs);
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;
export const deviceKey = (deviceId: string) => `device:${deviceId}`;
export const reauthKey = (userId: number) => `reauth:${userId}`;
export const secondStepKey = (userId: number) => `totp:${userId}`;

export type Claim = { key: string; policy: ThrottlePolicy };
export type ClaimResult = { ok: true; waitIfWrong: number } | { ok: false; retryAfterMs: number };

/**
 * Takes a guess's place in the count *before* it is checked, so that a burst of guesses sent at
 * the same instant cannot all reach the (slow, awaited) password check: call it, synchronously,
 * before the first await. In one immediate (write-locked) transaction: if any key is waiting,
 * the guess is refused and nothing is counted; otherwise each key counts the guess as a failure
 * now and starts the wait that follows it. A guess that turns out right is forgiven afterwards
 * (forgive / refund). `waitIfWrong` is the wait this guess started, told to the person if it
 * was wrong.
 */
export function claimAttempt(claims: Claim[], now: Date): ClaimResult {
  return getDb().transaction(
    (tx) => {
      const rows = tx
        .select()
        .from(signInThrottle)
        .where(inArray(signInThrottle.key, claims.map((c) => c.key)))
        .all();
      const byKey = new Map(rows.map((r) => [r.key, r]));
      let blocked = 0;
      for (const row of rows) {
        if (row.blockedUntil && row.blockedUntil > now) blocked = Math.max(blocked, row.blockedUntil.getTime() - now.getTime());
      }
      if (blocked > 0) return { ok: false as const, retryAfterMs: blocked };
      let waitIfWrong = 0;
      for (const { key, policy } of claims) {
        const row = byKey.get(key);
        const stale = !row || now.getTime() - row.lastFailureAt.getTime() > policy.forgetAfterMs;
        const failures = stale ? 1 : row.failures + 1;
        const delay = delayAfterFailures(failures, policy);
        const blockedUntil = delay > 0 ? new Date(now.getTime() + delay) : null;
        waitIfWrong = Math.max(waitIfWrong, delay);
        tx.insert(signInThrottle)
          .values({ key, failures, lastFailureAt: now, blockedUntil })
          .onConflictDoUpdate({ target: signInThrottle.key, set: { failures, lastFailureAt: now, blockedUntil } })
          .run();
      }
      return { ok: true as const, waitIfWrong };
    },
    { behavior: 'immediate' },
  );
}

/** A right guess clears its key (the account's, the device's): the person is back to a full set of tries. */
export function forgive(key: string): void {
  getDb().delete(signInThrottle).where(eq(signInThrottle.key, key)).run();
}

/** A right guess takes back the one failure it was counted as (an address shared with others keeps theirs). */
export function refund(key: string, policy: ThrottlePolicy): void {
  getDb().transaction(
    (tx) => {
      const row = tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
      if (!row) return;
      const failures = Math.max(0, row.failures - 1);
      const blockedUntil = delayAfterFailures(failures, policy) > 0 ? row.blockedUntil : null;
      tx.update(signInThrottle).set({ failures, blockedUntil }).where(eq(signInThrottle.key, key)).run();
    },
    { behavior: 'immediate' },
  );
}

/** Milliseconds until any of the keys may try again; 0 when none is waiting. */
export function retryAfterMs(keys: string[], now: Date): number {
  const rows = getDb().select().from(signInThrottle).where(inArray(signInThrottle.key, keys)).all();
  let wait = 0;
  for (const row of rows) {
    if (row.blockedUntil && row.blockedUntil > now) wait = Math.max(wait, row.blockedUntil.getTime() - now.getTime());
  }
  return wait;
}
