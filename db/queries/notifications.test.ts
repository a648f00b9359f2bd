import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { notifications, outbox, users } from '../schema';
import { addMember, makeUser } from '../testing/factories';
import { reviewSetting, submitWork } from '../testing/review';
import {
  countUnreadNotifications,
  findNotificationForViewer,
  listNotificationsForViewer,
  markAllNotificationsRead,
  notifySubmission,
  setNotificationRead,
} from './notifications';
import { PAGE_SIZE } from './pagination';

const T0 = new Date('2026-11-20T10:00:00Z');
const at = (min: number) => new Date(T0.getTime() + min * 60_000);
const APP = 'https://hm.example.edu';

const mailTo = (userId: number) => getDb().select().from(outbox).where(eq(outbox.toUserId, userId)).all();

describe('notifySubmission', () => {
  it('a submit tells every active counsellor of the section (not its instructor), each with an e-mail copy', () => {
    const { sectionId, student, counsellor, instructor, q1, assignmentId } = reviewSetting();
    const second = makeUser('counsellor');
    addMember(sectionId, second.id, 'counsellor');
    const gone = makeUser('counsellor', { active: false });
    addMember(sectionId, gone.id, 'counsellor');
    const { submissionId } = submitWork(student, assignmentId, sectionId, { [q1]: 'Mine' }, at(1));

    const made = getDb().transaction((tx) => notifySubmission(tx, submissionId, 'submitted', `${APP}/`));
    expect(made).toBe(2);
    for (const c of [counsellor, second]) {
      const [n] = listNotificationsForViewer(c).items;
      expect(n).toMatchObject({ kind: 'submission-submitted', title: `${student.name} submitted “Reflect on an interview”`, href: `/staff/review/${submissionId}`, readAt: null });
      const [mail] = mailTo(c.id);
      expect(mail).toMatchObject({ toAddress: c.email, subject: n.title, sentAt: null });
      expect(mail.body).toContain(`${APP}/staff/review/${submissionId}`);
    }
    for (const nobody of [instructor, gone, student]) {
      expect(countUnreadNotifications(nobody)).toBe(0);
      expect(mailTo(nobody.id)).toEqual([]);
    }
  });

  it('a decision tells the student, pointing at the assignment', () => {
    const { sectionId, student, counsellor, q1, assignmentId } = reviewSetting();
    const { submissionId } = submitWork(student, assignmentId, sectionId, { [q1]: 'Mine' }, at(1));
    getDb().transaction((tx) => notifySubmission(tx, submissionId, 'returned', APP));
    getDb().transaction((tx) => notifySubmission(tx, submissionId, 'reviewed', APP));
    expect(listNotificationsForViewer(student).items.map((n) => [n.kind, n.title, n.href])).toEqual([
      ['submission-reviewed', '“Reflect on an interview” was reviewed', `/assignments/${assignmentId}`],
      ['submission-returned', '“Reflect on an interview” was returned for revision', `/assignments/${assignmentId}`],
    ]);
    expect(mailTo(student.id)).toHaveLength(2);
    expect(countUnreadNotifications(counsellor)).toBe(0);
  });

  it('is part of the caller’s transaction: rolled back with it', () => {
    const { sectionId, student, counsellor, q1, assignmentId } = reviewSetting();
    const { submissionId } = submitWork(student, assignmentId, sectionId, { [q1]: 'Mine' }, at(1));
    expect(() =>
      getDb().transaction((tx) => {
        notifySubmission(tx, submissionId, 'submitted', APP);
        throw new Error('the status change failed');
      }),
    ).toThrow('the status change failed');
    expect(countUnreadNotifications(counsellor)).toBe(0);
    expect(mailTo(counsellor.id)).toEqual([]);
  });
});

describe('reading and clearing', () => {
  function inbox(n: number) {
    const me = makeUser('student');
    for (let i = 0; i < n; i++) {
      getDb()
        .insert(notifications)
        .values({ userId: me.id, kind: 'submission-returned', title: `N${i}`, href: '/home', createdAt: at(i) })
        .run();
    }
    return me;
  }

  it('newest first, paged, counted; one marked read and unread again; all marked read', () => {
    const me = inbox(PAGE_SIZE + 3);
    const first = listNotificationsForViewer(me);
    expect(first.total).toBe(PAGE_SIZE + 3);
    expect(first.items[0].title).toBe(`N${PAGE_SIZE + 2}`);
    expect(listNotificationsForViewer(me, { page: 2 }).items.map((n) => n.title)).toEqual(['N2', 'N1', 'N0']);
    expect(countUnreadNotifications(me)).toBe(PAGE_SIZE + 3);

    const id = first.items[0].id;
    expect(setNotificationRead(getDb(), me, id, true, at(100))).toBe(true);
    // Marking it read again keeps the first time it was read.
    setNotificationRead(getDb(), me, id, true, at(200));
    expect(findNotificationForViewer(me, id)?.readAt).toEqual(at(100));
    expect(countUnreadNotifications(me)).toBe(PAGE_SIZE + 2);
    expect(listNotificationsForViewer(me, { filter: 'unread' }).total).toBe(PAGE_SIZE + 2);
    setNotificationRead(getDb(), me, id, false, at(300));
    expect(countUnreadNotifications(me)).toBe(PAGE_SIZE + 3);

    expect(markAllNotificationsRead(getDb(), me, at(400))).toBe(PAGE_SIZE + 3);
    expect(countUnreadNotifications(me)).toBe(0);
    expect(markAllNotificationsRead(getDb(), me, at(500))).toBe(0);
  });

  it('nobody reads or clears another person’s notifications', () => {
    const me = inbox(2);
    const other = makeUser('counsellor');
    const mine = listNotificationsForViewer(me).items[0].id;
    expect(findNotificationForViewer(other, mine)).toBeNull();
    expect(listNotificationsForViewer(other).total).toBe(0);
    expect(setNotificationRead(getDb(), other, mine, true, at(1))).toBe(false);
    expect(markAllNotificationsRead(getDb(), other, at(1))).toBe(0);
    expect(countUnreadNotifications(me)).toBe(2);
    // Deleting the account deletes its notifications.
    getDb().delete(users).where(eq(users.id, me.id)).run();
    expect(getDb().select().from(notifications).where(eq(notifications.userId, me.id)).all()).toEqual([]);
  });
});
