import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { countReviewQueueForViewer, listReviewAssignmentOptions, listReviewQueueForViewer, listReviewSectionOptions } from '@/db/queries/review';
import { sectionLabel } from '@/lib/sections/label';
import { FilterPills, ScrollBox } from '@/components/ui/Button';
import { controlClass } from '@/components/ui/controls';
import { SelectField } from '@/components/ui/Field';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { requireRole } from '@/lib/authz';
import { SUBMISSION_STATUS_LABELS } from '@/lib/submissions/vocabulary';
import { formatDateTime } from '@/lib/time';
import { parsePage } from '@/lib/validation/common';
import { parseQueueParams, queueQuery } from '@/lib/validation/review';
import { formatCount } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Review queue' };

/** What waits for review in the sections the viewer staffs, oldest first. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('counsellor', 'instructor');
  const sp = await searchParams;
  const filters = parseQueueParams(sp);
  const page = parsePage(sp.page);
  const query = { sectionId: filters.section, assignmentId: filters.assignment, status: filters.status };
  const queue = listReviewQueueForViewer(viewer, { ...query, page });
  const counts = countReviewQueueForViewer(viewer, query);
  const sections = listReviewSectionOptions(viewer);
  const assignmentOptions = listReviewAssignmentOptions(viewer, filters.section);
  const statusHref = (status?: 'submitted' | 'resubmitted') => `/staff/review${queueQuery({ ...filters, status })}`;
  const filtered = !!(filters.section || filters.assignment);
  return (
    <>
      <PageHeader
        title="Review queue"
        lead={
          counts.total === 0
            ? filtered
              ? 'Nothing waits for review under these filters.'
              : 'Nothing waits for review. Submitted work appears here, oldest first.'
            : `${formatCount(counts.total)} waiting for review, oldest first.`
        }
      />
      <form method="get" action="/staff/review" className="mb-4 grid gap-3 rounded-lg border border-stone-300 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <SelectField
          label="Section"
          name="section"
          defaultValue={filters.section ? String(filters.section) : ''}
          options={[{ value: '', label: 'All my sections' }, ...sections.map((s) => ({ value: String(s.id), label: `${sectionLabel(s)} · ${s.term}` }))]}
        />
        <SelectField
          label="Assignment"
          name="assignment"
          defaultValue={filters.assignment ? String(filters.assignment) : ''}
          options={[{ value: '', label: 'All assignments' }, ...assignmentOptions.map((a) => ({ value: String(a.id), label: `${a.title} (${a.courseCode} ${a.sectionCode})` }))]}
        />
        {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
        <div className="flex gap-2">
          <button type="submit" className={controlClass('primary')}>
            Filter
          </button>
          {filtered || filters.status ? (
            <Link href="/staff/review" className={controlClass('quiet')}>
              Clear
            </Link>
          ) : null}
        </div>
      </form>
      <FilterPills
        label="Status"
        className="mb-4"
        items={[
          { href: statusHref(undefined), label: `All waiting (${formatCount(counts.total)})`, current: !filters.status },
          { href: statusHref('submitted'), label: `${SUBMISSION_STATUS_LABELS.submitted} (${formatCount(counts.submitted)})`, current: filters.status === 'submitted' },
          { href: statusHref('resubmitted'), label: `${SUBMISSION_STATUS_LABELS.resubmitted} (${formatCount(counts.resubmitted)})`, current: filters.status === 'resubmitted' },
        ]}
      />
      {queue.items.length ? (
        <ScrollBox label="Work waiting for review" className="rounded-lg border border-stone-300 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Work waiting for review, oldest first</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-3 py-2">Student</th>
                <th scope="col" className="px-3 py-2">Assignment</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2">Submitted</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {queue.items.map((item) => (
                <tr key={item.id}>
                  <td className="px-3 py-2 break-words">
                    <Link href={`/staff/review/${item.id}${queueQuery(filters)}`} className="font-semibold">
                      {item.studentName}
                    </Link>
                  </td>
                  <td className="px-3 py-2 break-words">
                    {item.assignmentTitle}
                    <span className="block text-stone-700">
                      {item.courseCode} {item.sectionCode}
                    </span>
                  </td>
                  <td className="px-3 py-2">
                    {SUBMISSION_STATUS_LABELS[item.status]}
                    {item.attempt > 1 ? <span className="block text-stone-700">Version {item.attempt}</span> : null}
                  </td>
                  <td className="px-3 py-2">
                    {formatDateTime(item.submittedAt, viewer.timeZone)}
                    {item.late ? <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950">Late</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : null}
      <Pagination
        page={queue.page}
        pageCount={queue.pageCount}
        total={queue.total}
        basePath="/staff/review"
        params={{ section: filters.section ? String(filters.section) : undefined, assignment: filters.assignment ? String(filters.assignment) : undefined, status: filters.status }}
        label="Queue pages"
      />
    </>
  );
}
