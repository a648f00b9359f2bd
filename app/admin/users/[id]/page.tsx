import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findUserForAdmin } from '@/db/queries/users';
import { ActiveToggle, ChangeRoleForm, PasswordLinkButton } from '@/components/admin/forms';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { parseId } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Account' };

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('admin');
  const id = parseId((await params).id);
  const user = id ? findUserForAdmin(viewer, id) : null;
  if (!user) notFound();
  return (
    <>
      <PageHeader title={user.name} lead={`${user.email} · ${user.role} · ${!user.active ? 'deactivated' : user.hasPassword ? 'active' : 'invited, no password yet'}`} />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <Card title="Role">
          <ChangeRoleForm userId={user.id} role={user.role} />
        </Card>
        <Card title={user.active ? 'Deactivate' : 'Reactivate'}>
          <p className="mb-3 text-sm text-stone-700">
            {user.active
              ? 'A deactivated person cannot sign in, and any session they have open ends on their next page load. Their records are kept.'
              : 'This account is deactivated. Reactivating lets the person sign in again.'}
          </p>
          {user.id === viewer.id ? <p className="text-sm">This is your own account.</p> : <ActiveToggle userId={user.id} active={user.active} name={user.name} />}
        </Card>
        <Card title="Password">
          <p className="mb-3 text-sm text-stone-700">Make a one-time link for the person to set a password. Earlier links stop working.</p>
          <PasswordLinkButton userId={user.id} hasPassword={user.hasPassword} />
        </Card>
      </div>
    </>
  );
}
