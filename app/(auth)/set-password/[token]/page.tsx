import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { findValidPasswordToken } from '@/db/queries/tokens';
import { SetPasswordForm } from '@/components/auth/SetPasswordForm';
import { now } from '@/lib/clock';

export const metadata: Metadata = { title: 'Set your password', referrer: 'no-referrer' };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const found = token.length <= 100 ? findValidPasswordToken(token, now()) : null;
  if (!found) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">This link no longer works</h1>
        <p className="text-stone-700">It has expired or has already been used. Ask the career centre for a new one.</p>
        <p>
          <Link href="/sign-in">Go to sign in</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Set your password</h1>
        <p className="mt-1 text-stone-700">
          For {found.name} ({found.email}).
        </p>
      </div>
      <div className="rounded-lg border border-stone-300 bg-white p-6 shadow-sm">
        <SetPasswordForm token={token} email={found.email} />
      </div>
    </div>
  );
}
