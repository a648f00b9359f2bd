import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { signInThrottle } from '@/db/schema';

export type ThrottlePolicy = { freeFailures: number; baseDelayMs: number; maxDelayMs: number; forgetAfterMs: number };

/** One account: a few tries, then 30 s, 1 min, 2 min … up to 15 min. */
export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 5, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };
/** One client address: looser, since a campus lab or residence shares one address. */
export const ADDRESS_POLICY: ThrottlePolicy = { freeFailures: 30, baseDelayMs: 30_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };

/** How long to wait after the given number of consecutive failures (0 while tries remain). */
export function delayAfterFailures(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const steps = failures - policy.freeFailures;
  return Math.min(policy.baseDelayMs * 2 ** Math.min(steps, 30), policy.maxDelayMs);
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

/** Milliseconds until any of the keys may try again; 0 when none is blocked. */
export function retryAfterMs(keys: string[], now: Date): number {
  const rows = getDb().select().from(signInThrottle).where(inArray(signInThrottle.key, keys)).all();
  let wait = 0;
  for (const row of rows) {
    if (row.blockedUntil && row.blockedUntil > now) wait = Math.max(wait, row.blockedUntil.getTime() - now.getTime());
  }
  return wait;
}

export function recordFailure(key: string, policy: ThrottlePolicy, now: Date): void {
  const db = getDb();
  db.transaction((tx) => {
    const row = tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
    const stale = !row || now.getTime() - row.lastFailureAt.getTime() > policy.forgetAfterMs;
    const failures = stale ? 1 : row.failures + 1;
    const delay = delayAfterFailures(failures, policy);
    const blockedUntil = delay > 0 ? new Date(now.getTime() + delay) : null;
    tx.insert(signInThrottle)
      .values({ key, failures, lastFailureAt: now, blockedUntil })
      .onConflictDoUpdate({ target: signInThrottle.key, set: { failures, lastFailureAt: now, blockedUntil } })
      .run();
  });
}

export function clearFailures(key: string): void {
  getDb().delete(signInThrottle).where(eq(signInThrottle.key, key)).run();
}
