'use client';

import Link from '@/components/ui/Link';
import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { controlClass, noticeClass } from '@/components/ui/controls';
import { initialActionState } from '@/lib/forms';
import { confirmTwoStepSetup, startTwoStepSetup, turnOffTwoStep, verifySecondStep } from '@/lib/auth/two-step-actions';

const CODE_HINT = 'The six digits your authenticator app shows now.';

/** The second step of signing in: a code from the app, or a recovery code. */
export function SecondStepForm() {
  const [state, action] = useActionState(verifySecondStep, initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <Field
        label="Code"
        name="code"
        inputMode="text"
        autoComplete="one-time-code"
        required
        maxLength={40}
        hint="The six digits your authenticator app shows now, or one of your recovery codes."
        errors={state.fieldErrors?.code}
      />
      <SubmitButton pendingText="Checking…">Continue</SubmitButton>
    </ActionForm>
  );
}

export function StartTwoStepSetup() {
  const [state, action] = useActionState(startTwoStepSetup, initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <SubmitButton pendingText="Preparing…">Set up two-step sign-in</SubmitButton>
    </ActionForm>
  );
}

/**
 * Scan (or type) the secret, then confirm with a first code. On success the recovery codes are
 * shown here once; the page is not refreshed under them, so they stay until the person moves on.
 */
export function ConfirmTwoStepSetup({ qrSvg, secret, continueTo }: { qrSvg: string; secret: string; continueTo: string }) {
  const [state, action] = useActionState(confirmTwoStepSetup, initialActionState);
  if (state.status === 'ok' && state.recoveryCodes) {
    return (
      <div className="space-y-4">
        <p role="status" className={noticeClass('success')}>
          {state.message}
        </p>
        <ol aria-label="Recovery codes" className="grid gap-1 rounded-md border border-stone-300 bg-stone-50 p-3 font-mono text-sm sm:grid-cols-2">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <Link href={continueTo} className={controlClass('primary')}>
          I have kept my recovery codes
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-1 pl-5 text-sm text-stone-800">
        <li>Open an authenticator app on your phone (Google Authenticator, Microsoft Authenticator, 1Password…).</li>
        <li>Scan this code, or type the key below it.</li>
        <li>Enter the six digits the app shows.</li>
      </ol>
      {/* An SVG the qrcode library drew from the otpauth:// address: squares only, no script. */}
      <div role="img" aria-label="QR code for your authenticator app" className="w-48 max-w-full bg-white p-2" dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <p className="text-sm text-stone-800">
        Key: <code className="break-all font-mono">{secret}</code>
      </p>
      <ActionForm action={action} state={state}>
        <Field label="Code from the app" name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={10} hint={CODE_HINT} errors={state.fieldErrors?.code} />
        <SubmitButton pendingText="Checking…">Turn on two-step sign-in</SubmitButton>
      </ActionForm>
    </div>
  );
}

export function TurnOffTwoStep() {
  const [state, action] = useActionState(turnOffTwoStep, initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <Field label="Code from the app" name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={10} hint={CODE_HINT} errors={state.fieldErrors?.code} />
      <SubmitButton variant="secondary" pendingText="Turning off…">
        Turn off two-step sign-in
      </SubmitButton>
    </ActionForm>
  );
}
