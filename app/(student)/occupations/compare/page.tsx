import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { alignSharedQuestions, findOccupationComparisonForViewer } from '@/db/queries/comparison';
import { listOccupationOptions } from '@/db/queries/occupations';
import { CompareChooser } from '@/components/comparison/CompareChooser';
import { ComparisonGrid } from '@/components/comparison/ComparisonGrid';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole, type Viewer } from '@/lib/authz';
import { formatDate } from '@/lib/time';
import { parseId } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Compare interviews' };

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An empty parameter means "not chosen"; anything else must be one of the viewer's occupations. */
function comparisonFor(viewer: Viewer, raw: string | string[] | undefined) {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return undefined;
  const id = parseId(value);
  const comparison = id ? findOccupationComparisonForViewer(viewer, id) : null;
  if (!comparison) notFound();
  return comparison;
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('student');
  const sp = await searchParams;
  const first = comparisonFor(viewer, sp.a);
  const second = comparisonFor(viewer, sp.b);
  const options = listOccupationOptions(viewer);
  const pair = first && second && first.occupation.id !== second.occupation.id ? alignSharedQuestions(first, second) : null;
  const formatWhen = (d: Date) => formatDate(d, viewer.timeZone);
  const grids = pair ? [pair.a, pair.b] : [first ?? second].filter((c) => c !== undefined);
  return (
    <>
      <PageHeader
        title="Compare interviews"
        lead="Talk to more than one horse: line up what different people said to the same question, and check one person’s view against another’s."
      />
      {options.length ? (
        <CompareChooser options={options} a={first?.occupation.id} b={second?.occupation.id} />
      ) : (
        <p className="text-stone-700">Add an occupation first, then link your interviews to it.</p>
      )}
      {grids.length ? (
        <div className={`mt-6 grid grid-cols-1 gap-6 ${grids.length === 2 ? 'xl:grid-cols-2' : ''}`}>
          {pair ? (
            <p className="text-sm text-stone-700 xl:col-span-2">
              {pair.sharedCount
                ? `${pair.sharedCount} ${pair.sharedCount === 1 ? 'question was' : 'questions were'} asked about both: ${pair.sharedCount === 1 ? 'it comes' : 'they come'} first in each, in the same order.`
                : 'No question was asked about both occupations.'}
            </p>
          ) : null}
          {grids.map((c) => (
            <ComparisonGrid
              key={c.occupation.id}
              comparison={c}
              sharedCount={pair ? pair.sharedCount : undefined}
              formatWhen={formatWhen}
              statusLabel={capitalised}
            />
          ))}
        </div>
      ) : null}
    </>
  );
}
