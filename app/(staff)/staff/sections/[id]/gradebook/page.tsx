import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { InAppLinks } from '@/components/ui/InAppLinks';
import { notFound } from 'next/navigation';
import { findGradebookSection, gradebookPage, gradebookStats, listGradebookColumns, listSectionAssignmentsToGrade } from '@/db/queries/grading';
import { DistributionChart } from '@/components/grading/DistributionChart';
import { sectionLabel } from '@/lib/sections/label';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { requireRole } from '@/lib/authz';
import { canvasColumnTitle, canvasReservedWord } from '@/lib/grading/canvas';
import { round2 } from '@/lib/grading/scoring';
import { parseId, parsePage } from '@/lib/validation/common';
import { gradebookSortParam, sortDirParam } from '@/lib/validation/grading';
import { ScrollBox } from '@/components/ui/Button';
import { formatCount } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Gradebook' };

/**
 * Students × graded assignments for the section's instructors (drafts marked apart from released
 * grades), sortable and paginated, with averages and a distribution per assignment; its counsellors
 * see the released grades only, read-only.
 */
export default async function GradebookPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('counsellor', 'instructor');
  const id = parseId((await params).id);
  const gradebook = id ? findGradebookSection(viewer, id) : null;
  if (!gradebook) notFound();
  const { section, audience } = gradebook;
  const sp = await searchParams;
  const sort = gradebookSortParam.parse(sp.sort);
  const dir = sortDirParam.parse(sp.dir);
  const columns = listGradebookColumns(section.id);
  const page = gradebookPage(section.id, audience, { sort, dir, page: parsePage(sp.page) });
  const stats = new Map(gradebookStats(section.id, audience).map((s) => [s.assignmentId, s]));
  const possible = columns.reduce((s, c) => s + c.pointsPossible, 0);
  const base = `/staff/sections/${section.id}/gradebook`;
  const instructor = audience === 'instructor';
  const all = instructor ? listSectionAssignmentsToGrade(viewer, section.id) : [];
  const flagged = columns.map((c) => ({ c, word: canvasReservedWord(c.title) })).filter((f) => f.word);
  const sortLink = (s: 'name' | 'total', label: string) => {
    const nextDir = sort === s && dir === 'asc' ? 'desc' : 'asc';
    return (
      <Link href={`${base}?sort=${s}&dir=${nextDir}`} className="font-semibold">
        {label}
        <span className="sr-only">, sort {nextDir === 'asc' ? 'ascending' : 'descending'}</span>
        {sort === s ? <span aria-hidden="true">{dir === 'asc' ? ' ▲' : ' ▼'}</span> : null}
      </Link>
    );
  };
  return (
    <>
      <PageHeader
        title={`Gradebook: ${sectionLabel(section)}`}
        lead={instructor ? `${section.title} · ${section.term}. Drafts are marked; students see only released grades.` : `${section.title} · ${section.term}. Released grades, read-only.`}
      />
      {instructor ? (
        <nav aria-label="Gradebook tools" className="mb-6 flex flex-wrap gap-3 text-sm">
          <a href={`${base}/canvas.csv`} download className="rounded-md border border-stone-400 bg-white px-3 py-1 font-semibold">
            Export for Canvas (CSV)
          </a>
          <Link href={`/staff/sections/${section.id}/roster`} className="rounded-md border border-stone-400 bg-white px-3 py-1 font-semibold">
            Import roster
          </Link>
          <Link href={`/staff/sections/${section.id}/grades/audit`} className="rounded-md border border-stone-400 bg-white px-3 py-1 font-semibold">
            Grade audit
          </Link>
          <Link href="/staff/rubrics" className="rounded-md border border-stone-400 bg-white px-3 py-1 font-semibold">
            Rubrics
          </Link>
        </nav>
      ) : null}
      {instructor && flagged.length ? (
        <div role="note" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">Canvas will ignore {flagged.length === 1 ? 'one column' : `${flagged.length} columns`} of the export:</p>
          <ul className="list-disc pl-5">
            {flagged.map(({ c, word }) => (
              <li key={c.id}>
                “{canvasColumnTitle(c)}” contains “{word}”. Rename the assignment before exporting.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {instructor ? <p className="mb-4 text-sm text-stone-700">The export holds released grades only.</p> : null}

      {columns.length ? (
        <ScrollBox label="Gradebook" className="rounded-lg border border-stone-300 bg-white">
          {/* A cell per student and assignment: plain links, opened in the app by one listener. */}
          <InAppLinks>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                Grades in {sectionLabel(section)}, page {formatCount(page.page)} of {formatCount(page.pageCount)}
              </caption>
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="sticky left-0 bg-stone-100 px-3 py-2">
                    {sortLink('name', 'Student')}
                  </th>
                  {columns.map((c) => (
                    <th key={c.id} scope="col" className="px-3 py-2">
                      {instructor ? <Link href={`/staff/assignments/${c.id}/grade`}>{c.title}</Link> : c.title}
                      <span className="block font-normal text-stone-700">of {c.pointsPossible}</span>
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2">
                    {sortLink('total', 'Total')}
                    <span className="block font-normal text-stone-700">of {round2(possible)}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {page.items.map((s) => (
                  <tr key={s.id}>
                    <th scope="row" className="sticky left-0 bg-white px-3 py-2 font-medium">
                      {s.name}
                    </th>
                    {columns.map((c) => {
                      const cell = s.cells[c.id];
                      const value = cell?.finalPoints ?? null;
                      const text = value === null ? '—' : String(round2(value));
                      return (
                        <td key={c.id} className="px-3 py-2">
                          {instructor ? (
                            <a href={`/staff/assignments/${c.id}/grade/${s.id}`}>
                              {text}
                              <span className="sr-only"> for {s.name}</span>
                            </a>
                          ) : (
                            text
                          )}
                          {cell && cell.status === 'draft' ? <span className="ml-1 rounded bg-stone-200 px-1 text-xs font-semibold text-stone-800">draft</span> : null}
                          {cell?.changed ? <span className="ml-1 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-950">changed</span> : null}
                        </td>
                      );
                    })}
                    <td className="px-3 py-2 font-semibold">{s.total === null ? '—' : round2(s.total)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="bg-stone-50">
                <tr>
                  <th scope="row" className="sticky left-0 bg-stone-50 px-3 py-2">
                    Average
                  </th>
                  {columns.map((c) => {
                    const st = stats.get(c.id);
                    return (
                      <td key={c.id} className="px-3 py-2">
                        {st?.mean != null ? `${round2(st.mean)} (${formatCount(st.graded)} graded)` : '—'}
                      </td>
                    );
                  })}
                  <td />
                </tr>
              </tfoot>
            </table>
          </InAppLinks>
        </ScrollBox>
      ) : (
        <p className="text-stone-700">No graded assignments yet{instructor ? ': give an assignment points possible in its grading settings.' : '.'}</p>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} total={page.total} basePath={base} params={{ sort: sort !== 'name' ? sort : undefined, dir: dir !== 'asc' ? dir : undefined }} label="Gradebook pages" />

      {columns.length ? (
        <section aria-labelledby="distribution-heading" className="mt-8 space-y-4">
          <h2 id="distribution-heading" className="text-lg font-semibold">
            Distribution
          </h2>
          <div className="grid gap-6 md:grid-cols-2">
            {columns.map((c) => {
              const st = stats.get(c.id);
              return (
                <div key={c.id} className="rounded-lg border border-stone-300 bg-white p-4">
                  <DistributionChart id={`dist-${c.id}`} title={c.title} bands={st?.bands ?? [0, 0, 0, 0, 0, 0]} />
                  <p className="mt-2 text-sm text-stone-700">
                    {st ? `${formatCount(st.graded)} scored · mean ${round2(st.mean ?? 0)} · lowest ${round2(st.min ?? 0)} · highest ${round2(st.max ?? 0)}` : 'No scores yet.'}
                  </p>
                </div>
              );
            })}
          </div>
        </section>
      ) : null}

      {instructor ? (
        <section aria-labelledby="assignments-heading" className="mt-8 space-y-2">
          <h2 id="assignments-heading" className="text-lg font-semibold">
            Assignments
          </h2>
          {all.length ? (
            <ul className="divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
              {all.map((a) => (
                <li key={a.id} className="flex flex-wrap justify-between gap-2 px-4 py-2">
                  <span className="font-medium">{a.title}</span>
                  <span className="flex gap-3 text-sm">
                    <span className="text-stone-700">{a.pointsPossible === null ? 'not graded' : `${a.pointsPossible} points`}</span>
                    <Link href={`/staff/assignments/${a.id}/grading`}>Grading settings<span className="sr-only"> for {a.title}</span></Link>
                    {a.pointsPossible !== null ? <Link href={`/staff/assignments/${a.id}/grade`}>Grade<span className="sr-only"> {a.title}</span></Link> : null}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-stone-700">No assignments in this section yet.</p>
          )}
        </section>
      ) : null}
    </>
  );
}
