/**
 * The outbox's vocabulary: a message's states and their labels, and the shape of an attachment.
 * Dependency-free, so the schema, the sender, the admin pages and the SQL use the same lists.
 *
 *   queued  → waiting for the sender (nextAttemptAt, if set, is the earliest it may go: backoff)
 *   sending → claimed by one sender (claimToken, until claimedUntil; a lapsed claim is queued again)
 *   sent    → delivered to the SMTP server (sentAt)
 *   failed  → given up after the retries; lastError kept; an admin may retry it
 */
export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const MAIL_STATUS_LABELS: Readonly<Record<MailStatus, string>> = {
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
};

/** An attachment kept in the outbox row: text content (an .ics), sent as is. */
export type MailAttachment = { filename: string; contentType: string; content: string };
