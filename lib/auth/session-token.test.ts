import { encode } from 'next-auth/jwt';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetDecodedTokens, sessionCookieName, sessionIdOfToken, sessionTokenFrom } from './session-token';

const SECRET = 'session-token-test-secret-0123456789-0123456789';
const SALT = 'authjs.session-token';

/** A cookie as next-auth's jwt callback makes it: only the session id. */
const token = (sid: string, opts: { secret?: string; salt?: string; maxAge?: number } = {}) =>
  encode({ token: { sub: '1', sid }, secret: opts.secret ?? SECRET, salt: opts.salt ?? SALT, maxAge: opts.maxAge ?? 3600 });

beforeEach(() => forgetDecodedTokens());

describe('sessionIdOfToken', () => {
  it('reads the session id from a cookie next-auth made, and again from memory', async () => {
    const t = await token('sid-1');
    expect(await sessionIdOfToken(t, SALT, SECRET)).toBe('sid-1');
    expect(await sessionIdOfToken(t, SALT, SECRET)).toBe('sid-1');
  });

  it('refuses a cookie made with another secret, for another cookie name, tampered with, or none', async () => {
    expect(await sessionIdOfToken(await token('sid-2', { secret: 'someone-else-0123456789-0123456789-0123' }), SALT, SECRET)).toBeNull();
    expect(await sessionIdOfToken(await token('sid-2', { salt: `__Secure-${SALT}` }), SALT, SECRET)).toBeNull();
    const t = await token('sid-2');
    const i = t.length - 10;
    const tampered = t.slice(0, i) + (t[i] === 'A' ? 'B' : 'A') + t.slice(i + 1);
    expect(await sessionIdOfToken(tampered, SALT, SECRET)).toBeNull();
    expect(await sessionIdOfToken(null, SALT, SECRET)).toBeNull();
    expect(await sessionIdOfToken(t, SALT, undefined)).toBeNull();
  });

  it('refuses an expired cookie, also one it already knows', async () => {
    expect(await sessionIdOfToken(await token('sid-3', { maxAge: -60 }), SALT, SECRET)).toBeNull();
    const t = await token('sid-4', { maxAge: 60 });
    expect(await sessionIdOfToken(t, SALT, SECRET)).toBe('sid-4');
    expect(await sessionIdOfToken(t, SALT, SECRET, Date.now() + 61_000)).toBeNull();
  });

  it('a remembered token is remembered per cookie name: the same string under another name is decrypted again (and refused)', async () => {
    const t = await token('sid-5');
    expect(await sessionIdOfToken(t, SALT, SECRET)).toBe('sid-5');
    expect(await sessionIdOfToken(t, `__Secure-${SALT}`, SECRET)).toBeNull();
  });
});

describe('sessionCookieName and sessionTokenFrom', () => {
  it('names the cookie as next-auth does: __Secure- over HTTPS, and HTTPS when the protocol is not said', () => {
    expect(sessionCookieName('http')).toBe('authjs.session-token');
    expect(sessionCookieName('https')).toBe('__Secure-authjs.session-token');
    expect(sessionCookieName(null)).toBe('__Secure-authjs.session-token');
  });

  it('joins a token split into chunks in their order, and ignores other cookies', () => {
    const cookies = [
      { name: 'hm-device-x', value: 'd' },
      { name: 'authjs.session-token.1', value: 'BBB' },
      { name: '__Secure-authjs.session-token', value: 'secure' },
      { name: 'authjs.session-token.0', value: 'AAA' },
    ];
    expect(sessionTokenFrom(cookies, 'authjs.session-token')).toBe('AAABBB');
    expect(sessionTokenFrom(cookies, '__Secure-authjs.session-token')).toBe('secure');
    expect(sessionTokenFrom([{ name: 'authjs.csrf-token', value: 'c' }], 'authjs.session-token')).toBeNull();
  });
});
