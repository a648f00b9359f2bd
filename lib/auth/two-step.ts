import 'server-only';
import crypto from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { PendingStep, Role } from '@/db/schema';
import { hasConfirmedTotp } from '@/db/queries/two-step';
import { derivedKey } from './keys';

/*
 * Two-step sign-in (RFC 6238 TOTP: SHA-1, 6 digits, 30 s, as every authenticator app reads it)
 * with one-time recovery codes. The secret is stored encrypted (AES-256-GCM, key derived from
 * AUTH_SECRET); each code is accepted once (the step it belongs to is recorded); a code from
 * the step before or after is accepted for clock drift.
 */
export const ISSUER = "Horse's Mouth";
export const RECOVERY_CODE_COUNT = 10;
const PERIOD_S = 30;

/** Staff and admins may turn it on; students sign in with a password (or their institution's sign-on). */
export function mayUseTwoStep(role: Role): boolean {
  return role !== 'student';
}

/**
 * Admins of a deployment (DATABASE_PATH set) must use two-step sign-in; in the embedded demo it
 * is optional, so the demo accounts sign in with the password alone. A server started for the
 * end-to-end tests (HM_E2E=1) is run like the demo.
 */
export function adminsMustEnrol(env: Record<string, string | undefined> = process.env): boolean {
  return !!env.DATABASE_PATH && env.HM_E2E !== '1';
}

/** What a password sign-in must still do before its session counts. */
export function pendingStepAfterPassword(user: { id: number; role: Role }, env: Record<string, string | undefined> = process.env): PendingStep | null {
  if (hasConfirmedTotp(user.id)) return 'totp';
  if (user.role === 'admin' && adminsMustEnrol(env)) return 'enrol';
  return null;
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function encryptSecret(base32: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', derivedKey('totp-secret'), iv);
  const ciphertext = Buffer.concat([cipher.update(base32, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export function decryptSecret(stored: string): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !ciphertext) throw new Error('Unreadable two-step secret.');
  const decipher = crypto.createDecipheriv('aes-256-gcm', derivedKey('totp-secret'), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}

function totp(base32: string, email: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: email, algorithm: 'SHA1', digits: 6, period: PERIOD_S, secret: Secret.fromBase32(base32) });
}

/** The 30-second step a six-digit code belongs to (this one, or one either side), or null if it is wrong. */
export function totpStep(base32: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(base32, '').validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD_S) + delta;
}

/** For tests and the demo: the code an authenticator shows at `now`. */
export function totpCode(base32: string, now: Date): string {
  return totp(base32, '').generate({ timestamp: now.getTime() });
}

/** The enrolment's QR code (an SVG drawn from the otpauth:// URI) and the secret to type instead. */
export async function enrolmentDetails(base32: string, email: string): Promise<{ qrSvg: string; secret: string; uri: string }> {
  const uri = totp(base32, email).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { qrSvg, secret: base32.replace(/(.{4})/g, '$1 ').trim(), uri };
}

// Crockford's base32 (no I, L, O, U): 25 characters are 125 random bits, shown in groups of five.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = crypto.randomBytes(25);
    const chars = [...bytes].map((b) => CROCKFORD[b & 31]).join('');
    return chars.replace(/(.{5})(?=.)/g, '$1-');
  });
}

/** A recovery code as typed (any case, with or without dashes or spaces) in the form its hash is kept. */
export function normaliseRecoveryCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, '');
  return /^[0-9A-HJKMNP-TV-Z]{25}$/.test(plain) ? plain : null;
}

/** SHA-256 is enough for 125 random bits (no dictionary to try); the codes are shown once and never stored. */
export function hashRecoveryCode(normalised: string): string {
  return crypto.createHash('sha256').update(normalised).digest('hex');
}
