'use server';

import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { notifySubmission, reviewPath } from '@/db/queries/notifications';
import { findLatestVersion, findReviewSubmissionForViewer } from '@/db/queries/review';
import { decideSubmission, insertSubmissionComment, listSubmissionVersionsForViewer } from '@/db/queries/submissions';
import { appUrl } from '@/lib/app-url';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { failed, formObject, formValues, invalid, type ActionState } from '@/lib/forms';
import { commentField, isAwaitingReview, OVERALL_COMMENT_FIELD, SUBMISSION_STATUS_LABELS } from '@/lib/submissions/vocabulary';
import { idParam } from '@/lib/validation/common';
import { versionParam } from '@/lib/validation/reflection';
import { reviewDecisionSchema } from '@/lib/validation/review';

/**
 * A reviewer's decision on the version they read: return it for revision (a comment required)
 * or mark it reviewed, with their comments on each answer and overall. `baseVersion` is the
 * submission's version when the page was loaded: if the student resubmitted (or another
 * reviewer decided) meanwhile, nothing is written and the typed comments are kept.
 * One transaction: the status change, the comments, the student's notification (and its
 * e-mail copy) and the audit row.
 */
export async function decideReview(submissionId: number, baseVersion: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('counsellor', 'instructor');
  const id = idParam.safeParse(submissionId);
  const base = versionParam.safeParse(baseVersion);
  if (!id.success || !base.success) notFound();
  const submission = findReviewSubmissionForViewer(viewer, id.data);
  if (!submission) notFound();
  const latest = listSubmissionVersionsForViewer(viewer, submission.id).at(-1);
  if (!latest) notFound();
  const questionIds = latest.answers.map((a) => a.questionId);
  const parsed = reviewDecisionSchema(questionIds).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const values = parsed.data as Record<string, string | null> & { decision: 'return' | 'review' };
  const comments = [
    ...questionIds.map((questionId) => ({ questionId, body: values[commentField(questionId)] })),
    { questionId: null, body: values[OVERALL_COMMENT_FIELD] },
  ].filter((c): c is { questionId: number | null; body: string } => !!c.body);

  const now = await requestNow();
  const baseUrl = await appUrl();
  const result = getDb().transaction((tx) => {
    const decided = decideSubmission(tx, viewer, submission.id, base.data, values.decision, now);
    if (decided.status !== 'decided') return decided;
    // The version decided is the latest one as it stands now (the version check above guarantees
    // it is the one the reviewer read).
    const version = findLatestVersion(tx, submission.id)!;
    for (const c of comments) insertSubmissionComment(tx, viewer, { submissionId: submission.id, versionId: version.id, questionId: c.questionId, body: c.body }, now);
    notifySubmission(tx, submission.id, values.decision === 'return' ? 'returned' : 'reviewed', baseUrl);
    logAudit(
      {
        actorId: viewer.id,
        action: values.decision === 'return' ? 'SUBMISSION_RETURNED' : 'SUBMISSION_REVIEWED',
        subjectType: 'submission',
        subjectId: submission.id,
        details: { version: version.number, from: submission.status, to: decided.newStatus, comments: comments.length },
      },
      tx,
    );
    return decided;
  });

  switch (result.status) {
    case 'conflict': {
      const current = findReviewSubmissionForViewer(viewer, submission.id);
      // The page was loaded at baseVersion; it changed since. Waiting for review again means the
      // student resubmitted (after someone returned it); otherwise another reviewer decided.
      const why =
        current && isAwaitingReview(current.status)
          ? `${submission.studentName} resubmitted it since you opened it.`
          : current?.decidedByName
            ? `${current.decidedByName} marked it “${SUBMISSION_STATUS_LABELS[current.status]}” since you opened it.`
            : 'It changed since you opened it.';
      return { ...failed(`Nothing was saved: ${why} Your comments are still here; reload the page to read the latest version.`), values: formValues(form) };
    }
    case 'not-allowed':
      return failed(`Nothing was saved: it is “${SUBMISSION_STATUS_LABELS[result.current]}” and no longer waits for review.`, form);
    case 'decided':
      revalidatePath(reviewPath(submission.id));
      revalidatePath('/staff/review');
      return {
        status: 'ok',
        message: values.decision === 'return' ? `Returned to ${submission.studentName} for revision.` : `Marked reviewed. ${submission.studentName} has been told.`,
      };
  }
}
