import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { turnRemindersOff } from '@/db/queries/reminders';
import { sessionSecret } from '@/lib/auth/secret';
import { REMINDER_KINDS } from './rules';
import { readUnsubscribeToken, type UnsubscribeScope } from './unsubscribe-token';

export type UnsubscribeResult = { ok: true; scope: UnsubscribeScope } | { ok: false };

/** The secret unsubscribe links are signed with: the session secret (AUTH_SECRET). */
export function unsubscribeSecret(): string {
  const secret = sessionSecret();
  if (!secret) throw new Error('No session secret: set AUTH_SECRET.');
  return secret;
}

/** What a link would stop, without changing anything (for the confirmation page). */
export function previewUnsubscribe(token: string, secret = unsubscribeSecret()): UnsubscribeResult {
  const read = readUnsubscribeToken(token, secret);
  return read ? { ok: true, scope: read.scope } : { ok: false };
}

/**
 * Turns off the reminders a signed link names, for its student only, and nothing else: no
 * other choice, no account setting, no session. Saying it twice is harmless.
 */
export function applyUnsubscribe(token: string, now: Date, via: 'one-click' | 'page', secret = unsubscribeSecret()): UnsubscribeResult {
  const read = readUnsubscribeToken(token, secret);
  if (!read) return { ok: false };
  const kinds = read.scope === 'all' ? REMINDER_KINDS : [read.scope];
  getDb().transaction((tx) => {
    const before = turnRemindersOff(tx, read.userId, kinds, now);
    if (before && kinds.some((k) => before[k])) {
      logAudit({ actorId: read.userId, action: 'REMINDERS_UNSUBSCRIBED', subjectType: 'user', subjectId: read.userId, details: { kinds, via } }, tx);
    }
  });
  return { ok: true, scope: read.scope };
}
