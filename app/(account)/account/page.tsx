import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { countOpenSessions } from '@/db/queries/sessions';
import { findOwnProfile } from '@/db/queries/users';
import { ChangePasswordForm, ProfileForm } from '@/components/auth/AccountForms';
import { TwoStepPanel } from '@/components/auth/TwoStepCard';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { signOutEverywhere } from '@/lib/auth/actions';
import { mayUseTwoStep } from '@/lib/auth/two-step';
import { twoStepStatus } from '@/lib/auth/two-step-status';
import { requireUser } from '@/lib/authz';
import { timeZoneOptions } from '@/lib/validation/profile';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const viewer = await requireUser();
  const profile = findOwnProfile(viewer);
  if (!profile) notFound();
  const sessions = countOpenSessions(viewer.id, new Date());
  return (
    <>
      <PageHeader title="Your account" lead={`${viewer.email} · ${viewer.role}`} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Profile">
          <ProfileForm profile={profile} zones={timeZoneOptions()} student={viewer.role === 'student'} />
        </Card>
        <Card title="Password">
          <ChangePasswordForm email={viewer.email} />
        </Card>
        {mayUseTwoStep(viewer.role) ? (
          <Card title="Two-step sign-in">
            <TwoStepPanel status={await twoStepStatus(viewer)} />
          </Card>
        ) : null}
        <Card title="Sessions">
          <p className="mb-3 text-sm text-stone-700">
            You are signed in on {sessions === 1 ? 'this browser only' : `${sessions} browsers or devices, this one included`}. Sessions end 8 hours after you sign in. Sign out of every browser and device at once:
          </p>
          <form action={signOutEverywhere}>
            <button type="submit" className="rounded-md border border-stone-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-100">
              Sign out everywhere
            </button>
          </form>
        </Card>
      </div>
    </>
  );
}
