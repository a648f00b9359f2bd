/**
 * The day's reminder e-mail: one message with everything due, links into the app, the .ics of
 * each interview tomorrow, and RFC 8058 one-click unsubscribe headers. Pure: it is given the
 * links and files; lib/reminders/sweep.ts gathers them.
 */
import { endSentence } from '@/lib/text/sentence';
import { dateTimeFormat, formatDateTime } from '@/lib/time';
import type { MailAttachment } from '@/lib/mail/compose';
import { DIGEST_ORDER, REMINDER_LABELS, type DigestItem, type ReminderKind } from './rules';

export type DigestMail = { subject: string; text: string; headers: Record<string, string>; attachments: MailAttachment[] };

export type DigestInput = {
  studentName: string;
  items: DigestItem[];
  now: Date;
  timeZone: string;
  appUrl: string;
  /**
   * Links that stop reminders: `oneClick` for the List-Unsubscribe header (RFC 8058 POST), and
   * pages (a button, since a link scanner's GET must change nothing) for all or one kind.
   */
  unsubscribe: { oneClick: string; all: string; perKind: Record<ReminderKind, string> };
  /** The .ics of an interview tomorrow, by interview id. */
  calendarFiles: Map<number, { filename: string; content: string }>;
};

function line(item: DigestItem, input: DigestInput): string {
  const { appUrl, timeZone } = input;
  switch (item.kind) {
    case 'interview':
      return `- ${endSentence(`${item.contactName}, ${formatDateTime(item.at, timeZone)}${input.calendarFiles.has(item.interviewId) ? ' (calendar file attached)' : ''}`)} Reread your questions tonight.\n  ${appUrl}/interviews/${item.interviewId}`;
    case 'followUp':
      return `- Call ${item.contactName}: your e-mail has had no answer for three days. A phone call works best.\n  ${appUrl}/contacts/${item.contactId}#outreach`;
    case 'thankYou':
      return `- Thank ${item.contactName} before ${formatDateTime(item.at, timeZone)}: an e-mail, or better yet a card.\n  ${appUrl}/interviews/${item.interviewId}#thank-you`;
  }
}

export function composeDigest(input: DigestInput): DigestMail {
  const firstName = input.studentName.trim().split(/\s+/)[0] || 'there';
  const kinds = DIGEST_ORDER.filter((k) => input.items.some((i) => i.kind === k));
  const sections = kinds.map((k) => [REMINDER_LABELS[k].heading, ...input.items.filter((i) => i.kind === k).map((i) => line(i, input))].join('\n'));
  const n = input.items.length;
  const text = [
    `Hello ${firstName},`,
    `${n === 1 ? 'One thing is' : `${n} things are`} coming up.`,
    ...sections,
    'You are not looking for a job. You are simply looking for information.',
    [
      '--',
      `You get this because you chose these reminders (at most one e-mail a day). Change them: ${input.appUrl}/account#reminders`,
      ...kinds.map((k) => `Stop "${REMINDER_LABELS[k].heading.toLowerCase()}" reminders: ${input.unsubscribe.perKind[k]}`),
      `Stop all reminder e-mails: ${input.unsubscribe.all}`,
    ].join('\n'),
  ].join('\n\n');
  const dayLabel = dateTimeFormat('en-CA', { timeZone: input.timeZone, weekday: 'short', month: 'short', day: 'numeric' }).format(input.now);
  return {
    subject: `Your reminders for ${dayLabel}: ${n === 1 ? '1 thing' : `${n} things`} to do`,
    text,
    headers: {
      'List-Unsubscribe': `<${input.unsubscribe.oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `Horse's Mouth reminders <reminders.${new URL(input.appUrl).hostname}>`,
      'Auto-Submitted': 'auto-generated',
    },
    attachments: input.items.flatMap((i) => {
      const file = i.kind === 'interview' ? input.calendarFiles.get(i.interviewId) : undefined;
      return file ? [{ filename: file.filename, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: file.content }] : [];
    }),
  };
}
