import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { countUnreadNotifications, listNotificationsForViewer, notifySubmission } from '@/db/queries/notifications';
import { listDraftAnswersForViewer, findSubmissionForViewer } from '@/db/queries/submissions';
import { reviewSetting, submitWork } from '@/db/testing/review';
import { authModuleMock, signInAs, thrown } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers({ host: 'hm.example.edu' }) }));

const { markAllRead, markNotification, openNotification } = await import('./actions');
const { submitAssignment } = await import('@/lib/submissions/actions');

const T0 = new Date('2026-11-20T10:00:00Z');

/** A counsellor with one unread notification about a student's submit. */
function told() {
  const s = reviewSetting();
  const work = submitWork(s.student, s.assignmentId, s.sectionId, { [s.q1]: 'One.', [s.q2]: 'Two.' }, T0);
  getDb().transaction((tx) => notifySubmission(tx, work.submissionId, 'submitted', 'https://hm.example.edu'));
  const [n] = listNotificationsForViewer(s.counsellor).items;
  return { ...s, ...work, notificationId: n.id };
}

beforeEach(() => signInAs(null));

describe('notifications are their recipient’s alone', () => {
  it('opening one marks it read and goes where it points', async () => {
    const { counsellor, notificationId, submissionId } = told();
    signInAs(counsellor.id);
    expect(await thrown(openNotification(notificationId))).toMatch(new RegExp(`/staff/review/${submissionId}`));
    expect(countUnreadNotifications(counsellor)).toBe(0);
    expect(await markNotification(notificationId, false, initialActionState)).toMatchObject({ status: 'ok' });
    expect(countUnreadNotifications(counsellor)).toBe(1);
    expect(await markAllRead(initialActionState)).toMatchObject({ status: 'ok', message: 'Marked 1 notification read.' });
    expect(countUnreadNotifications(counsellor)).toBe(0);
  });

  it('anyone else (the student, the instructor, another counsellor) gets a 404 on each action called directly, and nothing changes', async () => {
    const { counsellor, student, instructor, notificationId } = told();
    for (const who of [student, instructor]) {
      signInAs(who.id);
      expect(await thrown(openNotification(notificationId))).toMatch(/404/);
      expect(await thrown(markNotification(notificationId, true, initialActionState))).toMatch(/404/);
      await markAllRead(initialActionState);
    }
    expect(countUnreadNotifications(counsellor)).toBe(1);
    signInAs(counsellor.id);
    for (const bad of [-1, 0.5, '1' as unknown as number]) expect(await thrown(markNotification(bad, true, initialActionState))).toMatch(/404/);
    expect(await thrown(markNotification(notificationId, 'yes' as unknown as boolean, initialActionState))).toMatch(/404/);
    signInAs(null);
    expect(await thrown(markAllRead(initialActionState))).toMatch(/sign-in/);
  });
});

describe('a student’s submit', () => {
  it('tells the section’s counsellor in the same transaction, once, with an e-mail copy', async () => {
    const s = reviewSetting({ dueAt: new Date('2030-01-01T00:00:00Z') });
    // A draft, saved as the answer page does, then submitted through the action.
    const { ensureAssignmentSubmission, saveAnswers } = await import('@/db/queries/submissions');
    const id = getDb().transaction((tx) => ensureAssignmentSubmission(tx, s.student, s.assignmentId, s.sectionId, T0));
    getDb().transaction((tx) => saveAnswers(tx, s.student, id, 0, [{ questionId: s.q1, text: 'One.' }, { questionId: s.q2, text: 'Two.' }], T0));
    expect(Object.keys(listDraftAnswersForViewer(s.student, id))).toHaveLength(2);
    signInAs(s.student.id);
    const version = findSubmissionForViewer(s.student, id)!.version;
    expect(await submitAssignment(s.assignmentId, version)).toMatchObject({ status: 'ok' });
    // The same click again: nothing more.
    expect(await submitAssignment(s.assignmentId, version)).toMatchObject({ status: 'ok' });
    expect(listNotificationsForViewer(s.counsellor).items.map((n) => n.kind)).toEqual(['submission-submitted']);
    expect(countUnreadNotifications(s.instructor)).toBe(0);
  });
});
