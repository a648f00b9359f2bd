import nodemailer from 'nodemailer';
import type { OutgoingMail } from './compose';

export type Deliver = (mail: OutgoingMail) => Promise<void>;

export type SmtpTransport = { deliver: Deliver; close: () => void };

/**
 * Delivery over SMTP with nodemailer from SMTP_URL. One pooled connection, reused between
 * messages; timeouts well under the sender's claim on a message, so a live sender never has
 * its message taken over by another.
 */
export function createSmtpTransport(smtpUrl: string): SmtpTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 1,
    maxMessages: 100,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return {
    async deliver(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        date: mail.date,
        messageId: mail.messageId,
        headers: mail.headers,
        attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
    },
    close() {
      transporter.close();
    },
  };
}
