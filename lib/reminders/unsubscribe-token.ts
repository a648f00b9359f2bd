/**
 * One-click unsubscribe links (RFC 8058) that work without signing in: the link carries the
 * student's id and which reminders it stops, signed with an HMAC keyed from the session secret.
 * A link can only ever turn reminders off, and only its own.
 */
import crypto from 'node:crypto';
import { REMINDER_KINDS, type ReminderKind } from './rules';

export type UnsubscribeScope = ReminderKind | 'all';
const SCOPES: readonly string[] = [...REMINDER_KINDS, 'all'];

function key(secret: string): Buffer {
  return crypto.createHmac('sha256', secret).update("horses-mouth/reminders-unsubscribe/v1").digest();
}

function sign(payload: string, secret: string): string {
  return crypto.createHmac('sha256', key(secret)).update(payload).digest('base64url');
}

export function unsubscribeToken(userId: number, scope: UnsubscribeScope, secret: string): string {
  const payload = `${userId}.${scope}`;
  return `${Buffer.from(payload).toString('base64url')}.${sign(payload, secret)}`;
}

/** The student and scope a token names, or null when it is malformed or not signed by us. */
export function readUnsubscribeToken(token: string, secret: string): { userId: number; scope: UnsubscribeScope } | null {
  const m = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const payload = Buffer.from(m[1], 'base64url').toString('utf8');
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(m[2]);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  const parts = /^(\d{1,12})\.([A-Za-z]+)$/.exec(payload);
  if (!parts || !SCOPES.includes(parts[2])) return null;
  const userId = Number(parts[1]);
  return userId > 0 ? { userId, scope: parts[2] as UnsubscribeScope } : null;
}
