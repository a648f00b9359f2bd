import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { listSectionAssignmentsForViewer } from '@/db/queries/assignments';
import { sectionLabel } from '@/lib/sections/label';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { requireStaffedSection } from '@/lib/authz';
import { ASSIGNMENT_STATUS_LABELS } from '@/lib/submissions/vocabulary';
import { formatDateTime } from '@/lib/time';
import { parsePage } from '@/lib/validation/common';
import { ScrollBox } from '@/components/ui/Button';
import { formatCount, plural } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Assignments' };

export default async function SectionAssignmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { viewer, section } = await requireStaffedSection(params);
  const sp = await searchParams;
  const list = listSectionAssignmentsForViewer(viewer, section.id, { page: parsePage(sp.page) });
  const basePath = `/staff/sections/${section.id}/assignments`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/staff/sections/${section.id}`}>{sectionLabel(section)}</Link>
      </p>
      <PageHeader
        title={`Assignments · ${sectionLabel(section)}`}
        lead={`Reflection assignments for this section. Due dates are in ${section.timeZone}.`}
        actions={
          <Link href={`${basePath}/new`} className="rounded-md bg-emerald-800 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-emerald-900">
            New assignment
          </Link>
        }
      />
      {list.items.length ? (
        <ScrollBox label="Assignments" className="rounded-lg border border-stone-300 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Assignments of {sectionLabel(section)}, soonest due first</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-4 py-2">Title</th>
                <th scope="col" className="px-4 py-2">Due</th>
                <th scope="col" className="px-4 py-2">Status</th>
                <th scope="col" className="px-4 py-2">Waiting for review</th>
                <th scope="col" className="px-4 py-2">Reviewed</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {list.items.map((a) => (
                <tr key={a.id}>
                  <td className="break-words px-4 py-2 font-medium">
                    <Link href={`/staff/assignments/${a.id}`}>{a.title}</Link>
                    <span className="block text-stone-700">{plural(a.questionCount, 'question')}</span>
                  </td>
                  <td className="px-4 py-2">{formatDateTime(a.dueAt, section.timeZone)}</td>
                  <td className="px-4 py-2">{ASSIGNMENT_STATUS_LABELS[a.status]}</td>
                  <td className="px-4 py-2">{formatCount(a.awaitingReview)}</td>
                  <td className="px-4 py-2">{formatCount(a.reviewed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : (
        <p className="text-stone-700">No assignments yet.</p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={basePath} label="Assignment pages" />
    </>
  );
}
