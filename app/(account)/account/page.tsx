import type { Metadata } from 'next';
import { ChangePasswordForm, ProfileForm } from '@/components/auth/AccountForms';
import { ReminderForm } from '@/components/reminders/ReminderForms';
import { findReminderPreferences } from '@/db/queries/reminders';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { signOutEverywhere } from '@/lib/auth/actions';
import { requireUser } from '@/lib/authz';
import { mailSetup } from '@/lib/mail/config';
import { timeZoneOptions } from '@/lib/validation/profile';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireUser();
  const { password } = await searchParams;
  return (
    <>
      <PageHeader title="Your account" lead={`${viewer.email} · ${viewer.role}`} />
      {password === 'changed' ? (
        <p role="status" className="mb-6 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
          Password changed. Any other device you were signed in on has been signed out.
        </p>
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Profile">
          <ProfileForm name={viewer.name} timeZone={viewer.timeZone} zones={timeZoneOptions()} />
        </Card>
        <Card title="Password">
          <ChangePasswordForm email={viewer.email} />
        </Card>
        {viewer.role === 'student' ? (
          <div id="reminders" className="scroll-mt-4">
            <Card title="Reminder e-mails">
              {mailSetup().status !== 'on' ? (
                <p className="mb-3 text-sm text-stone-700">This server does not send e-mail yet; your choices are kept for when it does.</p>
              ) : null}
              <ReminderForm choices={findReminderPreferences(viewer)} />
            </Card>
          </div>
        ) : null}
        <Card title="Sessions">
          <p className="mb-3 text-sm text-stone-700">Sessions end 8 hours after you sign in. Sign out of every browser and device at once:</p>
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
