import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { ButtonLink } from '@/components/ui/Button';
import { adminOverview } from '@/db/queries/admin';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { mailSetup } from '@/lib/mail/config';
import { ROLE_LABELS, ROLES } from '@/lib/accounts/vocabulary';
import { formatCount } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminHome() {
  const viewer = await requireRole('admin');
  const o = adminOverview(viewer);
  return (
    <>
      <PageHeader title="Admin" lead="Accounts, sections and who is in them." />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <Card title="Accounts">
          <dl className="grid grid-cols-2 gap-2 text-sm">
            {ROLES.map((r) => (
              <div key={r} className="contents">
                <dt className="capitalize text-stone-700">{ROLE_LABELS[r]}s</dt>
                <dd className="font-semibold">{formatCount(o.usersByRole[r] ?? 0)}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-4 flex flex-wrap gap-2">
            <ButtonLink href="/admin/users" size="sm">
              All users
            </ButtonLink>
            <ButtonLink href="/admin/users/new" size="sm">
              Create an account
            </ButtonLink>
          </p>
        </Card>
        <Card title="Sections">
          <p className="text-sm">
            <span className="font-semibold">{formatCount(o.sections)}</span> {o.sections === 1 ? 'section' : 'sections'}.
          </p>
          <p className="mt-4 flex flex-wrap gap-2">
            <ButtonLink href="/admin/sections" size="sm">
              All sections
            </ButtonLink>
            <ButtonLink href="/admin/sections/new" size="sm">
              Create a section
            </ButtonLink>
          </p>
        </Card>
        <Card title="Mail">
          <p className="text-sm">
            <span className="font-semibold">{formatCount(o.unsentMail)}</span> waiting to be sent
            {o.failedMail ? (
              <>
                , <span className="font-semibold text-red-800">{formatCount(o.failedMail)} failed</span>
              </>
            ) : null}
            .{mailSetup().status === 'on' ? '' : ' Sending by SMTP is not configured.'}
          </p>
          <p className="mt-4 flex gap-4">
            <Link href="/admin/outbox">Outbox</Link>
            <Link href="/admin/settings">Sign-in settings</Link>
          </p>
        </Card>
      </div>
    </>
  );
}
