import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { listStudentAssignmentsForViewer } from '@/db/queries/assignments';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { effectiveDueAt, isClosedFor, isLate } from '@/lib/submissions/rules';
import { STUDENT_ASSIGNMENT_STATE_LABELS, studentAssignmentState } from '@/lib/submissions/vocabulary';
import { formatDateTime } from '@/lib/time';
import { parsePage } from '@/lib/validation/common';
import { plural } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Assignments' };

export default async function AssignmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('student');
  const sp = await searchParams;
  const now = await requestNow();
  const list = listStudentAssignmentsForViewer(viewer, { page: parsePage(sp.page) });
  return (
    <>
      <PageHeader title="Assignments" lead="Reflections your counsellors and instructors set, soonest due first. Due times are in your section's time zone." />
      {list.items.length ? (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
          {list.items.map((a) => {
            const due = { dueAt: a.dueAt, closesAt: a.closesAt, extensionDueAt: a.extensionDueAt };
            const state = studentAssignmentState(a.submissionStatus, a.answered);
            const handedIn = a.submittedAt !== null;
            const late = handedIn ? a.late : isLate(now, due);
            const closed = !handedIn && isClosedFor(now, due);
            return (
              <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
                <div className="min-w-0">
                  <Link href={`/assignments/${a.id}`} className="font-semibold">
                    {a.title}
                  </Link>
                  <p className="text-sm text-stone-700">
                    {a.section.courseCode} {a.section.sectionCode} · Due {formatDateTime(effectiveDueAt(due), a.section.timeZone)}
                    {a.extensionDueAt ? ' (your extension)' : ''} · {plural(a.questionCount, 'question')}
                  </p>
                </div>
                <p className="flex flex-wrap gap-2 text-sm">
                  <span className="rounded bg-stone-200 px-2 py-0.5 font-semibold text-stone-900">{STUDENT_ASSIGNMENT_STATE_LABELS[state]}</span>
                  {late && !closed ? <span className="rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-900">{handedIn ? 'Late' : 'Past due'}</span> : null}
                  {closed ? <span className="rounded bg-red-100 px-2 py-0.5 font-semibold text-red-900">Closed</span> : null}
                </p>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-stone-700">No assignments yet. When one of your sections publishes one, it appears here.</p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath="/assignments" params={{}} label="Assignment pages" />
    </>
  );
}
