import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { listRubricsOf } from '@/db/queries/grading';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { plural } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Rubrics' };

/** The instructor's rubrics, reused across assignments. */
export default async function RubricsPage() {
  const viewer = await requireRole('instructor');
  const rubrics = listRubricsOf(viewer);
  return (
    <>
      <PageHeader
        title="Rubrics"
        lead="Criteria with levels, reused across assignments. A process criterion is scored from what the student did: the grader pre-selects its level from their records."
        actions={
          <Link href="/staff/rubrics/new" className="rounded-md border border-stone-400 bg-white px-4 py-2 text-sm font-semibold">
            New rubric
          </Link>
        }
      />
      {rubrics.length ? (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
          {rubrics.map((r) => (
            <li key={r.id} className="flex flex-wrap justify-between gap-2 px-4 py-3">
              <Link href={`/staff/rubrics/${r.id}`} className="font-semibold">
                {r.title}
              </Link>
              <span className="text-sm text-stone-700">
                {plural(r.criteria, 'criterion', 'criteria')} · used by {plural(r.assignments, 'assignment')}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-700">No rubrics yet.</p>
      )}
    </>
  );
}
