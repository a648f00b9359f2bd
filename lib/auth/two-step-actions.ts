'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { completeSecondStep } from '@/db/queries/sessions';
import { beginTotpEnrolment, findTotpFactor, removeTwoStep, replaceRecoveryCodes, useRecoveryCode, useTotpStep } from '@/db/queries/two-step';
import { formArg } from '@/lib/action-args';
import { getSessionState, homePathFor, type Viewer } from '@/lib/authz';
import { now } from '@/lib/clock';
import { failed, formObject, invalid, type ActionState } from '@/lib/forms';
import { throttledMessage } from './messages';
import { claimAttempt, forgive, secondStepKey, SECOND_STEP_POLICY } from './throttle';
import {
  adminsMustEnrol,
  decryptSecret,
  encryptSecret,
  hashRecoveryCode,
  mayUseTwoStep,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  totpStep,
} from './two-step';

const codeSchema = z.object({
  code: z
    .string({ error: 'Enter the code.' })
    .trim()
    .min(1, { error: 'Enter the code.' })
    .max(40, { error: 'That is not a code from your app or a recovery code.' }),
});

const WRONG_CODE = 'That code did not work. Check the time on your phone is right, and use the newest code.';

/** Who may set up an authenticator now: staff and admins who are signed in, or an admin whose sign-in waits for it. */
async function enrollingPerson(): Promise<{ person: Viewer; sessionId: string; pending: boolean } | null> {
  const state = await getSessionState();
  if (state.kind === 'signed-in' && mayUseTwoStep(state.viewer.role)) return { person: state.viewer, sessionId: state.sessionId, pending: false };
  if (state.kind === 'pending' && state.step === 'enrol') return { person: state.user, sessionId: state.sessionId, pending: true };
  return null;
}

/**
 * Checks a six-digit code against the person's authenticator (each code once), counted first
 * against the two-step limit. `confirming` accepts the authenticator being set up.
 */
function checkTotp(userId: number, code: string, at: Date, confirming: boolean): { ok: true } | { ok: false; message: string } {
  const key = secondStepKey(userId);
  const claim = claimAttempt([{ key, policy: SECOND_STEP_POLICY }], at);
  if (!claim.ok) return { ok: false, message: throttledMessage(Math.ceil(claim.retryAfterMs / 1000)) };
  const factor = findTotpFactor(userId);
  const usable = factor && (confirming ? !factor.confirmedAt : !!factor.confirmedAt);
  const step = usable ? totpStep(decryptSecret(factor.secret), code, at) : null;
  const used = step !== null && getDb().transaction((tx) => useTotpStep(tx, userId, step, confirming ? at : undefined));
  if (!used) {
    logAudit({ actorId: userId, action: 'TWO_STEP_CODE_FAILED', subjectType: 'user', subjectId: userId, details: { confirming } });
    return { ok: false, message: claim.waitIfWrong > 0 ? `${WRONG_CODE} ${throttledMessage(Math.ceil(claim.waitIfWrong / 1000))}` : WRONG_CODE };
  }
  forgive(key);
  return { ok: true };
}

/** The second step of a sign-in: a code from the authenticator app, or one of the recovery codes. */
export async function verifySecondStep(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await getSessionState();
  if (state.kind !== 'pending' || state.step !== 'totp') redirect(state.kind === 'signed-in' ? homePathFor(state.viewer.role) : '/sign-in');
  const posted = formArg(form);
  const parsed = codeSchema.safeParse(formObject(posted));
  if (!parsed.success) return invalid(parsed.error, posted);
  const at = now();
  const userId = state.user.id;
  const digits = parsed.data.code.replace(/\s/g, '');
  if (/^\d{6}$/.test(digits)) {
    const checked = checkTotp(userId, digits, at, false);
    if (!checked.ok) return failed('Please correct the fields marked below.', posted, { code: [checked.message] });
    getDb().transaction((tx) => {
      completeSecondStep(tx, state.sessionId, 'totp');
      logAudit({ actorId: userId, action: 'SIGN_IN_SECOND_STEP', subjectType: 'user', subjectId: userId, details: { factor: 'totp' } }, tx);
    });
  } else {
    const key = secondStepKey(userId);
    const claim = claimAttempt([{ key, policy: SECOND_STEP_POLICY }], at);
    if (!claim.ok) return failed('Please correct the fields marked below.', posted, { code: [throttledMessage(Math.ceil(claim.retryAfterMs / 1000))] });
    const normalised = normaliseRecoveryCode(parsed.data.code);
    const used =
      normalised !== null &&
      getDb().transaction((tx) => {
        if (!useRecoveryCode(tx, userId, hashRecoveryCode(normalised), at)) return false;
        completeSecondStep(tx, state.sessionId, 'recovery-code');
        logAudit({ actorId: userId, action: 'SIGN_IN_SECOND_STEP', subjectType: 'user', subjectId: userId, details: { factor: 'recovery-code' } }, tx);
        return true;
      });
    if (!used) {
      logAudit({ actorId: userId, action: 'TWO_STEP_CODE_FAILED', subjectType: 'user', subjectId: userId, details: { recoveryCode: true } });
      return failed('Please correct the fields marked below.', posted, { code: ['That is not a code from your app or one of your unused recovery codes.'] });
    }
    forgive(key);
  }
  redirect(homePathFor(state.user.role));
}

/** Makes a new secret for the authenticator app (shown as a QR code until a code from it is confirmed). */
export async function startTwoStepSetup(_prev: ActionState): Promise<ActionState> {
  const who = await enrollingPerson();
  if (!who) redirect('/sign-in');
  const started = getDb().transaction((tx) => beginTotpEnrolment(tx, who.person.id, encryptSecret(newTotpSecret())));
  if (!started) return failed('Two-step sign-in is already on.');
  revalidatePath(who.pending ? '/sign-in/two-step' : '/account');
  return { status: 'ok', message: 'Scan the code with your authenticator app, then enter the six digits it shows.' };
}

/** Turns two-step sign-in on once the app's first code checks out, and shows the recovery codes once. */
export async function confirmTwoStepSetup(_prev: ActionState, form: FormData): Promise<ActionState> {
  const who = await enrollingPerson();
  if (!who) redirect('/sign-in');
  const posted = formArg(form);
  const parsed = codeSchema.safeParse(formObject(posted));
  if (!parsed.success) return invalid(parsed.error, posted);
  const at = now();
  const checked = checkTotp(who.person.id, parsed.data.code.replace(/\s/g, ''), at, true);
  if (!checked.ok) return failed('Please correct the fields marked below.', posted, { code: [checked.message] });
  const codes = newRecoveryCodes();
  getDb().transaction((tx) => {
    replaceRecoveryCodes(
      tx,
      who.person.id,
      codes.map((c) => hashRecoveryCode(normaliseRecoveryCode(c)!)),
    );
    if (who.pending) completeSecondStep(tx, who.sessionId, 'totp');
    logAudit({ actorId: who.person.id, action: 'TWO_STEP_ENABLED', subjectType: 'user', subjectId: who.person.id }, tx);
  });
  // No revalidate: the page would redraw as "on" and drop the codes shown once. "I have kept my
  // recovery codes" goes on to a fresh page.
  return {
    status: 'ok',
    message: 'Two-step sign-in is on. Keep these recovery codes somewhere safe: each one signs you in once if your phone is not with you. They are not shown again.',
    recoveryCodes: codes,
  };
}

/** Turns two-step sign-in off, with a current code; not for admins of a deployment, who must keep it. */
export async function turnOffTwoStep(_prev: ActionState, form: FormData): Promise<ActionState> {
  const who = await enrollingPerson();
  if (!who || who.pending) redirect('/sign-in');
  const posted = formArg(form);
  if (who.person.role === 'admin' && adminsMustEnrol()) return failed('Admins must keep two-step sign-in on.');
  const parsed = codeSchema.safeParse(formObject(posted));
  if (!parsed.success) return invalid(parsed.error, posted);
  const checked = checkTotp(who.person.id, parsed.data.code.replace(/\s/g, ''), now(), false);
  if (!checked.ok) return failed('Please correct the fields marked below.', posted, { code: [checked.message] });
  getDb().transaction((tx) => {
    removeTwoStep(tx, who.person.id);
    logAudit({ actorId: who.person.id, action: 'TWO_STEP_DISABLED', subjectType: 'user', subjectId: who.person.id }, tx);
  });
  revalidatePath('/account');
  return { status: 'ok', message: 'Two-step sign-in is off.' };
}
