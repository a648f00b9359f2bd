import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/SignInForm';
import { Notice } from '@/components/ui/Button';
import { ssoMessage } from '@/lib/auth/messages';
import { oidcSetup, passwordSignInEnabled } from '@/lib/auth/oidc';
import { getViewer, homePathFor } from '@/lib/authz';
import { prefilledEmail } from '@/lib/validation/auth';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (viewer) redirect(homePathFor(viewer.role));
  const { password, email, sso, error } = await searchParams;
  const oidc = oidcSetup();
  const passwords = passwordSignInEnabled();
  // next-auth sends failures it handles itself (a tampered state, a provider error) as ?error=.
  const refusal = oidc ? ssoMessage(typeof sso === 'string' ? sso : error ? 'failed' : undefined, oidc.name) : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Sign in</h1>
        <p className="mt-1 text-stone-700">Plan, run and reflect on your information interviews.</p>
      </div>
      {password === 'set' ? (
        <Notice tone="success" role="status">
          Your password is set. Sign in with it now.
        </Notice>
      ) : null}
      {refusal ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {refusal}
        </p>
      ) : null}
      {oidc ? (
        <div className="rounded-lg border border-stone-300 bg-white p-6 shadow-sm">
          {/* A plain link: the route starts the flow; no prefetching. */}
          <a
            href="/sign-in/sso"
            className="flex w-full items-center justify-center rounded-md bg-emerald-800 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-emerald-900"
          >
            Sign in with {oidc.name}
          </a>
        </div>
      ) : null}
      {oidc && passwords ? <p className="text-center text-sm text-stone-700">or with your e-mail and password</p> : null}
      {passwords ? (
        <div className="rounded-lg border border-stone-300 bg-white p-6 shadow-sm">
          <SignInForm email={prefilledEmail(email)} />
        </div>
      ) : null}
      {passwords ? <p className="text-sm text-stone-700">Forgotten your password? Ask the career centre for a new sign-in link.</p> : null}
    </div>
  );
}
