import 'server-only';
import crypto from 'node:crypto';
import { derivedKey } from './keys';

/*
 * OWASP's "device cookies" against lock-out: a browser that has signed in to an account carries
 * a cookie, signed by the server, that names the account (by a keyed hash, so the next person
 * at a shared computer cannot read whose it was) and a random nonce. A sign-in to that account
 * from that browser is counted against the nonce alone, so failures from anywhere else — an
 * attacker locking the account — do not block it; a browser without it is limited per account
 * (lib/auth/sign-in.ts). One cookie per account, so a shared lab computer keeps each person's.
 */
export const DEVICE_COOKIE_PREFIX = 'hm-device-';
export const DEVICE_COOKIE_MAX_AGE_S = 180 * 24 * 3600;

function mac(data: string): string {
  return crypto.createHmac('sha256', derivedKey('device-cookie')).update(data).digest('base64url');
}

export function deviceCookieName(email: string): string {
  return DEVICE_COOKIE_PREFIX + mac(`account\u0000${email.trim().toLowerCase()}`).slice(0, 22).replace(/[^A-Za-z0-9]/g, '0');
}

/** A new cookie for this account: its name and value (a fresh nonce and its signature). */
export function newDeviceCookie(email: string): { name: string; value: string; nonce: string } {
  const nonce = crypto.randomBytes(16).toString('base64url');
  const normalised = email.trim().toLowerCase();
  return { name: deviceCookieName(normalised), value: `${nonce}.${mac(`device\u0000${normalised}\u0000${nonce}`)}`, nonce };
}

/** The nonce of a valid device cookie for this account among the request's cookies, or null. */
export function deviceNonceFrom(cookieHeader: string | null, email: string): string | null {
  if (!cookieHeader) return null;
  const normalised = email.trim().toLowerCase();
  const name = deviceCookieName(normalised);
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const [nonce, signature, extra] = decodeURIComponent(part.slice(eq + 1).trim()).split('.');
    if (!nonce || !signature || extra !== undefined || !/^[\w-]{22}$/.test(nonce)) return null;
    const expected = Buffer.from(mac(`device\u0000${normalised}\u0000${nonce}`));
    const given = Buffer.from(signature);
    return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? nonce : null;
  }
  return null;
}
