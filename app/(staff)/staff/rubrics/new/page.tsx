import type { Metadata } from 'next';
import { RubricEditor } from '@/components/grading/RubricEditor';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { saveRubric } from '@/lib/grading/actions';

export const metadata: Metadata = { title: 'New rubric' };

export default async function NewRubricPage() {
  await requireRole('instructor');
  return (
    <>
      <PageHeader title="New rubric" lead="Each criterion has levels, each level its points. Attach the rubric to an assignment in its grading settings." />
      <RubricEditor action={saveRubric.bind(null, null)} />
    </>
  );
}
