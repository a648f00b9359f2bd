/**
 * Puts each student's reminder digest for today in the outbox: once a day, from 7 a.m. their
 * time, only for students who chose reminders and only when something is due. The outbox's
 * dedupe key (`reminders:<student>:<day>`) lets at most one digest per student per day through,
 * however many processes sweep at once.
 */
import { getDb } from '@/db/client';
import { findInterviewForViewer, listPlanQuestionsForViewer } from '@/db/queries/interviews';
import { listEmailAttemptsAwaitingReplyForViewer } from '@/db/queries/outreach';
import { enqueueMail } from '@/db/queries/outbox';
import { listReminderInterviews, listReminderRecipients, markRemindersChecked, type ReminderRecipient } from '@/db/queries/reminders';
import { icsFileName, interviewCalendarFile } from '@/lib/interviews/ics';
import { INTERVIEW_MODE_LABELS } from '@/lib/interviews/vocabulary';
import { composeDigest } from './digest';
import { REMINDER_KINDS, digestDedupeKey, digestItems, isDigestTime, localDay, type ReminderKind } from './rules';
import { unsubscribeToken } from './unsubscribe-token';

export type SweepOptions = { appUrl: string; secret: string };

/** The links that stop reminders: the one-click endpoint for List-Unsubscribe, and pages for the footer. */
export function unsubscribeLinks(userId: number, opts: SweepOptions) {
  const page = (scope: ReminderKind | 'all') => `${opts.appUrl}/unsubscribe/${unsubscribeToken(userId, scope, opts.secret)}`;
  return {
    oneClick: `${opts.appUrl}/api/unsubscribe/${unsubscribeToken(userId, 'all', opts.secret)}`,
    all: page('all'),
    perKind: Object.fromEntries(REMINDER_KINDS.map((k) => [k, page(k)])) as Record<ReminderKind, string>,
  };
}

/**
 * Works out one student's digest for today and queues it, marking the day as looked at.
 * Returns the outbox id, or null when nothing was due (or today's digest was already queued).
 */
export function queueDigestFor(student: ReminderRecipient, now: Date, opts: SweepOptions): number | null {
  const day = localDay(now, student.timeZone);
  const items = digestItems(
    student.prefs,
    { interviews: listReminderInterviews(student, now), emailAttempts: listEmailAttemptsAwaitingReplyForViewer(student, student.id) },
    now,
    student.timeZone,
  );
  const calendarFiles = new Map<number, { filename: string; content: string }>();
  for (const item of items) {
    if (item.kind !== 'interview') continue;
    const interview = findInterviewForViewer(student, item.interviewId);
    if (!interview?.startsAt) continue;
    const mustAsk = listPlanQuestionsForViewer(student, interview.id).filter((q) => q.mustAsk).map((q) => q.text);
    calendarFiles.set(interview.id, {
      filename: icsFileName(interview.startsAt),
      content: interviewCalendarFile({ ...interview, startsAt: interview.startsAt, modeLabel: INTERVIEW_MODE_LABELS[interview.mode] }, mustAsk, now),
    });
  }
  return getDb().transaction((tx) => {
    markRemindersChecked(tx, student.id, day);
    if (items.length === 0) return null;
    const digest = composeDigest({
      studentName: student.name,
      items,
      now,
      timeZone: student.timeZone,
      appUrl: opts.appUrl,
      unsubscribe: unsubscribeLinks(student.id, opts),
      calendarFiles,
    });
    return enqueueMail(tx, {
      toUserId: student.id,
      toAddress: student.email,
      kind: 'reminders',
      subject: digest.subject,
      text: digest.text,
      headers: digest.headers,
      attachments: digest.attachments,
      dedupeKey: digestDedupeKey(student.id, day),
    });
  });
}

const PAGE = 200;

/**
 * Every opted-in student whose digest time has come: a page of students at a time, yielding
 * between pages so the server keeps answering requests. Returns how many digests were queued.
 */
export async function sweepReminders(now: Date, opts: SweepOptions): Promise<number> {
  let queued = 0;
  let afterId = 0;
  for (;;) {
    const page = listReminderRecipients(afterId, PAGE);
    if (page.length === 0) return queued;
    for (const student of page) {
      if (isDigestTime(now, student.timeZone, student.checkedDay) && queueDigestFor(student, now, opts) !== null) queued++;
    }
    afterId = page[page.length - 1].id;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
