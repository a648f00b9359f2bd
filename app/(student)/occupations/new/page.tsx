import type { Metadata } from 'next';
import { OccupationForm } from '@/components/occupations/OccupationForm';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { OCCUPATION_STATUS_OPTIONS } from '@/lib/occupations/vocabulary';

export const metadata: Metadata = { title: 'Add an occupation' };

export default async function NewOccupationPage() {
  await requireRole('student');
  return (
    <>
      <PageHeader title="Add an occupation" lead="Something you think you might like to do. You can add what you still don’t know once it is saved." />
      <div className="max-w-2xl">
        <Card>
          <OccupationForm statusOptions={OCCUPATION_STATUS_OPTIONS} />
        </Card>
      </div>
    </>
  );
}
