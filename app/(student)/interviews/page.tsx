import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { listInterviewsForViewer } from '@/db/queries/interviews';
import { INTERVIEW_MODE_LABELS, INTERVIEW_STATUS_LABELS, INTERVIEW_STATUSES, isInterviewStatus } from '@/lib/interviews/vocabulary';
import { ThankYouBadge } from '@/components/interviews/ThankYouCallout';
import { ButtonLink, FilterPills, ScrollBox } from '@/components/ui/Button';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { thankYouState } from '@/lib/interviews/rules';
import { formatDateTime } from '@/lib/time';
import { parsePage, searchText } from '@/lib/validation/common';
import { answeredSummary } from '@/lib/submissions/rules';

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
          <ButtonLink href="/interviews/new" variant="primary">
            Plan an interview
          </ButtonLink>
        }
      />
      <FilterPills
        label="Filter by status"
        items={[
          { href: '/interviews', label: 'All', current: !status },
          ...INTERVIEW_STATUSES.map((s) => ({ href: `/interviews?status=${s}`, label: INTERVIEW_STATUS_LABELS[s], current: status === s })),
        ]}
      />
      {/* On a phone the status and what is still to do go under the date, so nothing is cut off. */}
      <ScrollBox label="Your interviews" className="mt-4 rounded-lg border border-stone-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Your interviews{status ? `, ${INTERVIEW_STATUS_LABELS[status].toLowerCase()}` : ''}</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-4 py-2">With</th>
              <th scope="col" className="px-4 py-2">When</th>
              <th scope="col" className="hidden px-4 py-2 md:table-cell">Status</th>
              <th scope="col" className="hidden px-4 py-2 md:table-cell">Afterwards</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {list.items.map((i) => {
              const afterwards = (
                <>
                  <ThankYouBadge state={thankYouState(i, now)} />
                  {i.status === 'completed' && !i.hasReflection ? (
                    // Begun is not done: say how far it got.
                    <span className="text-xs text-stone-700">{i.reflectionAnswered > 0 ? `Reflection: ${answeredSummary(i.reflectionAnswered, i.reflectionTotal)}` : 'Reflection to write'}</span>
                  ) : null}
                </>
              );
              return (
                <tr key={i.id}>
                  <td className="px-4 py-2 align-top">
                    <Link href={`/interviews/${i.id}`} className="font-medium">
                      {i.contactName}
                    </Link>
                    {i.occupationTitle ? <span className="block text-stone-700">{i.occupationTitle}</span> : null}
                  </td>
                  <td className="px-4 py-2 align-top">
                    {i.startsAt ? formatDateTime(i.startsAt, viewer.timeZone) : 'No date yet'}
                    <span className="block text-stone-700">{INTERVIEW_MODE_LABELS[i.mode]}</span>
                    <span className="mt-1 flex flex-wrap items-center gap-2 md:hidden">
                      <span className="font-semibold">{INTERVIEW_STATUS_LABELS[i.status]}</span>
                      {afterwards}
                    </span>
                  </td>
                  <td className="hidden px-4 py-2 align-top md:table-cell">{INTERVIEW_STATUS_LABELS[i.status]}</td>
                  <td className="hidden px-4 py-2 align-top md:table-cell">
                    <span className="flex flex-wrap items-center gap-2">{afterwards}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {list.items.length === 0 ? (
          <p className="p-4 text-stone-700">
            {status ? 'None with this status.' : 'No interviews yet. Plan one with a contact: ask how they got to be what you want to be.'}
          </p>
        ) : null}
      </ScrollBox>
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath="/interviews" params={{ status }} label="Interview pages" />
    </>
  );
}
