import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { countUnreadNotifications, listNotificationsForViewer } from '@/db/queries/notifications';
import { findReviewSubmissionForViewer } from '@/db/queries/review';
import { listSubmissionCommentsForViewer, listSubmissionVersionsForViewer } from '@/db/queries/submissions';
import { auditLog, outbox, submissionComments } from '@/db/schema';
import { addMember, makeSection, makeUser } from '@/db/testing/factories';
import { reviewSetting, submitWork } from '@/db/testing/review';
import { authModuleMock, form, signInAs, thrown } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers({ host: 'hm.example.edu' }) }));

const { decideReview } = await import('./actions');

const T0 = new Date('2026-11-20T10:00:00Z');
const at = (min: number) => new Date(T0.getTime() + min * 60_000);

function submitted() {
  const s = reviewSetting();
  const work = submitWork(s.student, s.assignmentId, s.sectionId, { [s.q1]: 'I would like the hours.', [s.q2]: 'Not the pay.' }, at(1));
  return { ...s, ...work };
}

const audits = (submissionId: number) =>
  getDb()
    .select({ action: auditLog.action, actorId: auditLog.actorId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'submission'), eq(auditLog.subjectId, submissionId)))
    .all();

beforeEach(() => signInAs(null));

describe('returning for revision', () => {
  it('needs a comment: without one nothing changes and what was chosen is kept', async () => {
    const { counsellor, submissionId, version } = submitted();
    signInAs(counsellor.id);
    const state = await decideReview(submissionId, version, initialActionState, form({ decision: 'return', 'comment-overall': '   ' }));
    expect(state.status).toBe('error');
    expect(state.fieldErrors?.['comment-overall']?.[0]).toMatch(/write an overall comment or a comment on an answer/);
    expect(state.values?.decision).toBe('return');
    expect(findReviewSubmissionForViewer(counsellor, submissionId)?.status).toBe('submitted');
    expect(audits(submissionId)).toEqual([]);
  });

  it('with a comment on one answer: returned, the comment on the version read, the student told, audited, in one go', async () => {
    const { counsellor, student, q2, submissionId, version, assignmentId } = submitted();
    signInAs(counsellor.id);
    const state = await decideReview(
      submissionId,
      version,
      initialActionState,
      // comment-999999 is not a question of this version: dropped; studentId and status likewise.
      form({ decision: 'return', [`comment-${q2}`]: ' Say more about the pay. ', 'comment-999999': 'stray', studentId: '1', status: 'reviewed' }),
    );
    expect(state).toEqual({ status: 'ok', message: `Returned to ${student.name} for revision.` });
    expect(findReviewSubmissionForViewer(counsellor, submissionId)).toMatchObject({ status: 'returned', decidedByName: counsellor.name });
    const [v1] = listSubmissionVersionsForViewer(student, submissionId);
    expect(v1.decision).toBe('returned');
    expect(listSubmissionCommentsForViewer(student, submissionId).map((c) => [c.versionId, c.questionId, c.body, c.authorName])).toEqual([[v1.id, q2, 'Say more about the pay.', counsellor.name]]);
    const [n] = listNotificationsForViewer(student).items;
    expect(n).toMatchObject({ kind: 'submission-returned', href: `/assignments/${assignmentId}`, readAt: null });
    const [mail] = getDb().select().from(outbox).where(eq(outbox.toUserId, student.id)).all();
    expect(mail.body).toContain(`${process.env.APP_URL}/assignments/${assignmentId}`);
    expect(audits(submissionId)).toEqual([{ action: 'SUBMISSION_RETURNED', actorId: counsellor.id, details: { version: 1, from: 'submitted', to: 'returned', comments: 1 } }]);
  });
});

describe('marking reviewed', () => {
  it('needs no comment; an overall one is kept', async () => {
    const { instructor, student, submissionId, version } = submitted();
    // The section's instructor staffs it too, and may review.
    signInAs(instructor.id);
    expect(await decideReview(submissionId, version, initialActionState, form({ decision: 'review', 'comment-overall': 'Thoughtful work.' }))).toMatchObject({ status: 'ok' });
    expect(findReviewSubmissionForViewer(instructor, submissionId)?.status).toBe('reviewed');
    expect(listSubmissionCommentsForViewer(student, submissionId).map((c) => [c.questionId, c.body])).toEqual([[null, 'Thoughtful work.']]);
    expect(listNotificationsForViewer(student).items.map((n) => n.kind)).toEqual(['submission-reviewed']);
    expect(audits(submissionId).map((a) => a.action)).toEqual(['SUBMISSION_REVIEWED']);
  });

  it('from a page opened before the student resubmitted: refused, nothing written, the comments kept', async () => {
    const { counsellor, student, sectionId, assignmentId, q1, q2, submissionId, version } = submitted();
    signInAs(counsellor.id);
    await decideReview(submissionId, version, initialActionState, form({ decision: 'return', 'comment-overall': 'Go deeper.' }));
    const opened = findReviewSubmissionForViewer(counsellor, submissionId)!;
    // The counsellor's second tab still shows the returned version; the student resubmits meanwhile.
    const again = submitWork(student, assignmentId, sectionId, { [q1]: 'I would like the hours a lot.', [q2]: 'Not the pay.' }, at(5));
    const state = await decideReview(submissionId, opened.version, initialActionState, form({ decision: 'review', 'comment-overall': 'Late thought.' }));
    expect(state.status).toBe('error');
    expect(state.message).toMatch(/Nothing was saved: .* resubmitted it since you opened it/);
    expect(state.values?.['comment-overall']).toBe('Late thought.');
    expect(findReviewSubmissionForViewer(counsellor, submissionId)).toMatchObject({ status: 'resubmitted', version: again.version });
    expect(getDb().select().from(submissionComments).where(eq(submissionComments.body, 'Late thought.')).all()).toEqual([]);
    // From the version now on the page it goes through.
    expect(await decideReview(submissionId, again.version, initialActionState, form({ decision: 'review' }))).toMatchObject({ status: 'ok' });
    // Deciding twice (a double click, or a second reviewer) is refused with the reason.
    const twice = await decideReview(submissionId, again.version, initialActionState, form({ decision: 'review' }));
    expect(twice.message).toMatch(/Nothing was saved: .*marked it “Reviewed” since you opened it/);
    expect(audits(submissionId).map((a) => a.action)).toEqual(['SUBMISSION_RETURNED', 'SUBMISSION_REVIEWED']);
  });

  it('an unknown decision is a field error', async () => {
    const { counsellor, submissionId, version } = submitted();
    signInAs(counsellor.id);
    const state = await decideReview(submissionId, version, initialActionState, form({ decision: 'delete' }));
    expect(state.fieldErrors?.decision?.[0]).toMatch(/Choose to return it/);
    expect(findReviewSubmissionForViewer(counsellor, submissionId)?.status).toBe('submitted');
  });
});

describe('who may decide', () => {
  it('a student (even its author), an admin and staff of another section get a 404, and nothing changes', async () => {
    const { student, counsellor, submissionId, version } = submitted();
    const otherSection = makeSection();
    const otherCounsellor = makeUser('counsellor');
    const otherInstructor = makeUser('instructor');
    addMember(otherSection, otherCounsellor.id, 'counsellor');
    addMember(otherSection, otherInstructor.id, 'instructor');
    for (const viewer of [student, makeUser('student'), makeUser('admin'), otherCounsellor, otherInstructor, makeUser('counsellor')]) {
      signInAs(viewer.id);
      for (const decision of ['return', 'review']) {
        expect(await thrown(decideReview(submissionId, version, initialActionState, form({ decision, 'comment-overall': 'Sneaky' })))).toMatch(/404/);
      }
    }
    expect(findReviewSubmissionForViewer(counsellor, submissionId)?.status).toBe('submitted');
    expect(listSubmissionCommentsForViewer(counsellor, submissionId)).toEqual([]);
    expect(countUnreadNotifications(student)).toBe(0);
    expect(audits(submissionId)).toEqual([]);
  });

  it('bound arguments that are not ids or versions are a 404; signed out goes to sign-in', async () => {
    const { counsellor, submissionId, version } = submitted();
    signInAs(counsellor.id);
    for (const [id, v] of [
      [-1, version],
      [1.5, version],
      [submissionId, -1],
      [submissionId, Number.NaN],
      ['1' as unknown as number, version],
    ] as const) {
      expect(await thrown(decideReview(id, v, initialActionState, form({ decision: 'review' })))).toMatch(/404/);
    }
    signInAs(null);
    expect(await thrown(decideReview(submissionId, version, initialActionState, form({ decision: 'review' })))).toMatch(/sign-in/);
    expect(findReviewSubmissionForViewer(counsellor, submissionId)?.status).toBe('submitted');
  });

  it('a draft never submitted is not there to decide', async () => {
    const s = reviewSetting();
    const { ensureAssignmentSubmission } = await import('@/db/queries/submissions');
    const id = getDb().transaction((tx) => ensureAssignmentSubmission(tx, s.student, s.assignmentId, s.sectionId, at(0)));
    signInAs(s.counsellor.id);
    expect(await thrown(decideReview(id, 0, initialActionState, form({ decision: 'review' })))).toMatch(/404/);
  });
});
