import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { findSectionProgressForViewer, listSectionOverviewForViewer } from '@/db/queries/overview';
import { sectionLabel } from '@/lib/sections/label';
import { MethodChart } from '@/components/overview/MethodChart';
import { ScrollBox } from '@/components/ui/Button';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { SearchBox } from '@/components/ui/SearchBox';
import { requireStaffedSection } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { OVERVIEW_DEFAULT_DIRECTION, OVERVIEW_SORT_LABELS, OVERVIEW_SORTS, type OverviewSort } from '@/lib/overview/vocabulary';
import { formatDate } from '@/lib/time';
import { parsePage, searchText } from '@/lib/validation/common';
import { plural } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Section overview' };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Where each of a section's students stands, and the section's progress through the method. */
export default async function SectionOverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { viewer, section } = await requireStaffedSection(params);
  const sp = await searchParams;
  const rawSort = first(sp.sort);
  const sort: OverviewSort = (OVERVIEW_SORTS as readonly string[]).includes(rawSort ?? '') ? (rawSort as OverviewSort) : 'name';
  const dir = first(sp.dir) === 'asc' || first(sp.dir) === 'desc' ? (first(sp.dir) as 'asc' | 'desc') : OVERVIEW_DEFAULT_DIRECTION[sort];
  const q = searchText(sp.q);
  const now = await requestNow();
  const rows = listSectionOverviewForViewer(viewer, section.id, { sort, dir, q, page: parsePage(sp.page), now });
  const progress = findSectionProgressForViewer(viewer, section.id);
  const basePath = `/staff/sections/${section.id}/overview`;
  const name = sectionLabel(section);
  const sortHref = (s: OverviewSort) => {
    const p = new URLSearchParams();
    p.set('sort', s);
    p.set('dir', s === sort ? (dir === 'asc' ? 'desc' : 'asc') : OVERVIEW_DEFAULT_DIRECTION[s]);
    if (q) p.set('q', q);
    return `${basePath}?${p}`;
  };
  const header = (s: OverviewSort, numeric = true) => (
    <th scope="col" className={`px-3 py-2 ${numeric ? 'text-right' : ''}`} aria-sort={s === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={sortHref(s)} className="inline-flex min-h-8 items-center gap-1 font-semibold text-stone-900">
        {OVERVIEW_SORT_LABELS[s]}
        <span aria-hidden="true">{s === sort ? (dir === 'asc' ? '▲' : '▼') : ''}</span>
        <span className="sr-only">{s === sort ? `, sorted ${dir === 'asc' ? 'ascending' : 'descending'}` : ', sort'}</span>
      </Link>
    </th>
  );
  return (
    <>
      <PageHeader
        title={`${name} overview`}
        lead={
          <>
            {section.title} · {section.term} · {plural(progress.students, 'student')}. <Link href={`/staff/sections/${section.id}`}>Class list</Link> ·{' '}
            <Link href={`/staff/review?section=${section.id}`}>Review queue</Link>
          </>
        }
      />
      <div className="space-y-6">
        <Card title="Progress through the method">
          <MethodChart students={progress.students} steps={progress.steps} sectionName={name} />
        </Card>
        <section aria-labelledby="students-heading" className="space-y-3">
          <h2 id="students-heading" className="text-lg font-semibold">
            Students
          </h2>
          <SearchBox action={basePath} defaultValue={q} label="Search students by name" />
          {rows.items.length ? (
            <ScrollBox label={`Where each student of ${name} stands`} className="relative rounded-lg border border-stone-300 bg-white">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Where each student of {name} stands. Column headers sort the table.</caption>
                <thead className="bg-stone-100">
                  <tr>
                    {header('name', false)}
                    {header('interviews')}
                    {header('overdue')}
                    {header('missing')}
                    {header('waiting')}
                    {header('reviewed')}
                    {header('activity', false)}
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-200">
                  {rows.items.map((r) => (
                    <tr key={r.studentId}>
                      <th scope="row" className="px-3 py-2 text-left font-medium break-words">
                        <Link href={`/staff/students/${r.studentId}`}>{r.name}</Link>
                        {r.reflectionsReturned ? <span className="block text-xs font-normal text-stone-700">{r.reflectionsReturned} returned for revision</span> : null}
                      </th>
                      <td className="px-3 py-2 text-right">{r.interviewsCompleted}</td>
                      <td className={`px-3 py-2 text-right ${r.thankYousOverdue ? 'font-bold text-red-800' : ''}`}>{r.thankYousOverdue}</td>
                      <td className={`px-3 py-2 text-right ${r.reflectionsMissing ? 'font-bold text-red-800' : ''}`}>{r.reflectionsMissing}</td>
                      <td className="px-3 py-2 text-right">{r.reflectionsWaiting}</td>
                      <td className="px-3 py-2 text-right">{r.reflectionsReviewed}</td>
                      <td className="px-3 py-2 whitespace-nowrap">{r.lastActivityAt ? formatDate(r.lastActivityAt, viewer.timeZone) : 'None yet'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          ) : (
            <p className="text-stone-700">{q ? `No student matches “${q}”.` : 'No students in this section yet.'}</p>
          )}
          <Pagination
            page={rows.page}
            pageCount={rows.pageCount}
            total={rows.total}
            basePath={basePath}
            params={{ sort: sort === 'name' ? undefined : sort, dir: dir === OVERVIEW_DEFAULT_DIRECTION[sort] ? undefined : dir, q }}
            label="Student pages"
          />
        </section>
      </div>
    </>
  );
}
