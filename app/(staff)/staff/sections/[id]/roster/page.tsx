import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { findSectionToGrade } from '@/db/queries/grading';
import { RosterImport } from '@/components/grading/RosterImport';
import { sectionLabel } from '@/lib/sections/label';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { importRosterBatch, previewRoster } from '@/lib/grading/actions';
import { parseId } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Import roster' };

/** A section's instructors add its students from the registrar's CSV: preview, then import. */
export default async function RosterPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('instructor');
  const id = parseId((await params).id);
  const section = id ? findSectionToGrade(viewer, id) : null;
  if (!section) notFound();
  return (
    <>
      <PageHeader
        title={`Import roster: ${sectionLabel(section)}`}
        lead={
          <>
            A CSV with a header row naming the columns name, e-mail and student number. Nothing changes until you import; importing the same file again changes nothing. New accounts get a
            link to set their password. <Link href={`/staff/sections/${section.id}`}>Back to the section</Link>.
          </>
        }
      />
      <RosterImport preview={previewRoster.bind(null, section.id)} importBatch={importRosterBatch.bind(null, section.id)} />
    </>
  );
}
