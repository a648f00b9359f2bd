import type { TwoStepStatus } from '@/lib/auth/two-step-status';
import { ConfirmTwoStepSetup, StartTwoStepSetup, TurnOffTwoStep } from './TwoStepForms';

/** Two-step sign-in on the account page: set it up, or see that it is on (and turn it off where allowed). */
export function TwoStepPanel({ status }: { status: TwoStepStatus }) {
  if (status.state === 'off') {
    return (
      <div className="space-y-3">
        <p className="text-sm text-stone-700">Off. With it on, signing in asks for a code from an app on your phone as well as your password.</p>
        <StartTwoStepSetup />
      </div>
    );
  }
  if (status.state === 'setting-up') return <ConfirmTwoStepSetup qrSvg={status.qrSvg} secret={status.secret} continueTo="/account" />;
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-800">
        On since {status.since}. {status.recoveryCodesLeft} unused recovery code{status.recoveryCodesLeft === 1 ? '' : 's'} left.
      </p>
      {status.mustKeep ? <p className="text-sm text-stone-700">Admins must keep two-step sign-in on.</p> : <TurnOffTwoStep />}
    </div>
  );
}
