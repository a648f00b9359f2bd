import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SecondStepForm } from '@/components/auth/TwoStepForms';
import { ConfirmTwoStepSetup, StartTwoStepSetup } from '@/components/auth/TwoStepForms';
import { signOutNow } from '@/lib/auth/actions';
import { twoStepStatus } from '@/lib/auth/two-step-status';
import { getSessionState, homePathFor } from '@/lib/authz';

export const metadata: Metadata = { title: 'Two-step sign-in' };

/** The second step of a password sign-in: a code, or (an admin of a deployment) setting up the app first. */
export default async function TwoStepPage() {
  const state = await getSessionState();
  if (state.kind === 'signed-in') redirect(homePathFor(state.viewer.role));
  if (state.kind === 'none') redirect('/sign-in');
  const setup = state.step === 'enrol' ? await twoStepStatus(state.user) : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{state.step === 'totp' ? 'Enter your code' : 'Set up two-step sign-in'}</h1>
        <p className="mt-1 text-stone-700">
          {state.step === 'totp'
            ? `Signing in as ${state.user.email}. Open your authenticator app for the code.`
            : `Admins sign in with a code from an app on their phone as well as a password. Set it up now to continue as ${state.user.email}.`}
        </p>
      </div>
      <div className="rounded-lg border border-stone-300 bg-white p-6 shadow-sm">
        {state.step === 'totp' ? (
          <SecondStepForm />
        ) : setup?.state === 'setting-up' ? (
          <ConfirmTwoStepSetup qrSvg={setup.qrSvg} secret={setup.secret} continueTo={homePathFor(state.user.role)} />
        ) : (
          <StartTwoStepSetup />
        )}
      </div>
      <form action={signOutNow}>
        <button type="submit" className="text-sm font-semibold text-stone-800 underline">
          Cancel and sign out
        </button>
      </form>
      {state.step === 'totp' ? <p className="text-sm text-stone-700">Lost your phone and your recovery codes? Ask the career centre to reset your two-step sign-in.</p> : null}
    </div>
  );
}
