import Link from '@/components/ui/Link';
import { ScrollBox } from '@/components/ui/Button';

export type GridInterview = { id: number; contactName: string; organisation: string | null; status: string; startsAt: Date | null };
export type GridCell = { notes: string | null; interesting: boolean } | null;
export type GridComparison = {
  occupation: { id: number; title: string };
  interviews: GridInterview[];
  totalInterviews: number;
  rows: { questionId: number; text: string; cells: GridCell[] }[];
  ownQuestions: { interviewId: number; items: { text: string; notes: string | null }[] }[];
};

function Cell({ cell }: { cell: GridCell }) {
  if (cell === null) return <span className="text-stone-700 italic">not asked</span>;
  if (!cell.notes) return <span className="text-stone-700 italic">asked, no notes</span>;
  return (
    <>
      <span className="whitespace-pre-wrap">{cell.notes}</span>
      {cell.interesting ? <span className="mt-1 block text-xs font-semibold text-emerald-900">Particularly interesting</span> : null}
    </>
  );
}

type Parts = {
  comparison: GridComparison;
  sharedCount?: number;
  formatWhen: (date: Date) => string;
  statusLabel: (status: string) => string;
};

const about = (i: GridInterview, formatWhen: Parts['formatWhen'], statusLabel: Parts['statusLabel']) =>
  [i.organisation, i.startsAt ? formatWhen(i.startsAt) : null, statusLabel(i.status)].filter(Boolean).join(' · ');

/** On a phone: who was interviewed, then one card per question with each person's answer under it. */
function AnswerCards({ comparison: { occupation, interviews, rows }, sharedCount, formatWhen, statusLabel }: Parts) {
  return (
    <div className="space-y-3 md:hidden">
      <ul className="space-y-1 text-sm" aria-label={`Interviews about ${occupation.title}`}>
        {interviews.map((i) => (
          <li key={i.id}>
            <Link href={`/interviews/${i.id}`} className="font-semibold">
              {i.contactName}
            </Link>{' '}
            <span className="text-stone-700">{about(i, formatWhen, statusLabel)}</span>
          </li>
        ))}
      </ul>
      <ol className="space-y-3" aria-label={`Answers by question about ${occupation.title}`}>
        {rows.map((row, r) => (
          <li key={row.questionId} className={`rounded-md border border-stone-200 p-3 ${sharedCount !== undefined && r < sharedCount ? 'border-l-4 border-l-emerald-700' : ''}`}>
            <h3 className="font-semibold text-stone-900">{row.text}</h3>
            <dl className="mt-2 space-y-2 text-sm">
              {row.cells.map((cell, c) => (
                <div key={interviews[c].id}>
                  <dt className="font-semibold text-stone-800">{interviews[c].contactName}</dt>
                  <dd>
                    <Cell cell={cell} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** From 768 px: people as columns, questions as rows, scrolling inside its own box when wide. */
function AnswerTable({ comparison: { occupation, interviews, rows }, sharedCount, formatWhen, statusLabel }: Parts) {
  return (
    <ScrollBox label={`Answer grid for ${occupation.title}`} className="hidden md:block">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Answers to the same questions across interviews about {occupation.title}</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-stone-300 p-2 text-left align-bottom font-semibold">
              {sharedCount !== undefined ? 'Question (shared questions first)' : 'Question'}
            </th>
            {interviews.map((i) => (
              <th key={i.id} scope="col" className="min-w-40 border-b border-stone-300 p-2 text-left align-bottom font-semibold">
                <Link href={`/interviews/${i.id}`}>{i.contactName}</Link>
                <span className="block text-xs font-normal text-stone-700">{about(i, formatWhen, statusLabel)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.questionId} className={sharedCount !== undefined && r === sharedCount - 1 ? 'border-b-2 border-stone-400' : undefined}>
              <th scope="row" className="border-b border-stone-200 p-2 text-left align-top font-medium">
                {row.text}
              </th>
              {row.cells.map((cell, c) => (
                <td key={interviews[c].id} className="border-b border-stone-200 p-2 align-top">
                  <Cell cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/**
 * One occupation's interviews as columns and the bank questions as rows, so that one person's
 * answer sits beside another's. `formatWhen` comes from the page (the viewer's time zone).
 */
export function ComparisonGrid({ comparison, sharedCount, formatWhen, statusLabel }: Parts) {
  const { occupation, interviews, rows, ownQuestions, totalInterviews } = comparison;
  const headingId = `compare-${occupation.id}-heading`;
  const byId = new Map(interviews.map((i) => [i.id, i]));
  const parts = { comparison, sharedCount, formatWhen, statusLabel };
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-3 rounded-lg border border-stone-300 bg-white p-4 shadow-sm sm:p-5">
      <h2 id={headingId} className="text-lg font-semibold text-stone-900">
        <Link href={`/occupations/${occupation.id}`}>{occupation.title}</Link>
      </h2>
      {totalInterviews > interviews.length ? (
        <p className="text-sm text-stone-700">
          Showing the {interviews.length} most recent of {totalInterviews} interviews.
        </p>
      ) : null}
      {!interviews.length ? (
        <p className="text-stone-700">No interviews about this occupation yet. Talk to more than one horse: each interview you link to it appears here.</p>
      ) : !rows.length ? (
        <p className="text-stone-700">These interviews have no questions from the question bank planned yet, so there is nothing to line up.</p>
      ) : (
        <>
          <AnswerCards {...parts} />
          <AnswerTable {...parts} />
        </>
      )}
      {ownQuestions.length ? (
        <div className="space-y-3">
          <h3 className="font-semibold text-stone-900">Questions asked in one interview only</h3>
          {ownQuestions.map((group) => (
            <div key={group.interviewId}>
              <h4 className="text-sm font-semibold text-stone-800">{byId.get(group.interviewId)?.contactName}</h4>
              <dl className="mt-1 space-y-2 text-sm">
                {group.items.map((item, k) => (
                  <div key={k}>
                    <dt className="font-medium">{item.text}</dt>
                    <dd className="whitespace-pre-wrap text-stone-800">{item.notes || <span className="italic">no notes</span>}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </div>
      ) : null}
    </section>
  );
}
