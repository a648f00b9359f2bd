import Link from '@/components/ui/Link';
import { isPastDue, type NextAction } from '@/lib/interviews/rules';

/** The student's to-do list, most urgent first; overdue items say so in words, not only colour. */
export function NextActionList({ actions, now }: { actions: NextAction[]; now: Date }) {
  return (
    <ol className="divide-y divide-stone-200" aria-label="Next actions, most urgent first">
      {actions.map((a) => {
        // A 'due' thank-you or assignment whose deadline passed since the list was built is overdue too.
        const overdue = isPastDue(a, now);
        return (
          <li key={`${a.kind}-${a.href}`} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
            <div>
              <Link href={a.href} className="font-semibold">
                {a.title}
              </Link>
              <p className="text-sm text-stone-700">{a.detail}</p>
            </div>
            {overdue ? <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">Overdue</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
