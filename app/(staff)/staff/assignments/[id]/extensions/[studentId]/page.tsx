import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { findAssignmentForViewer, findExtensionForViewer } from '@/db/queries/assignments';
import { ExtensionForms } from '@/components/assignments/StaffAssignmentActions';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { formatDateTime, toLocalInputValue } from '@/lib/time';
import { parseId } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Extension' };

export default async function ExtensionPage({ params }: { params: Promise<{ id: string; studentId: string }> }) {
  const viewer = await requireRole('counsellor', 'instructor');
  const p = await params;
  const id = parseId(p.id);
  const studentId = parseId(p.studentId);
  const assignment = id ? findAssignmentForViewer(viewer, id) : null;
  const extension = assignment && studentId ? findExtensionForViewer(viewer, assignment.id, studentId) : null;
  if (!assignment || !extension) notFound();
  const zone = assignment.section.timeZone;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/staff/assignments/${assignment.id}`}>{assignment.title}</Link>
      </p>
      <PageHeader
        title={`Extension for ${extension.studentName}`}
        lead={
          extension.dueAt
            ? `Due ${formatDateTime(extension.dueAt, zone)} instead of ${formatDateTime(assignment.dueAt, zone)}${extension.grantedByName ? ` (given by ${extension.grantedByName})` : ''}`
            : `Give ${extension.studentName} a later due date of their own. Everyone else is due ${formatDateTime(assignment.dueAt, zone)}`
        }
      />
      <ExtensionForms
        assignmentId={assignment.id}
        studentId={extension.studentId}
        initialDueAt={toLocalInputValue(extension.dueAt ?? assignment.dueAt, zone)}
        initialReason={extension.reason ?? ''}
        hasExtension={extension.dueAt !== null}
        timeZone={zone}
      />
    </>
  );
}
