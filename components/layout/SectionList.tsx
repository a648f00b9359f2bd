import Link from '@/components/ui/Link';
import { sectionLabel } from '@/lib/sections/label';
import { plural } from '@/lib/text/counts';

export type SectionItem = { id: number; courseCode: string; sectionCode: string; title: string; term: string; studentCount: number };


export function SectionList({ sections, hrefFor, showCounts = true }: { sections: SectionItem[]; hrefFor?: (id: number) => string; showCounts?: boolean }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
      {sections.map((s) => (
        <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
          <div>
            <p className="font-semibold">{hrefFor ? <Link href={hrefFor(s.id)}>{sectionLabel(s)}</Link> : sectionLabel(s)}</p>
            <p className="text-sm text-stone-700">
              {s.title} · {s.term}
            </p>
          </div>
          {showCounts ? <p className="text-sm text-stone-700">{plural(s.studentCount, 'student')}</p> : null}
        </li>
      ))}
    </ul>
  );
}
