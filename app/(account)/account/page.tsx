import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { listSectionsForViewer } from '@/db/queries/sections';
import { countOpenSessions } from '@/db/queries/sessions';
import { findOwnProfile } from '@/db/queries/users';
import { ChangePasswordForm, ProfileForm } from '@/components/auth/AccountForms';
import { TwoStepPanel } from '@/components/auth/TwoStepCard';
import { SectionList } from '@/components/layout/SectionList';
import { controlClass } from '@/components/ui/controls';
import { ReminderForm } from '@/components/reminders/ReminderForms';
import { findReminderPreferences } from '@/db/queries/reminders';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { signOutEverywhere } from '@/lib/auth/actions';
import { mayUseTwoStep } from '@/lib/auth/two-step';
import { twoStepStatus } from '@/lib/auth/two-step-status';
import { requireUser } from '@/lib/authz';
import { mailSetup } from '@/lib/mail/config';
import { timeZoneOptions } from '@/lib/validation/profile';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const viewer = await requireUser();
  const profile = findOwnProfile(viewer);
  if (!profile) notFound();
  const sessions = countOpenSessions(viewer.id, new Date());
  // Admins run every section and belong to none; everyone else sees the sections they are in.
  const sections = viewer.role === 'admin' ? null : listSectionsForViewer(viewer);
  const staff = viewer.role === 'counsellor' || viewer.role === 'instructor';
  return (
    <>
      <PageHeader title="Your account" lead={`${viewer.email} · ${viewer.role}`} />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
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
        <Card title="Your sections">
          {sections === null ? (
            <p className="text-sm text-stone-700">
              As an admin you belong to no section; you manage <Link href="/admin/sections">all of them</Link>.
            </p>
          ) : sections.items.length ? (
            <>
              <SectionList sections={sections.items} hrefFor={staff ? (id) => `/staff/sections/${id}` : undefined} showCounts={staff} />
              {sections.total > sections.items.length ? (
                <p className="mt-2 text-sm text-stone-700">
                  The first {sections.items.length} of {sections.total}: <Link href="/staff">all your sections</Link>.
                </p>
              ) : null}
            </>
          ) : (
            <p className="text-sm text-stone-700">
              {staff ? 'You do not staff any section yet. An admin adds you to one.' : 'You are not in a section yet. Your instructor or the career centre adds you.'}
            </p>
          )}
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
          <p className="mb-3 text-sm text-stone-700">
            You are signed in on {sessions === 1 ? 'this browser only' : `${sessions} browsers or devices, this one included`}. Sessions end 8 hours after you sign in. Sign out of every browser and device at once:
          </p>
          <form action={signOutEverywhere}>
            <button type="submit" className={controlClass('secondary')}>
              Sign out everywhere
            </button>
          </form>
        </Card>
      </div>
    </>
  );
}
