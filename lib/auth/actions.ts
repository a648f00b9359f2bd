'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { findValidPasswordToken, markPasswordTokenUsed } from '@/db/queries/tokens';
import { bumpSessionVersion, findPasswordHash, updatePasswordHash, updateProfile } from '@/db/queries/users';
import { requireUser } from '@/lib/authz';
import { now } from '@/lib/clock';
import { failed, formObject, invalid, type ActionState } from '@/lib/forms';
import { changePasswordSchema, setPasswordSchema, signInSchema } from '@/lib/validation/auth';
import { profileSchema } from '@/lib/validation/profile';
import { signIn, signOut } from './index';
import { throttledMessage, WRONG_CREDENTIALS } from './messages';
import { hashPassword, verifyPassword } from './password';

export async function signInWithPassword(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = signInSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo: '/' });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const throttled = /^throttled:(\d+)$/.exec(error.code ?? '');
      return failed(throttled ? throttledMessage(Number(throttled[1])) : WRONG_CREDENTIALS, form);
    }
    if (error instanceof AuthError) return failed('Signing in did not work just now. Please try again.', form);
    throw error; // the redirect after a successful sign-in
  }
  return { status: 'ok' };
}

export async function signOutNow(): Promise<void> {
  await signOut({ redirectTo: '/sign-in' });
}

export async function signOutEverywhere(): Promise<void> {
  const viewer = await requireUser();
  getDb().transaction((tx) => {
    bumpSessionVersion(tx, viewer.id);
    logAudit({ actorId: viewer.id, action: 'SIGNED_OUT_EVERYWHERE', subjectType: 'user', subjectId: viewer.id }, tx);
  });
  await signOut({ redirectTo: '/sign-in' });
}

export async function setPasswordWithToken(token: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const at = now();
  const found = findValidPasswordToken(token, at);
  if (!found) return failed('This link has expired or has already been used. Ask the career centre for a new one.');
  const parsed = setPasswordSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const passwordHash = await hashPassword(parsed.data.password);
  const done = getDb().transaction((tx) => {
    if (!markPasswordTokenUsed(tx, found.tokenId, at)) return false;
    updatePasswordHash(tx, found.userId, passwordHash);
    logAudit({ actorId: found.userId, action: 'PASSWORD_SET', subjectType: 'user', subjectId: found.userId, details: { purpose: found.purpose } }, tx);
    return true;
  });
  if (!done) return failed('This link has already been used. Ask the career centre for a new one.');
  // The sign-in page fills in the address (not a secret) so only the new password is left to type.
  redirect(`/sign-in?${new URLSearchParams({ password: 'set', email: found.email })}`);
}

export async function changePassword(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const parsed = changePasswordSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const stored = findPasswordHash(viewer);
  if (!stored || !(await verifyPassword(stored, parsed.data.current))) {
    return failed('Please correct the fields marked below.', form, { current: ['That is not your current password.'] });
  }
  const passwordHash = await hashPassword(parsed.data.password);
  getDb().transaction((tx) => {
    updatePasswordHash(tx, viewer.id, passwordHash);
    logAudit({ actorId: viewer.id, action: 'PASSWORD_CHANGED', subjectType: 'user', subjectId: viewer.id }, tx);
  });
  // The change ended every session, this one too; sign this one in again with the new password.
  await signIn('credentials', { email: viewer.email, password: parsed.data.password, redirectTo: '/account?password=changed' });
  return { status: 'ok' };
}

export async function updateMyProfile(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  // Only name and time zone are read: a posted role, email or id is ignored.
  const parsed = profileSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  getDb().transaction((tx) => {
    updateProfile(tx, viewer, parsed.data);
    logAudit({ actorId: viewer.id, action: 'PROFILE_UPDATED', subjectType: 'user', subjectId: viewer.id, details: parsed.data }, tx);
  });
  revalidatePath('/', 'layout');
  return { status: 'ok', message: 'Profile saved.', values: parsed.data };
}
