import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound, redirect } from 'next/navigation';
import { findAssignmentToGrade, firstInGraderQueue } from '@/db/queries/grading';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { GRADER_FILTER_LABELS } from '@/lib/grading/vocabulary';
import { parseId } from '@/lib/validation/common';
import { graderFilterParam } from '@/lib/validation/grading';

export const metadata: Metadata = { title: 'Grader' };

/** Opens the grader on the first student (by name) under the filter. */
export default async function GraderStartPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('instructor');
  const id = parseId((await params).id);
  const assignment = id ? findAssignmentToGrade(viewer, id) : null;
  if (!assignment) notFound();
  const filter = graderFilterParam.parse((await searchParams).filter);
  if (assignment.pointsPossible === null) {
    return (
      <>
        <PageHeader title={`Grade: ${assignment.title}`} />
        <p>
          This assignment is not graded yet. <Link href={`/staff/assignments/${assignment.id}/grading`}>Set its points possible</Link> first.
        </p>
      </>
    );
  }
  const first = firstInGraderQueue(assignment, filter);
  if (first) redirect(`/staff/assignments/${assignment.id}/grade/${first}${filter !== 'all' ? `?filter=${filter}` : ''}`);
  return (
    <>
      <PageHeader title={`Grade: ${assignment.title}`} />
      <p>
        No student is {GRADER_FILTER_LABELS[filter].toLowerCase()}. <Link href={`/staff/assignments/${assignment.id}/grade`}>Show everyone</Link>.
      </p>
    </>
  );
}
