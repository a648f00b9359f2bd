'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { revalidatePath } from 'next/cache';
import { cookies, headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { endSession, endSessionsOfUser } from '@/db/queries/sessions';
import { findValidPasswordToken, markPasswordTokenUsed } from '@/db/queries/tokens';
import { findOwnProfile, findPasswordHash, updatePasswordHash, updateProfile } from '@/db/queries/users';
import { formArg } from '@/lib/action-args';
import { currentSessionId, getSessionState, requireUser } from '@/lib/authz';
import { now } from '@/lib/clock';
import { failed, formObject, invalid, staleEdit, versionSchema, type ActionState } from '@/lib/forms';
import { changePasswordSchema, setPasswordSchema, signInSchema } from '@/lib/validation/auth';
import { PROFILE_LABELS, profileSchema } from '@/lib/validation/profile';
import { DEVICE_COOKIE_MAX_AGE_S, newDeviceCookie } from './device-cookie';
import { signIn, signOut } from './index';
import { throttledMessage, WRONG_CREDENTIALS } from './messages';
import { hashPassword, verifyPassword } from './password';
import { passwordProblem } from './password-policy';
import { claimAttempt, forgive, reauthKey, REAUTH_POLICY } from './throttle';

function isRedirect(error: unknown): boolean {
  return typeof (error as { digest?: unknown })?.digest === 'string' && (error as { digest: string }).digest.startsWith('NEXT_REDIRECT');
}

/** Cookies are sent over HTTPS only when the app is served over HTTPS (APP_URL, else the request). */
async function servedOverHttps(): Promise<boolean> {
  if (process.env.APP_URL) return process.env.APP_URL.startsWith('https:');
  return (await headers()).get('x-forwarded-proto') === 'https';
}

/** After a right password: this browser carries the account's device cookie from now on (lib/auth/device-cookie.ts). */
async function rememberDevice(email: string): Promise<void> {
  const cookie = newDeviceCookie(email);
  (await cookies()).set(cookie.name, cookie.value, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: DEVICE_COOKIE_MAX_AGE_S, secure: await servedOverHttps() });
}

export async function signInWithPassword(_prev: ActionState, form: FormData): Promise<ActionState> {
  const posted = formArg(form);
  const parsed = signInSchema.safeParse(formObject(posted));
  if (!parsed.success) return invalid(parsed.error, posted);
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo: '/' });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const throttled = /^throttled:(\d+)$/.exec(error.code ?? '');
      return failed(throttled ? throttledMessage(Number(throttled[1])) : WRONG_CREDENTIALS, posted);
    }
    if (error instanceof AuthError) return failed('Signing in did not work just now. Please try again.', posted);
    // The redirect that follows a right password.
    if (isRedirect(error)) await rememberDevice(parsed.data.email);
    throw error;
  }
  return { status: 'ok' };
}

/** Ends this session on the server (not only the cookie), then signs out. A half-done sign-in may sign out too. */
export async function signOutNow(): Promise<void> {
  const state = await getSessionState();
  if (state.kind !== 'none') {
    getDb().transaction((tx) => {
      if (endSession(tx, state.sessionId, 'signed-out', now())) {
        const who = state.kind === 'signed-in' ? state.viewer.id : state.user.id;
        logAudit({ actorId: who, action: 'SIGNED_OUT', subjectType: 'user', subjectId: who }, tx);
      }
    });
  }
  await signOut({ redirectTo: '/sign-in' });
}

export async function signOutEverywhere(): Promise<void> {
  const viewer = await requireUser();
  getDb().transaction((tx) => {
    const ended = endSessionsOfUser(tx, viewer.id, 'signed-out-everywhere', now());
    logAudit({ actorId: viewer.id, action: 'SIGNED_OUT_EVERYWHERE', subjectType: 'user', subjectId: viewer.id, details: { sessions: ended } }, tx);
  });
  await signOut({ redirectTo: '/sign-in' });
}

const tokenArg = z.string().min(20).max(100).regex(/^[\w-]+$/);

export async function setPasswordWithToken(token: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const checkedToken = tokenArg.safeParse(token);
  if (!checkedToken.success) notFound();
  const posted = formArg(form);
  const at = now();
  const found = findValidPasswordToken(checkedToken.data, at);
  if (!found) return failed('This link has expired or has already been used. Ask the career centre for a new one.');
  const parsed = setPasswordSchema.safeParse(formObject(posted));
  if (!parsed.success) return invalid(parsed.error, posted);
  const problem = passwordProblem(parsed.data.password, found);
  if (problem) return failed('Please choose another password.', posted, { password: [problem] });
  const passwordHash = await hashPassword(parsed.data.password);
  const done = getDb().transaction((tx) => {
    if (!markPasswordTokenUsed(tx, found.tokenId, at)) return false;
    updatePasswordHash(tx, found.userId, passwordHash);
    endSessionsOfUser(tx, found.userId, 'password-changed', at);
    logAudit({ actorId: found.userId, action: 'PASSWORD_SET', subjectType: 'user', subjectId: found.userId, details: { purpose: found.purpose } }, tx);
    return true;
  });
  if (!done) return failed('This link has already been used. Ask the career centre for a new one.');
  // The sign-in page fills in the address (not a secret) so only the new password is left to type.
  redirect(`/sign-in?${new URLSearchParams({ password: 'set', email: found.email })}`);
}

/**
 * Asks for the current password first, limited like sign-in (a borrowed session must not guess
 * without end): the guess is counted before the check. A new password ends every other session;
 * this one stays signed in.
 */
export async function changePassword(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const posted = formArg(form);
  const parsed = changePasswordSchema.safeParse(formObject(posted));
  if (!parsed.success) return invalid(parsed.error, posted);
  const problem = passwordProblem(parsed.data.password, viewer);
  if (problem) return failed('Please choose another password.', posted, { password: [problem] });
  const at = now();
  const key = reauthKey(viewer.id);
  const claim = claimAttempt([{ key, policy: REAUTH_POLICY }], at);
  if (!claim.ok) {
    logAudit({ actorId: viewer.id, action: 'PASSWORD_CHECK_THROTTLED', subjectType: 'user', subjectId: viewer.id });
    return failed('Please correct the fields marked below.', posted, { current: [throttledMessage(Math.ceil(claim.retryAfterMs / 1000))] });
  }
  const stored = findPasswordHash(viewer);
  if (!stored || !(await verifyPassword(stored, parsed.data.current))) {
    logAudit({ actorId: viewer.id, action: 'PASSWORD_CHECK_FAILED', subjectType: 'user', subjectId: viewer.id });
    const wait = claim.waitIfWrong > 0 ? ` ${throttledMessage(Math.ceil(claim.waitIfWrong / 1000))}` : '';
    return failed('Please correct the fields marked below.', posted, { current: [`That is not your current password.${wait}`] });
  }
  forgive(key);
  const passwordHash = await hashPassword(parsed.data.password);
  const keep = await currentSessionId();
  getDb().transaction((tx) => {
    updatePasswordHash(tx, viewer.id, passwordHash);
    const ended = endSessionsOfUser(tx, viewer.id, 'password-changed', now(), keep ?? undefined);
    logAudit({ actorId: viewer.id, action: 'PASSWORD_CHANGED', subjectType: 'user', subjectId: viewer.id, details: { otherSessionsEnded: ended } }, tx);
  });
  return { status: 'ok', message: 'Password changed. Any other device you were signed in on has been signed out.' };
}

export async function updateMyProfile(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const posted = formArg(form);
  // Only these fields are read: a posted role, email or id is ignored.
  const parsed = profileSchema.extend(versionSchema.shape).safeParse(formObject(posted));
  if (!parsed.success) return invalid(parsed.error, posted);
  const { version, ...values } = parsed.data;
  const saved = getDb().transaction((tx) => {
    const result = updateProfile(tx, viewer, values, version);
    if (result.ok) logAudit({ actorId: viewer.id, action: 'PROFILE_UPDATED', subjectType: 'user', subjectId: viewer.id, details: values }, tx);
    return result;
  });
  if (!saved.ok) {
    const current = findOwnProfile(viewer);
    if (!current) notFound();
    return staleEdit(posted, { version: current.version, values: { name: current.name, timeZone: current.timeZone, courseAndInstitution: current.courseAndInstitution ?? '' } }, PROFILE_LABELS);
  }
  revalidatePath('/', 'layout');
  const shown = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? '']));
  return { status: 'ok', message: 'Profile saved.', values: shown, version: saved.version };
}
