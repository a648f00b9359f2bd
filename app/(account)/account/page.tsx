import type { Metadata } from 'next';
import Link from 'next/link';
import { listSectionsForViewer } from '@/db/queries/sections';
import { ChangePasswordForm, ProfileForm } from '@/components/auth/AccountForms';
import { SectionList } from '@/components/layout/SectionList';
import { Notice } from '@/components/ui/Button';
import { controlClass } from '@/components/ui/controls';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { signOutEverywhere } from '@/lib/auth/actions';
import { requireUser } from '@/lib/authz';
import { timeZoneOptions } from '@/lib/validation/profile';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireUser();
  const { password } = await searchParams;
  // Admins run every section and belong to none; everyone else sees the sections they are in.
  const sections = viewer.role === 'admin' ? null : listSectionsForViewer(viewer);
  const staff = viewer.role === 'counsellor' || viewer.role === 'instructor';
  return (
    <>
      <PageHeader title="Your account" lead={`${viewer.email} · ${viewer.role}`} />
      {password === 'changed' ? (
        <Notice tone="success" role="status" className="mb-6">
          Password changed. Any other device you were signed in on has been signed out.
        </Notice>
      ) : null}
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <Card title="Profile">
          <ProfileForm name={viewer.name} timeZone={viewer.timeZone} zones={timeZoneOptions()} />
        </Card>
        <Card title="Password">
          <ChangePasswordForm email={viewer.email} />
        </Card>
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
        <Card title="Sessions">
          <p className="mb-3 text-sm text-stone-700">Sessions end 8 hours after you sign in. Sign out of every browser and device at once:</p>
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
