import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type DB, type Tx } from '../client';
import { assignments, notifications, outbox, sectionMembers, sections, submissions, users } from '../schema';
import { pageWindow, toPage, type Page } from './pagination';
import type { Viewer } from './users';
import type { NotificationKind } from '@/lib/submissions/vocabulary';
import { sectionLabel } from '@/lib/sections/label';

/*
 * In-app notifications (the bell in the header) and their e-mail copies. A notification is
 * created in the same transaction as the change it tells about, so there is never one for a
 * change that was rolled back, nor a change without its notification. Each notification is
 * its recipient's alone: every read and write here filters by the viewer's id in SQL.
 */

export type NotificationItem = {
  id: number;
  kind: NotificationKind;
  title: string;
  body: string | null;
  href: string;
  readAt: Date | null;
  createdAt: Date;
};

/** How many of the viewer's notifications are unread (the bell's number). */
export function countUnreadNotifications(viewer: Viewer): number {
  return getDb().select({ n: count() }).from(notifications).where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt))).get()?.n ?? 0;
}

export const NOTIFICATION_FILTERS = ['all', 'unread'] as const;
export type NotificationFilter = (typeof NOTIFICATION_FILTERS)[number];

/** The viewer's notifications, newest first, a page at a time. */
export function listNotificationsForViewer(viewer: Viewer, opts: { filter?: NotificationFilter; page?: number } = {}): Page<NotificationItem> {
  const where = and(eq(notifications.userId, viewer.id), opts.filter === 'unread' ? isNull(notifications.readAt) : undefined);
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  const db = getDb();
  const items = db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      href: notifications.href,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(notifications).where(where).get()?.n ?? 0;
  return toPage(items, total, page);
}

/** One of the viewer's notifications, or null (someone else's is not there). */
export function findNotificationForViewer(viewer: Viewer, id: number): NotificationItem | null {
  return (
    getDb()
      .select({
        id: notifications.id,
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        href: notifications.href,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(and(eq(notifications.id, id), eq(notifications.userId, viewer.id)))
      .get() ?? null
  );
}

/** Marks one of the viewer's notifications read (or unread again). Returns whether it was theirs. */
export function setNotificationRead(tx: DB | Tx, viewer: Viewer, id: number, read: boolean, now: Date): boolean {
  // The owner filter is repeated here: the write itself cannot touch another person's row.
  return tx
    .update(notifications)
    .set({ readAt: read ? sql`coalesce(${notifications.readAt}, ${now.getTime()})` : null })
    .where(and(eq(notifications.id, id), eq(notifications.userId, viewer.id)))
    .run().changes === 1;
}

/** Marks every unread notification of the viewer's read; returns how many. */
export function markAllNotificationsRead(tx: DB | Tx, viewer: Viewer, now: Date): number {
  return tx
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)))
    .run().changes;
}

// ---------------------------------------------------------------------------------------------
// Creating notifications: from the submission workflow, inside the transaction that changes it.

export const SUBMISSION_NOTIFICATION_EVENTS = ['submitted', 'resubmitted', 'returned', 'reviewed'] as const;
export type SubmissionNotificationEvent = (typeof SUBMISSION_NOTIFICATION_EVENTS)[number];

const KIND: Record<SubmissionNotificationEvent, NotificationKind> = {
  submitted: 'submission-submitted',
  resubmitted: 'submission-resubmitted',
  returned: 'submission-returned',
  reviewed: 'submission-reviewed',
};

/** Where a notification takes its reader: the review page for staff, the assignment for the student. */
export function reviewPath(submissionId: number): string {
  return `/staff/review/${submissionId}`;
}

export function studentAssignmentPath(assignmentId: number): string {
  return `/assignments/${assignmentId}`;
}

type Recipient = { id: number; email: string };

/**
 * Tells the people concerned that a submission moved, in the caller's transaction, with a copy of
 * each notification queued for e-mail:
 * - 'submitted' and 'resubmitted' (the student's submit): every active counsellor of the section;
 * - 'returned' and 'reviewed' (a reviewer's decision): the student.
 * `appUrl` is the app's absolute address (lib/app-url.ts `appUrl()`), for the link in the e-mail.
 * Call it right after the status change (submitAnswers / decideSubmission) succeeded. Returns
 * the number of notifications made.
 */
export function notifySubmission(tx: DB | Tx, submissionId: number, event: SubmissionNotificationEvent, appUrl: string): number {
  const s = tx
    .select({
      id: submissions.id,
      studentId: submissions.studentId,
      studentName: users.name,
      studentEmail: users.email,
      assignmentId: submissions.assignmentId,
      assignmentTitle: assignments.title,
      sectionId: submissions.sectionId,
      courseCode: sections.courseCode,
      sectionCode: sections.sectionCode,
      attempt: submissions.attempt,
      late: submissions.late,
    })
    .from(submissions)
    .innerJoin(users, eq(users.id, submissions.studentId))
    .innerJoin(assignments, eq(assignments.id, submissions.assignmentId))
    .innerJoin(sections, eq(sections.id, submissions.sectionId))
    .where(eq(submissions.id, submissionId))
    .get();
  if (!s || s.assignmentId === null) throw new Error('notifySubmission: no such assignment submission');
  const section = sectionLabel(s);
  const toStaff = event === 'submitted' || event === 'resubmitted';
  const recipients: Recipient[] = toStaff
    ? tx
        .select({ id: users.id, email: users.email })
        .from(sectionMembers)
        .innerJoin(users, eq(users.id, sectionMembers.userId))
        .where(and(eq(sectionMembers.sectionId, s.sectionId!), eq(sectionMembers.role, 'counsellor'), eq(users.active, true)))
        .all()
    : [{ id: s.studentId, email: s.studentEmail }];
  const href = toStaff ? reviewPath(s.id) : studentAssignmentPath(s.assignmentId);
  const { title, body } = wording(event, { student: s.studentName, assignment: s.assignmentTitle, section, attempt: s.attempt, late: s.late });
  for (const r of recipients) {
    tx.insert(notifications).values({ userId: r.id, kind: KIND[event], title, body, href }).run();
    queueNotificationMail(tx, { toUserId: r.id, toAddress: r.email, kind: KIND[event], subject: title, text: `${body}\n\nOpen it in Horse's Mouth: ${appUrl.replace(/\/$/, '')}${href}\n` });
  }
  return recipients.length;
}

function wording(event: SubmissionNotificationEvent, w: { student: string; assignment: string; section: string; attempt: number; late: boolean }): { title: string; body: string } {
  switch (event) {
    case 'submitted':
      return { title: `${w.student} submitted “${w.assignment}”`, body: `${w.student} (${w.section}) submitted “${w.assignment}”${w.late ? ', late' : ''}. It waits in your review queue.` };
    case 'resubmitted':
      return {
        title: `${w.student} resubmitted “${w.assignment}”`,
        body: `${w.student} (${w.section}) revised and resubmitted “${w.assignment}” (version ${w.attempt})${w.late ? ', late' : ''}. The review page shows what changed.`,
      };
    case 'returned':
      return { title: `“${w.assignment}” was returned for revision`, body: `Your counsellor read “${w.assignment}” and returned it with comments. Revise your answers and submit again.` };
    case 'reviewed':
      return { title: `“${w.assignment}” was reviewed`, body: `Your counsellor read “${w.assignment}” and marked it reviewed.` };
  }
}

/** Where a student reads their released grades. */
export const GRADES_PATH = '/grades';

/**
 * Tells a student that a grade of theirs was released (in the caller's transaction, with its
 * e-mail copy). The notification names the assignment, not the score: the score is read signed in.
 */
export function notifyGradeReleased(tx: DB | Tx, assignmentId: number, studentId: number, appUrl: string): void {
  const row = tx
    .select({ email: users.email, active: users.active, title: assignments.title })
    .from(users)
    .innerJoin(assignments, eq(assignments.id, assignmentId))
    .where(eq(users.id, studentId))
    .get();
  if (!row || !row.active) return;
  const title = `Your grade for “${row.title}” is ready`;
  const body = `Your instructor released your grade for “${row.title}”, with the rubric and feedback.`;
  tx.insert(notifications).values({ userId: studentId, kind: 'grade-released', title, body, href: GRADES_PATH }).run();
  queueNotificationMail(tx, { toUserId: studentId, toAddress: row.email, kind: 'grade-released', subject: title, text: `${body}\n\nRead it in Horse's Mouth: ${appUrl.replace(/\/$/, '')}${GRADES_PATH}\n` });
}

export type NotificationMail = { toUserId: number; toAddress: string; kind: NotificationKind; subject: string; text: string };

/**
 * The one place notifications reach the outbox. It has the shape of the mail queue's
 * `enqueueMail(tx, mail)` (db/queries/outbox.ts on the mail branch) so that switching to it is
 * a one-line change here.
 */
export function queueNotificationMail(tx: DB | Tx, mail: NotificationMail): void {
  tx.insert(outbox).values({ toUserId: mail.toUserId, toAddress: mail.toAddress, subject: mail.subject, body: mail.text }).run();
}
