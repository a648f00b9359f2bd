import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { findOwnStaffQuestion } from '@/db/queries/questions';
import { EditQuestionForm } from '@/components/questions/StaffQuestionForms';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { parseId } from '@/lib/validation/common';
import { plural } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Edit question' };

export default async function EditQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('counsellor', 'instructor');
  const id = parseId((await params).id);
  const question = id ? findOwnStaffQuestion(viewer, id) : null;
  if (!question) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/staff/questions?bank=${question.bank}`}>Question bank</Link>
      </p>
      <PageHeader
        title="Edit your question"
        lead={question.usedInAssignments ? `Asked in ${plural(question.usedInAssignments, 'assignment')}: work already submitted keeps the wording it was answered under.` : undefined}
      />
      <EditQuestionForm id={question.id} bank={question.bank} loadedAt={question.updatedAt?.getTime() ?? 0} text={question.text} category={question.category} />
    </>
  );
}
