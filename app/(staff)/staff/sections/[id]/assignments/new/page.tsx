import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { listReflectionQuestionChoices } from '@/db/queries/questions';
import { AssignmentForm } from '@/components/assignments/AssignmentForm';
import { sectionLabel } from '@/lib/sections/label';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireStaffedSection } from '@/lib/authz';

export const metadata: Metadata = { title: 'New assignment' };

export default async function NewAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { viewer, section } = await requireStaffedSection(params);
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
