import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findOccupationForViewer } from '@/db/queries/occupations';
import { OccupationForm } from '@/components/occupations/OccupationForm';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { parseId } from '@/lib/validation/common';
import { OCCUPATION_STATUS_OPTIONS } from '@/lib/occupations/vocabulary';

export const metadata: Metadata = { title: 'Edit occupation' };

export default async function EditOccupationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('student');
  const id = parseId((await params).id);
  const occupation = id ? findOccupationForViewer(viewer, id) : null;
  if (!occupation) notFound();
  return (
    <>
      <PageHeader title={`Edit ${occupation.title}`} />
      <div className="max-w-2xl">
        <Card>
          <OccupationForm
            occupation={{
              id: occupation.id,
              title: occupation.title,
              whyInterested: occupation.whyInterested,
              researchNotes: occupation.researchNotes,
              sources: occupation.sources,
              status: occupation.status,
            }}
            statusOptions={OCCUPATION_STATUS_OPTIONS} />
        </Card>
      </div>
    </>
  );
}
