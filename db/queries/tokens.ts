import { and, eq, gt, isNull } from 'drizzle-orm';
import crypto from 'node:crypto';
import { getDb, type DB, type Tx } from '../client';
import { passwordTokens, users } from '../schema';

export const INVITE_LIFETIME_MS = 7 * 24 * 3600_000;
export const RESET_LIFETIME_MS = 24 * 3600_000;

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Makes a one-time set-password token; only its hash is stored. Earlier unused ones stop working. */
export function createPasswordToken(
  tx: DB | Tx,
  opts: { userId: number; purpose: 'invite' | 'reset'; createdById: number | null; now: Date },
): string {
  const token = crypto.randomBytes(32).toString('base64url');
  tx.update(passwordTokens)
    .set({ usedAt: opts.now })
    .where(and(eq(passwordTokens.userId, opts.userId), isNull(passwordTokens.usedAt)))
    .run();
  tx.insert(passwordTokens)
    .values({
      userId: opts.userId,
      tokenHash: hashToken(token),
      purpose: opts.purpose,
      createdById: opts.createdById,
      expiresAt: new Date(opts.now.getTime() + (opts.purpose === 'invite' ? INVITE_LIFETIME_MS : RESET_LIFETIME_MS)),
    })
    .run();
  return token;
}

/** The person a still-valid token belongs to, or null (unknown, used, expired, or inactive account). */
export function findValidPasswordToken(token: string, now: Date) {
  return (
    getDb()
      .select({ tokenId: passwordTokens.id, userId: users.id, name: users.name, email: users.email, purpose: passwordTokens.purpose })
      .from(passwordTokens)
      .innerJoin(users, eq(users.id, passwordTokens.userId))
      .where(
        and(eq(passwordTokens.tokenHash, hashToken(token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, now), eq(users.active, true)),
      )
      .get() ?? null
  );
}

export function markPasswordTokenUsed(tx: DB | Tx, tokenId: number, now: Date): boolean {
  const res = tx
    .update(passwordTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordTokens.id, tokenId), isNull(passwordTokens.usedAt)))
    .run();
  return res.changes === 1;
}
