import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findOwnRubric } from '@/db/queries/grading';
import { RubricEditor } from '@/components/grading/RubricEditor';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { saveRubric } from '@/lib/grading/actions';
import { parseId } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Rubric' };

export default async function RubricPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('instructor');
  const id = parseId((await params).id);
  const rubric = id ? findOwnRubric(viewer, id) : null;
  if (!rubric) notFound();
  const sp = await searchParams;
  return (
    <>
      <PageHeader title={rubric.title} lead="Edit the criteria and levels. Once grades are given with a rubric, an edit is saved as a copy, so no grade is rescored silently." />
      {sp.copied ? (
        <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          The rubric you edited already has grades, so your changes were saved as this new rubric. Assignments keep the one they were graded with.
        </p>
      ) : sp.created ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
          Rubric created.
        </p>
      ) : null}
      <RubricEditor
        action={saveRubric.bind(null, rubric.id)}
        version={rubric.version}
        initial={{
          title: rubric.title,
          description: rubric.description ?? '',
          criteria: rubric.criteria.map((c) => ({
            title: c.title,
            description: c.description ?? '',
            processRule: c.processRule ?? '',
            levels: c.levels.map((l) => ({ label: l.label, points: String(l.points), description: l.description ?? '' })),
          })),
        }}
      />
    </>
  );
}
