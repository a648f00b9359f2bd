import { and, asc, count, desc, eq, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import crypto from 'node:crypto';
import { getDb, type DB, type Tx } from '../client';
import type { MailAttachment, MailStatus } from '../../lib/mail/vocabulary';
import { outbox } from '../schema';
import { pageWindow, toPage, type Page } from './pagination';
import type { Viewer } from './users';

/** One e-mail to queue. Links in it must be absolute: build them from `await appUrl()` (lib/app-url.ts, APP_URL when set). */
export type NewMail = {
  /** The recipient's account, when there is one (deleting the account deletes its mail). */
  toUserId: number | null;
  toAddress: string;
  /** What it is for, shown to admins: 'invite', 'reset', 'reminders', 'review-returned'… */
  kind: string;
  subject: string;
  /** The plain-text part (required). */
  text: string;
  /** The HTML part; when left out the sender makes one from the text (paragraphs, links). */
  html?: string | null;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
  /** A second message with the same key is not queued (e.g. one digest per student per day). */
  dedupeKey?: string;
};

// Listeners (the sender started with the app) to tell that something was queued. Kept on
// globalThis: the server's route bundles and instrumentation are separate module graphs.
const listeners = globalThis as unknown as { __hmMailQueued?: Set<() => void> };

/** Called (soon, after the caller's transaction) whenever a message is queued in this process. */
export function onMailQueued(listener: () => void): () => void {
  listeners.__hmMailQueued ??= new Set();
  listeners.__hmMailQueued.add(listener);
  return () => listeners.__hmMailQueued?.delete(listener);
}

/**
 * Queues one e-mail inside the caller's transaction, so it is sent only if the change it tells
 * about is committed. Returns the outbox id, or null when `dedupeKey` was already queued.
 */
export function enqueueMail(tx: DB | Tx, mail: NewMail): number | null {
  const row = tx
    .insert(outbox)
    .values({
      toUserId: mail.toUserId,
      toAddress: mail.toAddress,
      kind: mail.kind,
      subject: mail.subject,
      body: mail.text,
      html: mail.html ?? null,
      headers: mail.headers ?? null,
      attachments: mail.attachments ?? null,
      dedupeKey: mail.dedupeKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: outbox.id })
    .get();
  if (row) announce();
  return row?.id ?? null;
}

function announce(): void {
  if (!listeners.__hmMailQueued?.size) return;
  // A timer, not a microtask: better-sqlite3 transactions are synchronous, so by the time it
  // fires the caller's transaction has committed (or rolled back, and the sender finds nothing).
  setTimeout(() => listeners.__hmMailQueued?.forEach((l) => l()), 0);
}

export type ClaimedMail = typeof outbox.$inferSelect & { claimToken: string };

/** Queued and due, or held by a sender whose claim has run out (it died mid-send). */
function claimable(now: Date): SQL {
  return or(
    and(eq(outbox.status, 'queued'), or(isNull(outbox.nextAttemptAt), lte(outbox.nextAttemptAt, now))),
    and(eq(outbox.status, 'sending'), lt(outbox.claimedUntil, now)),
  )!;
}

/**
 * Takes the oldest message that is due, for one sender, for `leaseMs`. An immediate
 * transaction holds SQLite's write lock from the first read, so two processes never take the
 * same row; the conditional update repeats the check besides.
 */
export function claimNextMail(now: Date, leaseMs: number): ClaimedMail | null {
  const claimToken = crypto.randomUUID();
  return getDb().transaction(
    (tx) => {
      const next = tx.select({ id: outbox.id }).from(outbox).where(claimable(now)).orderBy(asc(outbox.id)).limit(1).get();
      if (!next) return null;
      const row = tx
        .update(outbox)
        .set({
          status: 'sending',
          claimToken,
          claimedUntil: new Date(now.getTime() + leaseMs),
          attempts: sql`${outbox.attempts} + 1`,
          lastAttemptAt: now,
        })
        .where(and(eq(outbox.id, next.id), claimable(now)))
        .returning()
        .get();
      return row ? { ...row, claimToken } : null;
    },
    { behavior: 'immediate' },
  );
}

/** The SMTP server took it. False when the claim was lost (another sender took the row over). */
export function markMailSent(id: number, claimToken: string, now: Date): boolean {
  const res = getDb()
    .update(outbox)
    .set({ status: 'sent', sentAt: now, claimToken: null, claimedUntil: null, nextAttemptAt: null })
    .where(and(eq(outbox.id, id), eq(outbox.claimToken, claimToken), eq(outbox.status, 'sending')))
    .run();
  return res.changes === 1;
}

/** A failed attempt: queued again from `retryAt`, or failed for good when `retryAt` is null. */
export function markMailAttemptFailed(id: number, claimToken: string, failure: { error: string; retryAt: Date | null }): boolean {
  const res = getDb()
    .update(outbox)
    .set({
      status: failure.retryAt ? 'queued' : 'failed',
      nextAttemptAt: failure.retryAt,
      lastError: failure.error.slice(0, 2000),
      claimToken: null,
      claimedUntil: null,
    })
    .where(and(eq(outbox.id, id), eq(outbox.claimToken, claimToken), eq(outbox.status, 'sending')))
    .run();
  return res.changes === 1;
}

/** Puts a failed message back in the queue with a fresh set of tries. The last error stays until it is sent. */
export function requeueFailedMail(tx: DB | Tx, id: number): boolean {
  const res = tx
    .update(outbox)
    .set({ status: 'queued', attempts: 0, nextAttemptAt: null })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'failed')))
    .run();
  if (res.changes === 1) announce();
  return res.changes === 1;
}

function assertAdmin(viewer: Viewer): void {
  // Mail holds one-time links and students' reminders: only admins read the outbox.
  if (viewer.role !== 'admin') throw new Error('Only an admin may read the outbox.');
}

export type OutboxItem = {
  id: number;
  toAddress: string;
  kind: string;
  subject: string;
  body: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date | null;
  sentAt: Date | null;
  createdAt: Date;
};

const itemColumns = {
  id: outbox.id,
  toAddress: outbox.toAddress,
  kind: outbox.kind,
  subject: outbox.subject,
  body: outbox.body,
  status: outbox.status,
  attempts: outbox.attempts,
  lastError: outbox.lastError,
  nextAttemptAt: outbox.nextAttemptAt,
  sentAt: outbox.sentAt,
  createdAt: outbox.createdAt,
};

/** The outbox, newest first, optionally one status; paginated. */
export function listOutboxForViewer(viewer: Viewer, opts: { status?: MailStatus; page?: number }): Page<OutboxItem> {
  assertAdmin(viewer);
  const where = opts.status ? eq(outbox.status, opts.status) : undefined;
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  const db = getDb();
  return db.transaction(() => {
    const items = db.select(itemColumns).from(outbox).where(where).orderBy(desc(outbox.id)).limit(limit).offset(offset).all();
    const total = opts.status ? countsByStatus(db)[opts.status] : countAll(db);
    return toPage(items, total, page);
  });
}

export function findOutboxItemForViewer(viewer: Viewer, id: number): OutboxItem | null {
  assertAdmin(viewer);
  return getDb().select(itemColumns).from(outbox).where(eq(outbox.id, id)).get() ?? null;
}

// A count of the whole table is read from the b-tree's own count; a count of one status walks
// that status's index entries. Sent mail piles up (130,000 messages in a year of a 30,000-student
// centre, 7 ms to count by status), so it is the whole less the rest, which stay few.
const countAll = (db: DB) => db.select({ n: count() }).from(outbox).get()?.n ?? 0;
const countOf = (db: DB, status: MailStatus) => db.select({ n: count() }).from(outbox).where(eq(outbox.status, status)).get()?.n ?? 0;

function countsByStatus(db: DB): Record<MailStatus, number> {
  const queued = countOf(db, 'queued');
  const sending = countOf(db, 'sending');
  const failed = countOf(db, 'failed');
  return { queued, sending, failed, sent: countAll(db) - queued - sending - failed };
}

/** How many messages are in each state. */
export function outboxCounts(viewer: Viewer): Record<MailStatus, number> {
  assertAdmin(viewer);
  const db = getDb();
  return db.transaction(() => countsByStatus(db)); // one snapshot: the counts add up
}

/** Messages not yet sent (queued or being sent). */
export function countUnsentMail(): number {
  return getDb().select({ n: count() }).from(outbox).where(inArray(outbox.status, ['queued', 'sending'])).get()?.n ?? 0;
}
