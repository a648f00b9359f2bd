import { inArray } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { outbox } from '../schema';
import { makeUser } from '../testing/factories';
import { MAIL_STATUSES, type MailStatus } from '@/lib/mail/vocabulary';
import { enqueueMail, listOutboxForViewer, outboxCounts } from './outbox';

function queue(n: number, status: MailStatus): number[] {
  const ids = Array.from({ length: n }, (_, i) => enqueueMail(getDb(), { toUserId: null, toAddress: `${status}-${i}@students.test`, kind: 'test', subject: `${status} ${i}`, text: 'Hello' })!);
  getDb().update(outbox).set({ status }).where(inArray(outbox.id, ids)).run();
  return ids;
}

beforeEach(() => {
  getDb().delete(outbox).run();
});

describe('the outbox as admins read it', () => {
  it('counts each status, sent being the whole less the rest, and pages each status with its own total', () => {
    const admin = makeUser('admin');
    const made = { queued: queue(3, 'queued'), sending: queue(1, 'sending'), sent: queue(30, 'sent'), failed: queue(2, 'failed') };
    expect(outboxCounts(admin)).toEqual({ queued: 3, sending: 1, sent: 30, failed: 2 });
    for (const status of MAIL_STATUSES) {
      const page = listOutboxForViewer(admin, { status, page: 1 });
      expect([page.total, page.items.every((m) => m.status === status)]).toEqual([made[status].length, true]);
      expect(page.items[0].id).toBe(Math.max(...made[status])); // newest first
    }
    const all = listOutboxForViewer(admin, { page: 2 });
    expect([all.total, all.pageCount, all.items.length]).toEqual([36, 2, 11]);
  });

  it('is an empty outbox with nothing queued, and refused to anyone but an admin', () => {
    expect(outboxCounts(makeUser('admin'))).toEqual({ queued: 0, sending: 0, sent: 0, failed: 0 });
    expect(() => outboxCounts(makeUser('counsellor'))).toThrow(/Only an admin/);
  });
});
