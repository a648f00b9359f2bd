import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import crypto from 'node:crypto';
import { getDb, preparedQuery, type DB, type Tx } from '../client';
import { sessions, users, type PendingStep, type SecondFactor } from '../schema';

/** Sessions end 8 hours after sign-in, however active (the absolute end, not sliding). */
export const SESSION_LIFETIME_MS = 8 * 3600_000;

export type SessionEndReason = 'signed-out' | 'signed-out-everywhere' | 'password-changed' | 'deactivated' | 'two-step-reset';

/** Opens a session for a sign-in and returns its id (256 random bits), which the session cookie carries. */
export function startSession(
  tx: DB | Tx,
  opts: { userId: number; now: Date; pendingStep?: PendingStep | null; secondFactor?: SecondFactor | null },
): string {
  const id = crypto.randomBytes(32).toString('base64url');
  tx.insert(sessions)
    .values({
      id,
      userId: opts.userId,
      createdAt: opts.now,
      expiresAt: new Date(opts.now.getTime() + SESSION_LIFETIME_MS),
      pendingStep: opts.pendingStep ?? null,
      secondFactor: opts.secondFactor ?? null,
    })
    .run();
  return id;
}

const liveSession = preparedQuery((db) =>
  db
    .select({
      sessionId: sessions.id,
      pendingStep: sessions.pendingStep,
      secondFactor: sessions.secondFactor,
      expiresAt: sessions.expiresAt,
      id: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sql.placeholder('id')), isNull(sessions.endedAt), gt(sessions.expiresAt, sql.placeholder('now')), eq(users.active, true)))
    .prepare(),
);

/**
 * The session a request's cookie names, with its account, if the session has not ended, is
 * within its 8 hours and the account is active. Read on every request (lib/authz.ts): prepared once.
 */
export function findLiveSession(id: string, now: Date) {
  return liveSession().get({ id, now: now.getTime() }) ?? null;
}

/** Ends one session (sign-out). True when it was still open. */
export function endSession(tx: DB | Tx, id: string, reason: SessionEndReason, now: Date): boolean {
  return tx.update(sessions).set({ endedAt: now, endReason: reason }).where(and(eq(sessions.id, id), isNull(sessions.endedAt))).run().changes > 0;
}

/** Ends every open session of a person, or every one but `exceptId` (the one changing the password). */
export function endSessionsOfUser(tx: DB | Tx, userId: number, reason: SessionEndReason, now: Date, exceptId?: string): number {
  const open = and(eq(sessions.userId, userId), isNull(sessions.endedAt), exceptId ? ne(sessions.id, exceptId) : undefined);
  return tx.update(sessions).set({ endedAt: now, endReason: reason }).where(open).run().changes;
}

/** Marks a session's second step done; it counts from the next request. */
export function completeSecondStep(tx: DB | Tx, id: string, factor: SecondFactor): boolean {
  return tx.update(sessions).set({ pendingStep: null, secondFactor: factor }).where(and(eq(sessions.id, id), isNull(sessions.endedAt))).run().changes > 0;
}

/** How many sessions a person has open now (the account page says so). */
export function countOpenSessions(userId: number, now: Date): number {
  return getDb()
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt), gt(sessions.expiresAt, now)))
    .all().length;
}
