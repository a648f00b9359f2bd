import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { listContactsForViewer } from '@/db/queries/contacts';
import { listInterviewsForViewer } from '@/db/queries/interviews';
import { listOccupationsForViewer } from '@/db/queries/occupations';
import { listStudentSubmissionsForViewer } from '@/db/queries/review';
import { findStudentForViewer } from '@/db/queries/sections';
import { ContactStatus } from '@/components/contacts/ContactStatus';
import { ThankYouBadge } from '@/components/interviews/ThankYouCallout';
import { sectionLabel } from '@/lib/sections/label';
import { StatusBadge } from '@/components/occupations/OccupationView';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { thankYouState } from '@/lib/interviews/rules';
import { INTERVIEW_MODE_LABELS, INTERVIEW_STATUS_LABELS } from '@/lib/interviews/vocabulary';
import { SUBMISSION_STATUS_LABELS } from '@/lib/submissions/vocabulary';
import { formatDateTime } from '@/lib/time';
import { parseId, parsePage } from '@/lib/validation/common';
import { ScrollBox } from '@/components/ui/Button';
import { plural } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Student record' };


/** One student's record, read-only, for the counsellors and instructors of their section. */
export default async function StudentRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ studentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireRole('counsellor', 'instructor');
  const studentId = parseId((await params).studentId);
  const student = studentId ? findStudentForViewer(viewer, studentId) : null;
  if (!student) notFound();
  const sp = await searchParams;
  const now = await requestNow();
  const tz = viewer.timeZone;
  const pages = { occupations: parsePage(sp.occupations), interviews: parsePage(sp.interviews), contacts: parsePage(sp.contacts) };
  const occupations = listOccupationsForViewer(viewer, student.id, { page: pages.occupations });
  const interviews = listInterviewsForViewer(viewer, student.id, { page: pages.interviews, now });
  const contacts = listContactsForViewer(viewer, student.id, { page: pages.contacts });
  const reflections = listStudentSubmissionsForViewer(viewer, student.id);
  const basePath = `/staff/students/${student.id}`;
  const keep = (except: keyof typeof pages) =>
    Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, k === except || v === 1 ? undefined : String(v)]));

  return (
    <>
      <PageHeader
        title={student.name}
        lead={
          <>
            Read-only record.{' '}
            {student.sections.map((s, i) => (
              <span key={s.id}>
                {i > 0 ? ', ' : ''}
                <Link href={`/staff/sections/${s.id}`}>{sectionLabel(s)}</Link>
              </span>
            ))}
          </>
        }
      />
      <div className="space-y-6">
        <Card title="Interviews">
          {interviews.items.length ? (
            <ScrollBox label="Interviews">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Interviews of {student.name}, upcoming first</caption>
                <thead className="bg-stone-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">With</th>
                    <th scope="col" className="px-3 py-2">When</th>
                    <th scope="col" className="px-3 py-2">Status</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-200">
                  {interviews.items.map((i) => (
                    <tr key={i.id}>
                      <td className="break-words px-3 py-2">
                        <Link href={`${basePath}/interviews/${i.id}`}>{i.contactName}</Link>
                        {i.occupationTitle ? <span className="block text-stone-700">{i.occupationTitle}</span> : null}
                      </td>
                      <td className="px-3 py-2">
                        {i.startsAt ? formatDateTime(i.startsAt, tz) : 'No date yet'}
                        <span className="block text-stone-700">{INTERVIEW_MODE_LABELS[i.mode]}</span>
                      </td>
                      <td className="px-3 py-2">
                        {INTERVIEW_STATUS_LABELS[i.status]}
                        <span className="block">
                          <ThankYouBadge state={thankYouState(i, now)} />
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          ) : (
            <p className="text-sm text-stone-700">No interviews yet.</p>
          )}
          <Pagination page={interviews.page} pageCount={interviews.pageCount} total={interviews.total} basePath={basePath} params={keep('interviews')} pageParam="interviews" label="Interview pages" />
        </Card>

        <Card title="Reflections">
          {reflections.length ? (
            <ul className="divide-y divide-stone-200" aria-label={`Reflection assignments of ${student.name}`}>
              {reflections.map((r) => (
                <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
                  <div className="min-w-0">
                    <p className="font-semibold break-words">
                      {r.attempt > 0 ? <Link href={`/staff/review/${r.id}`}>{r.assignmentTitle}</Link> : r.assignmentTitle}
                    </p>
                    <p className="text-sm text-stone-700">
                      {r.courseCode} {r.sectionCode} · due {formatDateTime(r.dueAt, tz)}
                      {r.submittedAt ? ` · submitted ${formatDateTime(r.submittedAt, tz)}${r.late ? ' (late)' : ''}` : ''}
                    </p>
                  </div>
                  <span className="text-sm font-semibold">{SUBMISSION_STATUS_LABELS[r.status]}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-stone-700">No assignment work yet.</p>
          )}
        </Card>

        <Card title="Occupations">
          {occupations.items.length ? (
            <ul className="divide-y divide-stone-200">
              {occupations.items.map((o) => (
                <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <div className="min-w-0">
                    <p className="break-words font-semibold">{o.title}</p>
                    <p className="text-sm text-stone-700">
                      {plural(o.contactCount, 'contact', 'contacts')} · {plural(o.interviewCount, 'interview', 'interviews')}
                    </p>
                  </div>
                  <StatusBadge status={o.status} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-stone-700">No occupations yet.</p>
          )}
          <Pagination page={occupations.page} pageCount={occupations.pageCount} total={occupations.total} basePath={basePath} params={keep('occupations')} pageParam="occupations" label="Occupation pages" />
        </Card>

        <Card title="Contacts">
          <p className="mb-3 text-sm text-stone-700">Who {student.name} found to talk to. Their phone numbers and e-mail addresses stay with the student.</p>
          {contacts.items.length ? (
            <ScrollBox label="Contacts">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Contacts of {student.name}</caption>
                <thead className="bg-stone-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">Who</th>
                    <th scope="col" className="px-3 py-2">Status</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-200">
                  {contacts.items.map((c) => (
                    <tr key={c.id}>
                      <td className="break-words px-3 py-2">
                        <span className="font-medium">{c.name}</span>
                        {c.jobTitle || c.organisation ? <span className="block text-stone-700">{[c.jobTitle, c.organisation].filter(Boolean).join(', ')}</span> : null}
                        {c.occupationTitle ? <span className="block text-stone-700">About: {c.occupationTitle}</span> : null}
                      </td>
                      <td className="px-3 py-2">
                        <ContactStatus status={c.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          ) : (
            <p className="text-sm text-stone-700">No contacts yet.</p>
          )}
          <Pagination page={contacts.page} pageCount={contacts.pageCount} total={contacts.total} basePath={basePath} params={keep('contacts')} pageParam="contacts" label="Contact pages" />
        </Card>
      </div>
    </>
  );
}
