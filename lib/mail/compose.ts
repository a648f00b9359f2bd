/**
 * Turns an outbox row into the message handed to SMTP: both parts, Date, a Message-ID that
 * stays the same on every retry (so a receiver can tell a repeat), headers and attachments.
 */
import { addressDomain, type MailConfig } from './config';

import type { MailAttachment } from './vocabulary';

export type { MailAttachment };

export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  date: Date;
  messageId: string;
  headers: Record<string, string>;
  attachments: MailAttachment[];
};

export type OutboxRow = {
  id: number;
  toAddress: string;
  subject: string;
  body: string;
  html: string | null;
  headers: Record<string, string> | null;
  attachments: MailAttachment[] | null;
  createdAt: Date;
};

const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** One paragraph of text as HTML: escaped, line breaks kept, web addresses as links. */
function paragraphHtml(paragraph: string): string {
  let out = '';
  let last = 0;
  for (const m of paragraph.matchAll(URL_PATTERN)) {
    out += escapeHtml(paragraph.slice(last, m.index));
    out += `<a href="${escapeHtml(m[0])}" style="color:#065f46">${escapeHtml(m[0])}</a>`;
    last = m.index + m[0].length;
  }
  out += escapeHtml(paragraph.slice(last));
  return out.replace(/\n/g, '<br>\n');
}

/** The HTML part for a message that has only text: the same words, paragraphs and links. */
export function textToHtml(text: string, title: string): string {
  const paragraphs = text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p style="margin:0 0 16px">${paragraphHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:24px 12px;background:#f5f5f4;color:#1c1917;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:16px;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #d6d3d1;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;font-weight:700;color:#064e3b">Horse&#39;s Mouth</p>
${paragraphs}
</div>
</body>
</html>
`;
}

/** Stable for the row, so a retry carries the same Message-ID as the first try. */
export function messageIdFor(row: Pick<OutboxRow, 'id' | 'createdAt'>, config: MailConfig): string {
  const domain = addressDomain(config.from) ?? new URL(config.appUrl).hostname;
  return `<outbox.${row.id}.${row.createdAt.getTime()}@${domain}>`;
}

export function composeOutgoing(row: OutboxRow, config: MailConfig, now: Date): OutgoingMail {
  return {
    from: config.from,
    to: row.toAddress,
    subject: row.subject,
    text: row.body,
    html: row.html ?? textToHtml(row.body, row.subject),
    date: now,
    messageId: messageIdFor(row, config),
    headers: row.headers ?? {},
    attachments: row.attachments ?? [],
  };
}
