import 'server-only';
import crypto from 'node:crypto';
import { sessionSecret } from './secret';

/**
 * A key for one purpose, derived from AUTH_SECRET (HKDF-SHA256), so that the session secret
 * itself signs or encrypts nothing else and one purpose's key says nothing about another's.
 */
export function derivedKey(purpose: 'device-cookie' | 'totp-secret'): Buffer {
  const secret = sessionSecret();
  if (!secret) throw new Error('AUTH_SECRET is not set.');
  return Buffer.from(crypto.hkdfSync('sha256', secret, Buffer.alloc(0), `horses-mouth ${purpose}`, 32));
}
