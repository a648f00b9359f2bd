import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/SignInForm';
import { Notice } from '@/components/ui/Button';
import { getViewer, homePathFor } from '@/lib/authz';
import { prefilledEmail } from '@/lib/validation/auth';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (viewer) redirect(homePathFor(viewer.role));
  const { password, email } = await searchParams;
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
      <div className="rounded-lg border border-stone-300 bg-white p-6 shadow-sm">
        <SignInForm email={prefilledEmail(email)} />
      </div>
      <p className="text-sm text-stone-700">Forgotten your password? Ask the career centre for a new sign-in link.</p>
    </div>
  );
}
