import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { findAssignmentForViewer, listAssignmentStudentsForViewer } from '@/db/queries/assignments';
import { listReflectionQuestionChoices } from '@/db/queries/questions';
import { AssignmentForm, type QuestionChoice } from '@/components/assignments/AssignmentForm';
import { DraftActions } from '@/components/assignments/StaffAssignmentActions';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { SearchBox } from '@/components/ui/SearchBox';
import { requireRole } from '@/lib/authz';
import { ASSIGNMENT_STATUS_LABELS, STUDENT_ASSIGNMENT_STATE_LABELS, studentAssignmentState } from '@/lib/submissions/vocabulary';
import { formatDateTime, toLocalInputValue } from '@/lib/time';
import { parseId, parsePage, searchText } from '@/lib/validation/common';
import { ScrollBox } from '@/components/ui/Button';
import { sectionLabel } from '@/lib/sections/label';

export const metadata: Metadata = { title: 'Assignment' };

export default async function StaffAssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireRole('counsellor', 'instructor');
  const id = parseId((await params).id);
  const assignment = id ? findAssignmentForViewer(viewer, id) : null;
  if (!assignment) notFound();
  const sp = await searchParams;
  const q = searchText(sp.q);
  const zone = assignment.section.timeZone;
  const section = sectionLabel(assignment.section);
  const bank: QuestionChoice[] = listReflectionQuestionChoices(viewer, assignment.sectionId);
  // Questions it already asks stay choosable even when archived since.
  const asked = assignment.questions.filter((aq) => !bank.some((b) => b.id === aq.questionId)).map((aq) => ({ id: aq.questionId, text: aq.text, isDefault: aq.isDefault, ownerName: null, archived: aq.archived }));
  const students = assignment.status === 'published' ? listAssignmentStudentsForViewer(viewer, assignment.id, { q, page: parsePage(sp.page) }) : null;
  const basePath = `/staff/assignments/${assignment.id}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/staff/sections/${assignment.sectionId}/assignments`}>Assignments of {section}</Link>
      </p>
      <PageHeader
        title={assignment.title}
        lead={`${section} · ${ASSIGNMENT_STATUS_LABELS[assignment.status]}${assignment.publishedAt ? ` ${formatDateTime(assignment.publishedAt, zone)}` : ' (students do not see it yet)'} · due ${formatDateTime(assignment.dueAt, zone)}`}
      />
      {assignment.status === 'draft' ? (
        <div className="mb-6">
          <DraftActions assignmentId={assignment.id} version={assignment.version} />
        </div>
      ) : null}
      {students ? (
        <section aria-labelledby="students-heading" className="mb-8">
          <h2 id="students-heading" className="mb-2 text-lg font-semibold">
            Students
          </h2>
          <SearchBox action={basePath} defaultValue={q} label="Search students by name" />
          <ScrollBox label="Students" className="mt-3 rounded-lg border border-stone-300 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Where each student stands</caption>
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="px-4 py-2">Student</th>
                  <th scope="col" className="px-4 py-2">Status</th>
                  <th scope="col" className="px-4 py-2">Submitted</th>
                  <th scope="col" className="px-4 py-2">Extension</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {students.items.map((s) => (
                  <tr key={s.studentId}>
                    <td className="break-words px-4 py-2 font-medium">{s.name}</td>
                    <td className="px-4 py-2">{STUDENT_ASSIGNMENT_STATE_LABELS[studentAssignmentState(s.submissionStatus, s.answered)]}</td>
                    <td className="px-4 py-2">
                      {s.submittedAt ? formatDateTime(s.submittedAt, zone) : '—'}
                      {s.submittedAt && s.late ? <strong className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-amber-900">Late</strong> : null}
                    </td>
                    <td className="px-4 py-2">
                      <Link href={`${basePath}/extensions/${s.studentId}`} aria-label={`Extension for ${s.name}`}>
                        {s.extensionDueAt ? `Until ${formatDateTime(s.extensionDueAt, zone)}` : 'Give one'}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <Pagination page={students.page} pageCount={students.pageCount} total={students.total} basePath={basePath} params={{ q }} label="Student pages" />
        </section>
      ) : null}
      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading" className="mb-3 text-lg font-semibold">
          Edit
        </h2>
        <AssignmentForm
          key={assignment.version}
          target={{ kind: 'edit', assignmentId: assignment.id, version: assignment.version }}
          initial={{
            title: assignment.title,
            instructions: assignment.instructions ?? '',
            questionIds: assignment.questions.map((aq) => aq.questionId),
            dueAt: toLocalInputValue(assignment.dueAt, zone),
            closesAt: assignment.closesAt ? toLocalInputValue(assignment.closesAt, zone) : '',
            requiresInterview: assignment.requiresInterview,
            pointsPossible: assignment.pointsPossible === null ? '' : String(assignment.pointsPossible),
            resubmissionsAllowed: String(assignment.resubmissionsAllowed),
          }}
          choices={[...bank, ...asked]}
          timeZone={zone}
        />
      </section>
    </>
  );
}
