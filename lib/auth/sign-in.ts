import 'server-only';
import { logAudit } from '@/db/queries/audit';
import { findUserForSignIn } from '@/db/queries/users';
import { burnVerification, verifyPassword } from './password';
import { ACCOUNT_POLICY, ADDRESS_POLICY, accountKey, addressKey, clearFailures, recordFailure, retryAfterMs } from './throttle';

export type SignInResult =
  | { ok: true; user: { id: number; name: string; email: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

/** Checks a password sign-in, with throttling per account and per client address, and logs failures. */
export async function attemptPasswordSignIn(input: { email: string; password: string; address: string; now: Date }): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const keys = [accountKey(email), addressKey(input.address)];
  const wait = retryAfterMs(keys, input.now);
  if (wait > 0) {
    logAudit({ actorId: null, action: 'SIGN_IN_THROTTLED', details: { email, address: input.address } });
    return { ok: false, reason: 'throttled', retryAfterMs: wait };
  }

  const user = findUserForSignIn(email);
  let ok = false;
  if (user?.passwordHash && user.active) ok = await verifyPassword(user.passwordHash, input.password);
  else await burnVerification(input.password);

  if (!ok || !user) {
    recordFailure(keys[0], ACCOUNT_POLICY, input.now);
    recordFailure(keys[1], ADDRESS_POLICY, input.now);
    logAudit({ actorId: null, action: 'SIGN_IN_FAILED', subjectType: user ? 'user' : undefined, subjectId: user?.id, details: { email, address: input.address } });
    // The failure that crossed the line is told at once, so the person knows to wait.
    const nowBlocked = retryAfterMs(keys, input.now);
    return nowBlocked > 0 ? { ok: false, reason: 'throttled', retryAfterMs: nowBlocked } : { ok: false, reason: 'invalid' };
  }

  clearFailures(keys[0]);
  logAudit({ actorId: user.id, action: 'SIGN_IN', subjectType: 'user', subjectId: user.id, details: { address: input.address } });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}

/** The client's address as the server saw it (first X-Forwarded-For hop when behind a proxy). */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || 'unknown';
}
