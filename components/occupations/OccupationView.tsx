import Link from '@/components/ui/Link';
import { OCCUPATION_STATUS_LABELS, type OccupationStatus } from '@/lib/occupations/vocabulary';
import { FilterPills } from '@/components/ui/Button';
import { sourceLines } from './sources';
import { plural } from '@/lib/text/counts';

const TONE: Readonly<Record<OccupationStatus, string>> = {
  exploring: 'bg-sky-50 text-sky-900 border-sky-300',
  considering: 'bg-amber-50 text-amber-900 border-amber-300',
  'ruled-out': 'bg-stone-100 text-stone-800 border-stone-300',
  chosen: 'bg-emerald-50 text-emerald-900 border-emerald-300',
};

export function StatusBadge({ status }: { status: OccupationStatus }) {
  return <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-medium ${TONE[status]}`}>{OCCUPATION_STATUS_LABELS[status]}</span>;
}

/** Sources one per line; web addresses become links that do not hand this page to the site. Text is never rendered as HTML. */
export function SourceList({ sources }: { sources: string | null }) {
  const lines = sourceLines(sources);
  if (!lines.length) return <p className="text-stone-700">No sources yet.</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {lines.map((line, i) => (
        <li key={i} className="break-words">
          {line.href ? (
            <a href={line.href} rel="noopener noreferrer" target="_blank">
              {line.text}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : (
            line.text
          )}
        </li>
      ))}
    </ul>
  );
}

/** Multi-paragraph text typed by the student, shown as typed (line breaks kept). */
export function PlainText({ text, empty }: { text: string | null; empty: string }) {
  return text ? <p className="whitespace-pre-wrap break-words text-stone-900">{text}</p> : <p className="text-stone-700">{empty}</p>;
}

export type OccupationRow = { id: number; title: string; status: OccupationStatus; contactCount: number; interviewCount: number };


export function OccupationList({ items }: { items: OccupationRow[] }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
      {items.map((o) => (
        <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
          <div className="min-w-0 space-y-1">
            <p className="font-semibold">
              <Link href={`/occupations/${o.id}`}>{o.title}</Link>
            </p>
            <p className="text-sm text-stone-700">
              {plural(o.contactCount, 'contact', 'contacts')} · {plural(o.interviewCount, 'interview', 'interviews')}
            </p>
          </div>
          <StatusBadge status={o.status} />
        </li>
      ))}
    </ul>
  );
}

/** Links, not a form: each status is one click and a shareable URL. */
export function StatusFilter({ current, options }: { current?: string; options: { value: string; label: string }[] }) {
  const all = [{ value: '', label: 'All' }, ...options];
  return (
    <FilterPills
      label="Filter by status"
      items={all.map((o) => ({ href: o.value ? `/occupations?status=${o.value}` : '/occupations', label: o.label, current: (current ?? '') === o.value }))}
    />
  );
}
