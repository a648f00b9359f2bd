import { and, count, eq, isNotNull, isNull } from 'drizzle-orm';
import { getDb, type DB, type Tx } from '../client';
import { recoveryCodes, totpFactors } from '../schema';

/** A person's authenticator, confirmed or being set up, or null. The secret is still encrypted. */
export function findTotpFactor(userId: number) {
  return getDb().select().from(totpFactors).where(eq(totpFactors.userId, userId)).get() ?? null;
}

export function hasConfirmedTotp(userId: number): boolean {
  return !!getDb()
    .select({ id: totpFactors.userId })
    .from(totpFactors)
    .where(and(eq(totpFactors.userId, userId), isNotNull(totpFactors.confirmedAt)))
    .get();
}

/** Starts (or starts over) setting up an authenticator; refused once one is confirmed. */
export function beginTotpEnrolment(tx: DB | Tx, userId: number, encryptedSecret: string): boolean {
  const existing = tx.select().from(totpFactors).where(eq(totpFactors.userId, userId)).get();
  if (existing?.confirmedAt) return false;
  tx.insert(totpFactors)
    .values({ userId, secret: encryptedSecret })
    .onConflictDoUpdate({ target: totpFactors.userId, set: { secret: encryptedSecret, lastStep: null, confirmedAt: null } })
    .run();
  return true;
}

/**
 * Records a code's 30-second step as used, only if it is later than the last one used: a code
 * (or an earlier one) cannot be replayed. With `confirmAt`, also turns a set-up authenticator on.
 */
export function useTotpStep(tx: DB | Tx, userId: number, step: number, confirmAt?: Date): boolean {
  const row = tx.select().from(totpFactors).where(eq(totpFactors.userId, userId)).get();
  if (!row || (row.lastStep !== null && step <= row.lastStep)) return false;
  if (!confirmAt && !row.confirmedAt) return false;
  tx.update(totpFactors)
    .set({ lastStep: step, ...(confirmAt && !row.confirmedAt ? { confirmedAt: confirmAt } : {}) })
    .where(eq(totpFactors.userId, userId))
    .run();
  return true;
}

/** Replaces a person's recovery codes (only their hashes are stored). */
export function replaceRecoveryCodes(tx: DB | Tx, userId: number, codeHashes: string[]): void {
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  for (const codeHash of codeHashes) tx.insert(recoveryCodes).values({ userId, codeHash }).run();
}

/** Uses up one recovery code of this person; false if it is not theirs or already used. */
export function useRecoveryCode(tx: DB | Tx, userId: number, codeHash: string, now: Date): boolean {
  return (
    tx
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
      .run().changes === 1
  );
}

export function countUnusedRecoveryCodes(userId: number): number {
  return getDb().select({ n: count() }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt))).get()?.n ?? 0;
}

/** Removes a person's authenticator and recovery codes (turned off, or reset by an admin). */
export function removeTwoStep(tx: DB | Tx, userId: number): boolean {
  const removed = tx.delete(totpFactors).where(eq(totpFactors.userId, userId)).run().changes > 0;
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  return removed;
}
