/**
 * Drains the outbox: claims one message at a time (db/queries/outbox.ts), hands it to SMTP,
 * and records the outcome. A message is sent at most once by a live sender: the claim is an
 * immediate transaction with a lease longer than any SMTP timeout, and the row is marked sent
 * as soon as the server accepts it. A sender killed while it holds a message leaves it
 * 'sending'; once the lease runs out another sender (or the restarted one) takes it again.
 */
import { claimNextMail, markMailAttemptFailed, markMailSent } from '@/db/queries/outbox';
import { composeOutgoing } from './compose';
import type { MailConfig } from './config';
import type { Deliver } from './transport';

/** Tries before a message is marked failed (about two hours of backoff in all). */
export const MAIL_MAX_ATTEMPTS = 8;
/** How long a claim lasts; far above the transport's timeouts (20 s connect, 60 s socket). */
export const MAIL_CLAIM_LEASE_MS = 10 * 60_000;
const RETRY_BASE_MS = 60_000;
const RETRY_MAX_MS = 2 * 3600_000;

/** Wait after the n-th failed try: 1, 2, 4, 8 … minutes, at most two hours. */
export function retryDelayMs(failedTries: number): number {
  return Math.min(RETRY_BASE_MS * 2 ** Math.max(0, failedTries - 1), RETRY_MAX_MS);
}

export type SendFailure = {
  message: string;
  /** The server refused this message for good (a 5xx reply): retrying will not help. */
  permanent: boolean;
  /** The server could not be reached or would not talk: stop this batch, try later. */
  serverUnavailable: boolean;
};

const UNAVAILABLE_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EAUTH', 'ECONNREFUSED', 'ECONNRESET', 'EPROTOCOL', 'ESTREAM']);

export function classifyFailure(error: unknown): SendFailure {
  const e = (error ?? {}) as { message?: unknown; code?: unknown; responseCode?: unknown; response?: unknown; command?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : null;
  const response = typeof e.response === 'string' ? e.response : '';
  const text = [code, response || (typeof e.message === 'string' ? e.message : String(error))].filter(Boolean).join(': ');
  // 421: the server is closing the channel (shutting down, overloaded).
  const serverUnavailable = UNAVAILABLE_CODES.has(code) || responseCode === 421;
  const permanent = !serverUnavailable && responseCode !== null && responseCode >= 500 && responseCode < 600;
  return { message: text.slice(0, 2000), permanent, serverUnavailable };
}

export type DrainResult = { sent: number; retried: number; failed: number; serverUnavailable: boolean; more: boolean };

export type DrainOptions = {
  deliver: Deliver;
  config: MailConfig;
  now?: () => Date;
  /** At most this many messages in one call (the worker calls again soon when there are more). */
  max?: number;
  leaseMs?: number;
};

export async function drainOutbox(opts: DrainOptions): Promise<DrainResult> {
  const now = opts.now ?? (() => new Date());
  const max = opts.max ?? 100;
  const result: DrainResult = { sent: 0, retried: 0, failed: 0, serverUnavailable: false, more: false };
  for (let n = 0; n < max; n++) {
    const claimed = claimNextMail(now(), opts.leaseMs ?? MAIL_CLAIM_LEASE_MS);
    if (!claimed) return result;
    try {
      await opts.deliver(composeOutgoing(claimed, opts.config, now()));
    } catch (error) {
      const failure = classifyFailure(error);
      const giveUp = failure.permanent || claimed.attempts >= MAIL_MAX_ATTEMPTS;
      markMailAttemptFailed(claimed.id, claimed.claimToken, {
        error: failure.message,
        retryAt: giveUp ? null : new Date(now().getTime() + retryDelayMs(claimed.attempts)),
      });
      if (giveUp) result.failed++;
      else result.retried++;
      if (failure.serverUnavailable) {
        // The rest would fail the same way and burn their tries: leave them for later.
        result.serverUnavailable = true;
        return result;
      }
      continue;
    }
    markMailSent(claimed.id, claimed.claimToken, now());
    result.sent++;
  }
  result.more = true;
  return result;
}
