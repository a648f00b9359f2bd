import type { Metadata } from 'next';
import Link from 'next/link';
import { listInterviewsForViewer } from '@/db/queries/interviews';
import { INTERVIEW_MODE_LABELS, INTERVIEW_STATUS_LABELS, INTERVIEW_STATUSES, isInterviewStatus } from '@/lib/interviews/vocabulary';
import { ThankYouBadge } from '@/components/interviews/ThankYouCallout';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { thankYouState } from '@/lib/interviews/rules';
import { formatDateTime } from '@/lib/time';
import { parsePage, searchText } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Interviews' };

export default async function InterviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('student');
  const sp = await searchParams;
  const statusParam = searchText(sp.status);
  const status = isInterviewStatus(statusParam) ? statusParam : undefined;
  const now = await requestNow();
  const list = listInterviewsForViewer(viewer, viewer.id, { status, page: parsePage(sp.page), now });
  return (
    <>
      <PageHeader
        title="Interviews"
        lead="Upcoming first. Twenty minutes to half an hour, at their convenience."
        actions={
          <Link href="/interviews/new" className="rounded-md bg-emerald-800 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-emerald-900">
            Plan an interview
          </Link>
        }
      />
      <nav className="flex flex-wrap gap-3 text-sm" aria-label="Filter by status">
        <Link href="/interviews" aria-current={!status ? 'true' : undefined} className="aria-[current=true]:font-bold">
          All
        </Link>
        {INTERVIEW_STATUSES.map((s) => (
          <Link key={s} href={`/interviews?status=${s}`} aria-current={status === s ? 'true' : undefined} className="aria-[current=true]:font-bold">
            {INTERVIEW_STATUS_LABELS[s]}
          </Link>
        ))}
      </nav>
      <div className="mt-4 overflow-x-auto rounded-lg border border-stone-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Your interviews{status ? `, ${INTERVIEW_STATUS_LABELS[status].toLowerCase()}` : ''}</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-4 py-2">With</th>
              <th scope="col" className="px-4 py-2">When</th>
              <th scope="col" className="px-4 py-2">Status</th>
              <th scope="col" className="px-4 py-2">Afterwards</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {list.items.map((i) => (
              <tr key={i.id}>
                <td className="break-words px-4 py-2">
                  <Link href={`/interviews/${i.id}`}>{i.contactName}</Link>
                  {i.occupationTitle ? <span className="block text-stone-700">{i.occupationTitle}</span> : null}
                </td>
                <td className="px-4 py-2">
                  {i.startsAt ? formatDateTime(i.startsAt, viewer.timeZone) : 'No date yet'}
                  <span className="block text-stone-700">{INTERVIEW_MODE_LABELS[i.mode]}</span>
                </td>
                <td className="px-4 py-2">{INTERVIEW_STATUS_LABELS[i.status]}</td>
                <td className="space-x-2 px-4 py-2">
                  <ThankYouBadge state={thankYouState(i, now)} />
                  {i.status === 'completed' && !i.hasReflection ? <span className="text-xs text-stone-700">Reflection to write</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.items.length === 0 ? (
          <p className="p-4 text-stone-700">
            {status ? 'None with this status.' : 'No interviews yet. Plan one with a contact: ask how they got to be what you want to be.'}
          </p>
        ) : null}
      </div>
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath="/interviews" params={{ status }} label="Interview pages" />
    </>
  );
}
