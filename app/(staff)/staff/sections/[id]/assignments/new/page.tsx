import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { listReflectionQuestionChoices } from '@/db/queries/questions';
import { findSectionForViewer } from '@/db/queries/sections';
import { AssignmentForm } from '@/components/assignments/AssignmentForm';
import { sectionLabel } from '@/components/layout/SectionList';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { parseId } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'New assignment' };

export default async function NewAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('counsellor', 'instructor');
  const id = parseId((await params).id);
  const section = id ? findSectionForViewer(viewer, id) : null;
  if (!section) notFound();
  const choices = listReflectionQuestionChoices(viewer, section.id);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/staff/sections/${section.id}/assignments`}>Assignments of {sectionLabel(section)}</Link>
      </p>
      <PageHeader title="New assignment" lead="It stays a draft, unseen by students, until you publish it." />
      <AssignmentForm
        target={{ kind: 'create', sectionId: section.id }}
        initial={{ title: '', instructions: '', questionIds: [], dueAt: '', closesAt: '', requiresInterview: true, pointsPossible: '', resubmissionsAllowed: '1' }}
        choices={choices}
        timeZone={section.timeZone}
      />
    </>
  );
}
