import 'server-only';
import type { PendingStep } from '@/db/schema';
import { logAudit } from '@/db/queries/audit';
import { findUserForSignIn } from '@/db/queries/users';
import { burnVerification, verifyPassword } from './password';
import { ACCOUNT_POLICY, ADDRESS_POLICY, DEVICE_POLICY, accountKey, addressKey, claimAttempt, deviceKey, forgive, refund, type Claim } from './throttle';
import { pendingStepAfterPassword } from './two-step';

export type SignInResult =
  | { ok: true; user: { id: number; name: string; email: string; pendingStep: PendingStep | null } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

/**
 * Checks a password sign-in and logs the outcome. Every guess is counted *before* its slow
 * password check (claimAttempt, synchronous, before the first await), so a burst past the limit
 * is refused, the right password included.
 *
 * What counts a guess depends on the browser (OWASP device cookies): one carrying a valid device
 * cookie for this account (`deviceNonce`) is limited on its own, so an attacker failing from
 * elsewhere cannot lock it out; any other browser is limited per account and per address.
 */
export async function attemptPasswordSignIn(input: {
  email: string;
  password: string;
  address: string;
  deviceNonce: string | null;
  now: Date;
}): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const trusted = input.deviceNonce !== null;
  const claims: Claim[] = trusted
    ? [{ key: deviceKey(input.deviceNonce!), policy: DEVICE_POLICY }]
    : [
        { key: accountKey(email), policy: ACCOUNT_POLICY },
        { key: addressKey(input.address), policy: ADDRESS_POLICY },
      ];
  const claim = claimAttempt(claims, input.now);
  const where = { email, address: input.address, deviceCookie: trusted };
  if (!claim.ok) {
    logAudit({ actorId: null, action: 'SIGN_IN_THROTTLED', details: where });
    return { ok: false, reason: 'throttled', retryAfterMs: claim.retryAfterMs };
  }

  const user = findUserForSignIn(email);
  let ok = false;
  if (user?.passwordHash && user.active) ok = await verifyPassword(user.passwordHash, input.password);
  else await burnVerification(input.password);

  if (!ok || !user) {
    logAudit({ actorId: null, action: 'SIGN_IN_FAILED', subjectType: user ? 'user' : undefined, subjectId: user?.id, details: where });
    // The guess that started a wait is told so at once, so the person knows to wait.
    return claim.waitIfWrong > 0 ? { ok: false, reason: 'throttled', retryAfterMs: claim.waitIfWrong } : { ok: false, reason: 'invalid' };
  }

  if (trusted) forgive(claims[0].key);
  else {
    forgive(claims[0].key);
    refund(claims[1].key, ADDRESS_POLICY);
  }
  const pendingStep = pendingStepAfterPassword(user);
  logAudit({ actorId: user.id, action: 'SIGN_IN', subjectType: 'user', subjectId: user.id, details: { address: input.address, deviceCookie: trusted, pendingStep } });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, pendingStep } };
}
