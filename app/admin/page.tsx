import type { Metadata } from 'next';
import Link from 'next/link';
import { adminOverview } from '@/db/queries/admin';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { ROLE_LABELS, ROLES } from '@/lib/accounts/vocabulary';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminHome() {
  const viewer = await requireRole('admin');
  const o = adminOverview(viewer);
  return (
    <>
      <PageHeader title="Admin" lead="Accounts, sections and who is in them." />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Accounts">
          <dl className="grid grid-cols-2 gap-2 text-sm">
            {ROLES.map((r) => (
              <div key={r} className="contents">
                <dt className="capitalize text-stone-700">{ROLE_LABELS[r]}s</dt>
                <dd className="font-semibold">{o.usersByRole[r] ?? 0}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-4 flex gap-4">
            <Link href="/admin/users">All users</Link>
            <Link href="/admin/users/new">Create an account</Link>
          </p>
        </Card>
        <Card title="Sections">
          <p className="text-sm">
            <span className="font-semibold">{o.sections}</span> sections.
          </p>
          <p className="mt-4 flex gap-4">
            <Link href="/admin/sections">All sections</Link>
            <Link href="/admin/sections/new">Create a section</Link>
          </p>
          <p className="mt-4 text-sm text-stone-700">{o.unsentMail} e-mails wait in the outbox (sending by SMTP is not configured).</p>
        </Card>
      </div>
    </>
  );
}
