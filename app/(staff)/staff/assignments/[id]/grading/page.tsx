import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { assignmentHasGrades, findAssignmentToGrade, findRubricOfAssignment, listRubricsOf } from '@/db/queries/grading';
import { GradingSettingsForm } from '@/components/grading/GradingSettingsForm';
import { sectionLabel } from '@/lib/sections/label';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { saveGradingSettings } from '@/lib/grading/actions';
import { rubricMaxPoints } from '@/lib/grading/scoring';
import { parseId } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Grading settings' };

/** Points possible, rubric, late policy and extra credit of one assignment (its instructors only). */
export default async function GradingSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('instructor');
  const id = parseId((await params).id);
  const assignment = id ? findAssignmentToGrade(viewer, id) : null;
  if (!assignment) notFound();
  const own = listRubricsOf(viewer);
  const attached = findRubricOfAssignment(viewer, assignment);
  const options = own.map((r) => ({ value: String(r.id), label: r.title }));
  if (attached && !own.some((r) => r.id === attached.id)) options.unshift({ value: String(attached.id), label: attached.title });
  const locked = !!attached && assignmentHasGrades(assignment.id);
  return (
    <>
      <PageHeader
        title={`Grading: ${assignment.title}`}
        lead={
          <>
            {sectionLabel(assignment.section)} · <Link href={`/staff/sections/${assignment.sectionId}/gradebook`}>Gradebook</Link>
            {assignment.pointsPossible !== null ? (
              <>
                {' '}
                · <Link href={`/staff/assignments/${assignment.id}/grade`}>Open the grader</Link>
              </>
            ) : null}
          </>
        }
      />
      {attached ? <p className="mb-4 text-sm text-stone-700">The attached rubric, “{attached.title}”, gives at most {rubricMaxPoints(attached.criteria)} points.</p> : null}
      {!own.length && !attached ? (
        <p className="mb-4 text-sm text-stone-700">
          You have no rubrics yet: <Link href="/staff/rubrics/new">make one</Link>, or grade by typing points.
        </p>
      ) : null}
      <div className="max-w-xl">
        <GradingSettingsForm
          action={saveGradingSettings.bind(null, assignment.id)}
          rubrics={options}
          rubricLocked={locked}
          values={{
            version: assignment.version,
            pointsPossible: assignment.pointsPossible === null ? '' : String(assignment.pointsPossible),
            rubricId: assignment.rubricId === null ? '' : String(assignment.rubricId),
            latePenaltyPerDay: assignment.latePenaltyPerDay === null ? '' : String(assignment.latePenaltyPerDay),
            latePenaltyFloor: assignment.latePenaltyFloor === null ? '' : String(assignment.latePenaltyFloor),
            allowExtraCredit: assignment.allowExtraCredit,
          }}
        />
      </div>
    </>
  );
}
