import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { findInterviewForViewer, listInterviewReferralsForViewer, listPlanQuestionsForViewer } from '@/db/queries/interviews';
import { findQueueNeighboursForViewer, findReviewSubmissionForViewer } from '@/db/queries/review';
import { listSubmissionCommentsForViewer, listSubmissionVersionsForViewer, type SubmissionComment } from '@/db/queries/submissions';
import { InterviewRecord } from '@/components/interviews/InterviewRecord';
import { AnswerDiffView } from '@/components/review/AnswerDiff';
import { ForgetReviewComments, ReviewForm } from '@/components/review/ReviewForm';
import { ButtonLink, Notice } from '@/components/ui/Button';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { diffAnswer } from '@/lib/review/diff';
import { isAwaitingReview, SUBMISSION_STATUS_LABELS } from '@/lib/submissions/vocabulary';
import { endSentence } from '@/lib/text/sentence';
import { formatDateTime } from '@/lib/time';
import { parseId } from '@/lib/validation/common';
import { parseQueueParams, queueQuery } from '@/lib/validation/review';
import { formatCount } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Review' };

function CommentList({ comments, versionNumber, timeZone }: { comments: SubmissionComment[]; versionNumber: (versionId: number | null) => number | null; timeZone: string }) {
  if (!comments.length) return null;
  return (
    <ul className="space-y-2" aria-label="Comments">
      {comments.map((c) => {
        const n = versionNumber(c.versionId);
        return (
          <li key={c.id} className="rounded-md border-l-4 border-sky-700 bg-sky-50 p-2 text-sm">
            <p className="text-xs font-semibold text-sky-950">
              {c.authorName ?? 'A reviewer'}
              {n ? ` on version ${n}` : ''} · {formatDateTime(c.createdAt, timeZone)}
            </p>
            <p className="break-words whitespace-pre-wrap text-stone-900">{c.body}</p>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One submission for its reviewer: the latest version's answers beside the interview they are
 * about; on a resubmission each answer's word-level change since the last version, with the
 * comments made on it; comments and the decision; next and previous in the queue.
 */
export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ submissionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireRole('counsellor', 'instructor');
  const id = parseId((await params).submissionId);
  const submission = id ? findReviewSubmissionForViewer(viewer, id) : null;
  if (!submission) notFound();
  const filters = parseQueueParams(await searchParams);
  const query = queueQuery(filters);
  const now = await requestNow();
  const tz = viewer.timeZone;
  const versions = listSubmissionVersionsForViewer(viewer, submission.id);
  const latest = versions.at(-1);
  if (!latest) notFound();
  const previous = versions.at(-2) ?? null;
  const comments = listSubmissionCommentsForViewer(viewer, submission.id);
  const numberOf = new Map(versions.map((v) => [v.id, v.number]));
  const versionNumber = (versionId: number | null) => (versionId === null ? null : (numberOf.get(versionId) ?? null));
  const interview = latest.interviewId ? findInterviewForViewer(viewer, latest.interviewId) : null;
  const neighbours = findQueueNeighboursForViewer(viewer, submission, { sectionId: filters.section, assignmentId: filters.assignment, status: filters.status });
  const waiting = isAwaitingReview(submission.status);

  const answers = latest.answers.map((a) => {
    const before = previous?.answers.find((p) => p.questionId === a.questionId);
    const onThis = comments.filter((c) => c.questionId === a.questionId);
    return {
      questionId: a.questionId,
      question: a.question,
      body: (
        <div className="space-y-3">
          <p className="rounded border border-stone-200 p-2 text-sm break-words whitespace-pre-wrap" data-testid="answer-text">
            {a.answer}
          </p>
          {previous ? (
            before ? (
              <AnswerDiffView diff={diffAnswer(before.answer, a.answer)} label={`version ${previous.number}`} />
            ) : (
              <p className="text-sm text-stone-700">A new question since version {previous.number}.</p>
            )
          ) : null}
          <CommentList comments={onThis} versionNumber={versionNumber} timeZone={tz} />
        </div>
      ),
    };
  });
  const overall = comments.filter((c) => c.questionId === null);

  return (
    <>
      <PageHeader
        title={`${submission.studentName}: ${submission.assignmentTitle}`}
        lead={
          <>
            {submission.courseCode} {submission.sectionCode} · {SUBMISSION_STATUS_LABELS[submission.status]} · version {latest.number}, submitted{' '}
            {formatDateTime(latest.submittedAt, tz)}
            {latest.late ? ' (late)' : ''} · due {formatDateTime(submission.dueAt, tz)}
          </>
        }
      />
      <nav aria-label="Review queue" className="mb-6 flex flex-wrap items-center gap-3 text-sm">
        <ButtonLink href={`/staff/review${query}`} variant="quiet">
          Back to the queue
        </ButtonLink>
        {neighbours.position ? (
          <span className="text-stone-700">
            {formatCount(neighbours.position)} of {formatCount(neighbours.total)} waiting
          </span>
        ) : (
          <span className="text-stone-700">{formatCount(neighbours.total)} waiting</span>
        )}
        {neighbours.previousId ? (
          <ButtonLink href={`/staff/review/${neighbours.previousId}${query}`} size="sm" rel="prev">
            Previous
          </ButtonLink>
        ) : null}
        {neighbours.nextId ? (
          <ButtonLink href={`/staff/review/${neighbours.nextId}${query}`} size="sm" rel="next" variant={waiting ? 'secondary' : 'primary'}>
            Next
          </ButtonLink>
        ) : null}
      </nav>

      {!waiting ? <ForgetReviewComments reviewerId={viewer.id} submissionId={submission.id} /> : null}
      {!waiting ? (
        <Notice tone={submission.status === 'reviewed' ? 'success' : 'info'} role="status" className="mb-6">
          {endSentence(
            `${SUBMISSION_STATUS_LABELS[submission.status]}${submission.decidedByName ? ` by ${submission.decidedByName}` : ''}${submission.decidedAt ? `, ${formatDateTime(submission.decidedAt, tz)}` : ''}`,
          )}
          {submission.status === 'returned' ? ' It comes back to the queue when the student resubmits.' : ''}
        </Notice>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="answers-heading" className="min-w-0 space-y-4">
          <h2 id="answers-heading" className="text-lg font-semibold">
            Answers{previous ? `, with changes since version ${previous.number}` : ''}
          </h2>
          {submission.assignmentInstructions ? (
            <details className="rounded-md border border-stone-300 bg-white p-3 text-sm">
              <summary className="cursor-pointer font-semibold">Instructions</summary>
              <p className="mt-2 break-words whitespace-pre-wrap">{submission.assignmentInstructions}</p>
            </details>
          ) : null}
          {waiting ? (
            <>
              {overall.length ? (
                <div className="space-y-2">
                  <h3 className="font-semibold">Earlier overall comments</h3>
                  <CommentList comments={overall} versionNumber={versionNumber} timeZone={tz} />
                </div>
              ) : null}
              <ReviewForm submissionId={submission.id} version={submission.version} answers={answers} reviewerId={viewer.id} />
            </>
          ) : (
            <>
              <ol className="space-y-6" aria-label="Answers">
                {answers.map((a, i) => (
                  <li key={a.questionId} className="space-y-3 rounded-lg border border-stone-300 bg-white p-4">
                    <h3 className="font-semibold break-words">
                      {i + 1}. {a.question}
                    </h3>
                    {a.body}
                  </li>
                ))}
              </ol>
              {overall.length ? (
                <div className="space-y-2">
                  <h3 className="font-semibold">Overall comments</h3>
                  <CommentList comments={overall} versionNumber={versionNumber} timeZone={tz} />
                </div>
              ) : null}
            </>
          )}
        </section>

        <aside aria-labelledby="evidence-heading" className="min-w-0 lg:sticky lg:top-4 lg:self-start">
          <Card>
            <h2 id="evidence-heading" className="mb-3 text-lg font-semibold">
              {interview ? `The interview with ${interview.contactName}` : 'The interview'}
            </h2>
            {interview ? (
              <>
                <InterviewRecord
                  interview={interview}
                  plan={listPlanQuestionsForViewer(viewer, interview.id)}
                  referrals={listInterviewReferralsForViewer(viewer, interview.id)}
                  timeZone={tz}
                  now={now}
                  headingLevel={3}
                />
                <p className="mt-4 text-sm">
                  <Link href={`/staff/students/${submission.studentId}/interviews/${interview.id}`}>Open the interview record</Link> ·{' '}
                  <Link href={`/staff/students/${submission.studentId}`}>{submission.studentName}&rsquo;s record</Link>
                </p>
              </>
            ) : (
              <p className="text-sm text-stone-700">
                These answers are not tied to an interview. <Link href={`/staff/students/${submission.studentId}`}>{submission.studentName}&rsquo;s record</Link>
              </p>
            )}
          </Card>
        </aside>
      </div>
    </>
  );
}
