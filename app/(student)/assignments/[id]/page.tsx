import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { findAssignmentForViewer } from '@/db/queries/assignments';
import { listCompletedInterviewChoices } from '@/db/queries/interviews';
import { findAssignmentSubmissionForViewer, listDraftAnswersForViewer, listSubmissionCommentsForViewer, listSubmissionVersionsForViewer } from '@/db/queries/submissions';
import { AnswerForm } from '@/components/assignments/AnswerForm';
import { ReviewerComments, type CommentView } from '@/components/assignments/ReviewerComments';
import { PlainText, SubmittedAnswers } from '@/components/assignments/SubmittedAnswers';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { effectiveDueAt, isClosedFor, isLate, resubmissionsLeft } from '@/lib/submissions/rules';
import { isEditableSubmission, STUDENT_ASSIGNMENT_STATE_LABELS, studentAssignmentState } from '@/lib/submissions/vocabulary';
import { formatDate, formatDateTime } from '@/lib/time';
import { parseId } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Assignment' };

export default async function AssignmentAnswerPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('student');
  const id = parseId((await params).id);
  const assignment = id ? findAssignmentForViewer(viewer, id) : null;
  if (!assignment) notFound();
  const now = await requestNow();
  const zone = assignment.section.timeZone;
  const due = { dueAt: assignment.dueAt, closesAt: assignment.closesAt, extensionDueAt: assignment.extension?.dueAt ?? null };
  const submission = findAssignmentSubmissionForViewer(viewer, assignment.id, viewer.id);
  const versions = submission && submission.attempt > 0 ? listSubmissionVersionsForViewer(viewer, submission.id) : [];
  const latest = versions.at(-1) ?? null;
  // The comments of the latest decision sit beside the answers they are about.
  const comments = latest?.decision ? listSubmissionCommentsForViewer(viewer, submission!.id).filter((c) => c.versionId === latest.id) : [];
  const byQuestion: Record<number, CommentView[]> = {};
  for (const c of comments) if (c.questionId !== null) (byQuestion[c.questionId] ??= []).push(c);
  const overall = comments.filter((c) => c.questionId === null);

  const status = submission?.status ?? null;
  const closed = isClosedFor(now, due);
  const left = submission ? resubmissionsLeft(submission.attempt, assignment.resubmissionsAllowed) : 0;
  const editable = !closed && (status === null || (isEditableSubmission(status) && (status === 'draft' || left > 0)));
  const state = studentAssignmentState(status, submission ? Object.values(listDraftAnswersForViewer(viewer, submission.id)).filter((t) => t.trim()).length : 0);
  const dueAt = effectiveDueAt(due);

  let form = null;
  if (editable) {
    const drafts = submission ? listDraftAnswersForViewer(viewer, submission.id) : {};
    const choices = listCompletedInterviewChoices(viewer).map((i) => ({
      id: i.id,
      label: `${i.contactName}${i.occupationTitle ? ` (${i.occupationTitle})` : ''}${i.completedAt ? `, ${formatDate(i.completedAt, zone)}` : ''}`,
    }));
    form = (
      <AnswerForm
        key={`${status ?? 'new'}-${submission?.attempt ?? 0}`}
        userId={viewer.id}
        assignmentId={assignment.id}
        version={submission?.version ?? 0}
        questions={assignment.questions.map((q) => ({ id: q.questionId, text: q.text, answer: drafts[q.questionId] ?? '', comments: byQuestion[q.questionId] ?? [] }))}
        interview={{ required: assignment.requiresInterview, chosenId: submission?.interviewId ?? null, choices }}
        timeZone={zone}
        submitLabel={status === 'returned' ? 'Resubmit' : 'Submit'}
      />
    );
  }

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/assignments">All assignments</Link>
      </p>
      <PageHeader
        title={assignment.title}
        lead={`${assignment.section.courseCode} ${assignment.section.sectionCode} · ${assignment.questions.length} questions${assignment.pointsPossible !== null ? ` · ${assignment.pointsPossible} points` : ''}`}
      />
      <dl className="mb-6 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd>
          {STUDENT_ASSIGNMENT_STATE_LABELS[state]}
          {submission?.submittedAt ? `, ${formatDateTime(submission.submittedAt, zone)}` : ''}
          {submission?.submittedAt && submission.late ? <strong className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-amber-900">Late</strong> : null}
        </dd>
        <dt className="font-semibold">Due</dt>
        <dd>
          {formatDateTime(dueAt, zone)}
          {assignment.extension ? ' (your extension)' : ''}
          {!submission?.submittedAt && isLate(now, due) && !closed ? <strong className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-amber-900">Past due: still accepted, marked late</strong> : null}
        </dd>
        {assignment.closesAt ? (
          <>
            <dt className="font-semibold">Closes</dt>
            <dd>{formatDateTime(assignment.closesAt, zone)}</dd>
          </>
        ) : null}
        {assignment.resubmissionsAllowed > 0 ? (
          <>
            <dt className="font-semibold">Resubmissions</dt>
            <dd>
              {assignment.resubmissionsAllowed} allowed{submission && submission.attempt > 0 ? `, ${left} left` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {assignment.instructions ? (
        <section aria-labelledby="instructions-heading" className="mb-6 rounded-lg border border-stone-300 bg-white p-4">
          <h2 id="instructions-heading" className="mb-2 text-lg font-semibold">
            Instructions
          </h2>
          <PlainText text={assignment.instructions} />
        </section>
      ) : null}
      {overall.length ? (
        <section aria-labelledby="overall-heading" className="mb-6">
          <h2 id="overall-heading" className="mb-2 text-lg font-semibold">
            {status === 'returned' ? 'Returned for revision' : 'Comments'}
          </h2>
          <ReviewerComments comments={overall} timeZone={zone} label="Overall comments" />
        </section>
      ) : null}
      <h2 className="mb-3 text-lg font-semibold">{editable ? (status === 'returned' ? 'Revise your answers' : 'Your answers') : 'What you submitted'}</h2>
      {form ??
        (latest ? (
          <SubmittedAnswers answers={latest.answers} commentsByQuestion={byQuestion} timeZone={zone} />
        ) : (
          <p role="status" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            This assignment closed on {formatDateTime(assignment.closesAt ?? dueAt, zone)}: it no longer accepts work.
          </p>
        ))}
      {!editable && status === 'returned' && left === 0 ? <p className="mt-4 text-sm text-stone-700">No resubmissions are left for this assignment.</p> : null}
    </>
  );
}
