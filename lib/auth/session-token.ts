import 'server-only';
import { decode } from 'next-auth/jwt';

/*
 * The session cookie, read without next-auth's request machinery. Every page and every action
 * (an autosave every few seconds per student) asks who is signed in; next-auth's auth() answers by
 * running its whole /session endpoint in-process: a CSRF token made and hashed, the cookie's key
 * derived (HKDF) and its key id hashed, the token decrypted, then encrypted again into a rolling
 * cookie that a server component cannot even set. That was most of an autosave's CPU.
 *
 * Here the cookie next-auth would read is decrypted with next-auth's own decode() (same secret, same
 * salt, same checks), once per distinct token: a token is authenticated encryption, so the same
 * string always says the same thing, and its own expiry is checked again on every use. Whether the
 * session still counts (signed out, signed out everywhere, 8 hours past sign-in, deactivated) is
 * not cached: lib/authz.ts reads the sessions row on every request.
 */

const COOKIE = 'authjs.session-token';
/** Distinct tokens remembered: a term's worth of signed-in browsers, a few hundred bytes each. */
const REMEMBERED = 20_000;

type Decoded = { sid: string; expiresAtMs: number };
const decoded = new Map<string, Decoded>();

/**
 * next-auth's cookie name for this request: `__Secure-` over HTTPS, as it decides it for a server
 * component (X-Forwarded-Proto, which Next sets on every request, else https).
 */
export function sessionCookieName(forwardedProto: string | null): string {
  return (forwardedProto ?? 'https').startsWith('https') ? `__Secure-${COOKIE}` : COOKIE;
}

/**
 * The token among the request's cookies, as next-auth's SessionStore joins it: every cookie whose
 * name starts with the cookie name, in the order of their numeric suffix (a large token is split
 * into `name.0`, `name.1`…).
 */
export function sessionTokenFrom(cookies: ReadonlyArray<{ name: string; value: string }>, name: string): string | null {
  const chunks = cookies.filter((c) => c.name.startsWith(name) && c.value);
  if (chunks.length === 0) return null;
  const order = (n: string) => parseInt(n.split('.').pop() || '0') || 0;
  return chunks
    .sort((a, b) => order(a.name) - order(b.name))
    .map((c) => c.value)
    .join('');
}

/**
 * The server-side session id a session token names, or null when it does not decrypt with this
 * server's secret, has expired, or names none.
 */
export async function sessionIdOfToken(token: string | null, salt: string, secret: string | undefined, nowMs = Date.now()): Promise<string | null> {
  if (!token || !secret) return null;
  const key = `${salt}\u0000${token}`;
  const known = decoded.get(key);
  if (known) return known.expiresAtMs > nowMs ? known.sid : null;
  let payload: { sid?: unknown; exp?: unknown } | null;
  try {
    payload = (await decode({ token, secret, salt })) as { sid?: unknown; exp?: unknown } | null;
  } catch {
    return null; // not ours, tampered with, or expired
  }
  const sid = typeof payload?.sid === 'string' ? payload.sid : null;
  if (!sid || typeof payload?.exp !== 'number') return sid;
  if (decoded.size >= REMEMBERED) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, { sid, expiresAtMs: payload.exp * 1000 });
  return sid;
}

/** Tests: forget every decoded token. */
export function forgetDecodedTokens(): void {
  decoded.clear();
}
