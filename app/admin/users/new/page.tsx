import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/admin/forms';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';

export const metadata: Metadata = { title: 'Create an account' };

export default async function NewUserPage() {
  await requireRole('admin');
  return (
    <>
      <PageHeader title="Create an account" lead="The person gets a one-time link to set their own password. You never choose it for them." />
      <div className="max-w-xl">
        <Card>
          <CreateUserForm />
        </Card>
      </div>
    </>
  );
}
