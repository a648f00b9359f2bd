import type { Metadata } from 'next';
import { SectionForm } from '@/components/admin/forms';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';

export const metadata: Metadata = { title: 'Create a section' };

export default async function NewSectionPage() {
  await requireRole('admin');
  return (
    <>
      <PageHeader title="Create a section" />
      <div className="max-w-xl">
        <Card>
          <SectionForm />
        </Card>
      </div>
    </>
  );
}
