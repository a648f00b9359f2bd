import { spawn, type ChildProcess } from 'node:child_process';
import { eq, inArray } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { claimNextMail, enqueueMail } from '@/db/queries/outbox';
import { outbox } from '@/db/schema';
import type { MailConfig } from './config';
import { MAIL_CLAIM_LEASE_MS, MAIL_MAX_ATTEMPTS, classifyFailure, drainOutbox, retryDelayMs } from './sender';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink';
import { createSmtpTransport, type SmtpTransport } from './transport';

const T0 = new Date('2026-12-01T15:00:00Z');
const MIN = 60_000;

let sinks: SmtpSink[] = [];
let transports: SmtpTransport[] = [];

function configFor(port: number): MailConfig {
  return { smtpUrl: `smtp://127.0.0.1:${port}`, from: '"Career Centre" <careers@college.test>', appUrl: 'https://careers.college.test' };
}

async function sink(opts: Parameters<typeof startSmtpSink>[0] = {}): Promise<SmtpSink> {
  const s = await startSmtpSink(opts);
  sinks.push(s);
  return s;
}

function transport(port: number): SmtpTransport {
  const t = createSmtpTransport(`smtp://127.0.0.1:${port}`);
  transports.push(t);
  return t;
}

/** Queues n messages with distinct recipients; returns their ids. */
function queue(n: number, tag: string): number[] {
  const ids: number[] = [];
  for (let i = 1; i <= n; i++) {
    const id = enqueueMail(getDb(), {
      toUserId: null,
      toAddress: `${tag}-${i}@students.test`,
      kind: 'test',
      subject: `${tag} message ${i}`,
      text: `Hello ${i},\n\nYour link: https://careers.college.test/set-password/abc${i}\n`,
    });
    ids.push(id!);
  }
  return ids;
}

function statuses(ids: number[]) {
  return getDb().select({ id: outbox.id, status: outbox.status, attempts: outbox.attempts, lastError: outbox.lastError }).from(outbox).where(inArray(outbox.id, ids)).all();
}

async function messageIds(messages: { raw: string }[]): Promise<string[]> {
  return Promise.all(messages.map(async (m) => (await simpleParser(m.raw)).messageId ?? ''));
}

/** Every queued id's Message-ID arrived, each exactly once. */
async function expectEachOnce(ids: number[], received: { raw: string }[]) {
  const got = await messageIds(received);
  const expected = ids.map((id) => {
    const row = getDb().select({ createdAt: outbox.createdAt }).from(outbox).where(eq(outbox.id, id)).get()!;
    return `<outbox.${id}.${row.createdAt.getTime()}@college.test>`;
  });
  expect([...got].sort()).toEqual([...expected].sort());
}

beforeEach(() => {
  // Each test starts with an empty outbox.
  getDb().delete(outbox).run();
});

afterEach(async () => {
  for (const t of transports) t.close();
  for (const s of sinks) await s.close();
  sinks = [];
  transports = [];
});

describe('a message as the SMTP server receives it', () => {
  it('has a text and an HTML part, Date, Message-ID, the headers and the attachment queued with it', async () => {
    const s = await sink();
    const [id] = queue(1, 'parts');
    getDb()
      .update(outbox)
      .set({
        headers: { 'List-Unsubscribe': '<https://careers.college.test/api/unsubscribe/tok>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        attachments: [{ filename: 'interview-2026-12-02.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }],
      })
      .where(eq(outbox.id, id))
      .run();
    const result = await drainOutbox({ deliver: transport(s.port).deliver, config: configFor(s.port), now: () => T0 });
    expect(result).toMatchObject({ sent: 1, retried: 0, failed: 0 });

    const mail = await simpleParser(s.messages[0].raw);
    expect(mail.subject).toBe('parts message 1');
    expect(mail.from?.text).toBe('"Career Centre" <careers@college.test>');
    expect(mail.date?.toISOString()).toBe(T0.toISOString());
    expect(mail.messageId).toMatch(new RegExp(`^<outbox\\.${id}\\.\\d+@college\\.test>$`));
    expect(mail.text).toContain('https://careers.college.test/set-password/abc1');
    expect(mail.html).toContain('<a href="https://careers.college.test/set-password/abc1"');
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toBe('List-Unsubscribe: <https://careers.college.test/api/unsubscribe/tok>');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([['interview-2026-12-02.ics', 'text/calendar']]);
    expect(statuses([id])[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });
});

describe('retries', () => {
  it('a refused message (5xx) is failed at once with the server\'s answer kept; a retry from the admin sends it', async () => {
    let refuse = true;
    const s = await sink({ refuseRecipient: () => refuse });
    const [id] = queue(1, 'refused');
    const t = transport(s.port);
    const first = await drainOutbox({ deliver: t.deliver, config: configFor(s.port), now: () => T0 });
    expect(first).toMatchObject({ sent: 0, failed: 1 });
    expect(statuses([id])[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(statuses([id])[0].lastError).toMatch(/550/);

    refuse = false;
    getDb().update(outbox).set({ status: 'queued', attempts: 0, nextAttemptAt: null }).where(eq(outbox.id, id)).run();
    expect(await drainOutbox({ deliver: t.deliver, config: configFor(s.port), now: () => T0 })).toMatchObject({ sent: 1 });
    expect(s.messages).toHaveLength(1);
  });

  it('a temporary failure waits 1, 2, 4… minutes, keeps the last error, and is failed after the last try', async () => {
    const [id] = queue(1, 'flaky');
    // A 4xx reply (greylisting) is temporary.
    const deliver = async () => {
      throw Object.assign(new Error('Greylisted'), { code: 'EENVELOPE', responseCode: 451, response: '451 4.7.1 Greylisted, try again later' });
    };
    let at = T0.getTime();
    for (let tries = 1; tries < MAIL_MAX_ATTEMPTS; tries++) {
      // Not due before its wait is over.
      expect(await drainOutbox({ deliver, config: configFor(2525), now: () => new Date(at) })).toMatchObject({ retried: 1 });
      const row = getDb().select().from(outbox).where(eq(outbox.id, id)).get()!;
      expect(row).toMatchObject({ status: 'queued', attempts: tries, lastError: expect.stringContaining('451 4.7.1 Greylisted') });
      expect(row.nextAttemptAt!.getTime() - at).toBe(retryDelayMs(tries));
      expect(await drainOutbox({ deliver, config: configFor(2525), now: () => new Date(row.nextAttemptAt!.getTime() - 1) })).toMatchObject({ retried: 0, sent: 0 });
      at = row.nextAttemptAt!.getTime();
    }
    expect(await drainOutbox({ deliver, config: configFor(2525), now: () => new Date(at) })).toMatchObject({ failed: 1 });
    expect(statuses([id])[0]).toMatchObject({ status: 'failed', attempts: MAIL_MAX_ATTEMPTS });
    expect(retryDelayMs(1)).toBe(MIN);
    expect(retryDelayMs(3)).toBe(4 * MIN);
  });

  it('tells a refusal from a server that cannot be reached', () => {
    expect(classifyFailure(Object.assign(new Error('x'), { code: 'EENVELOPE', responseCode: 550 }))).toMatchObject({ permanent: true, serverUnavailable: false });
    expect(classifyFailure(Object.assign(new Error('x'), { code: 'EMESSAGE', responseCode: 452 }))).toMatchObject({ permanent: false, serverUnavailable: false });
    expect(classifyFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' }))).toMatchObject({ permanent: false, serverUnavailable: true });
    expect(classifyFailure(Object.assign(new Error('x'), { code: 'EMESSAGE', responseCode: 421 }))).toMatchObject({ permanent: false, serverUnavailable: true });
    expect(classifyFailure(Object.assign(new Error('Invalid login'), { code: 'EAUTH', responseCode: 535 }))).toMatchObject({ permanent: false, serverUnavailable: true });
  });
});

describe('exactly once', () => {
  it('the SMTP server stopped mid-batch and started again: every message arrives exactly once', async () => {
    let release: () => void = () => {};
    const fifthArrived = new Promise<void>((resolve) => (release = resolve));
    const first = await sink({
      verdict: (_m, index) => {
        if (index !== 4) return 'accept';
        release();
        return 'hold'; // the server goes down while this one is being sent
      },
    });
    const port = first.port;
    const ids = queue(12, 'midbatch');
    const t = transport(port);

    const draining = drainOutbox({ deliver: t.deliver, config: configFor(port), now: () => T0 });
    await fifthArrived;
    await first.close();
    const result = await draining;
    expect(result).toMatchObject({ sent: 4, serverUnavailable: true });
    expect(first.messages).toHaveLength(4);
    expect(statuses(ids).filter((r) => r.status === 'queued')).toHaveLength(8);

    // Nothing is tried again before the wait is over, then everything goes to the restarted server.
    const second = await sink({ port });
    expect(await drainOutbox({ deliver: t.deliver, config: configFor(port), now: () => new Date(T0.getTime() + 30_000) })).toMatchObject({ sent: 7 });
    expect(await drainOutbox({ deliver: t.deliver, config: configFor(port), now: () => new Date(T0.getTime() + 2 * MIN) })).toMatchObject({ sent: 1 });
    await expectEachOnce(ids, [...first.messages, ...second.messages]);
    expect(statuses(ids).every((r) => r.status === 'sent')).toBe(true);
  });

  it('a message is claimed by one sender at a time, and taken over only when its claim has run out', () => {
    const [id] = queue(1, 'claim');
    const a = claimNextMail(T0, MAIL_CLAIM_LEASE_MS);
    expect(a?.id).toBe(id);
    expect(claimNextMail(T0, MAIL_CLAIM_LEASE_MS)).toBeNull();
    expect(claimNextMail(new Date(T0.getTime() + MAIL_CLAIM_LEASE_MS), MAIL_CLAIM_LEASE_MS)).toBeNull();
    const b = claimNextMail(new Date(T0.getTime() + MAIL_CLAIM_LEASE_MS + 1), MAIL_CLAIM_LEASE_MS);
    expect(b?.id).toBe(id);
    expect(b?.claimToken).not.toBe(a?.claimToken);
  });
});

describe('separate sender processes', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  });

  function senderProcess(port: number): { child: ChildProcess; done: Promise<{ code: number | null; out: string }> } {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'lib/mail/testing/drain-child.ts'], {
      env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: '"Career Centre" <careers@college.test>', APP_URL: 'https://careers.college.test' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    const done = new Promise<{ code: number | null; out: string }>((resolve) => child.on('exit', (code) => resolve({ code, out })));
    return { child, done };
  }

  it('two processes draining the same outbox send every message exactly once', async () => {
    // Nothing is answered until both processes are talking to the server, so they really overlap.
    const connected = new Set<string>();
    let bothIn: () => void = () => {};
    const overlap = new Promise<void>((resolve) => (bothIn = resolve));
    const s = await sink({
      verdict: async (m): Promise<'accept'> => {
        connected.add(m.raw.match(/^Message-ID: (.*)$/im)?.[1] ?? '');
        if (connected.size >= 2) bothIn();
        await overlap;
        return 'accept';
      },
    });
    const ids = queue(30, 'two');
    const [a, b] = [senderProcess(s.port), senderProcess(s.port)];
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect([ra.code, rb.code]).toEqual([0, 0]);
    const sent = [JSON.parse(ra.out).sent, JSON.parse(rb.out).sent];
    expect(sent[0] + sent[1]).toBe(30);
    expect(Math.min(...sent)).toBeGreaterThan(0);
    await expectEachOnce(ids, s.messages);
  }, 60_000);

  it('a sender killed mid-batch loses nothing and duplicates nothing once it is started again', async () => {
    let release: () => void = () => {};
    const fifthArrived = new Promise<void>((resolve) => (release = resolve));
    const s = await sink({
      verdict: (_m, index) => {
        if (index !== 4) return 'accept';
        release();
        return 'hold';
      },
    });
    const ids = queue(12, 'killed');
    const { child, done } = senderProcess(s.port);
    await fifthArrived;
    child.kill('SIGKILL');
    expect((await done).code).toBeNull();

    const rows = statuses(ids);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(4);
    expect(rows.filter((r) => r.status === 'sending')).toHaveLength(1); // held by the dead process
    expect(rows.filter((r) => r.status === 'queued')).toHaveLength(7);

    // The restarted sender sends the rest at once, and the one it was holding once its claim runs out.
    const t = transport(s.port);
    const now = Date.now();
    expect(await drainOutbox({ deliver: t.deliver, config: configFor(s.port), now: () => new Date(now) })).toMatchObject({ sent: 7 });
    expect(await drainOutbox({ deliver: t.deliver, config: configFor(s.port), now: () => new Date(now + MAIL_CLAIM_LEASE_MS + 1) })).toMatchObject({ sent: 1 });
    await expectEachOnce(ids, s.messages);
  }, 60_000);
});
