import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { enqueueMail } from '@/db/queries/outbox';
import { auditLog, outbox } from '@/db/schema';
import { makeUser } from '@/db/testing/factories';
import { authModuleMock, signInAs, thrown } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { retryMail } = await import('./actions');

function failedMail(): number {
  const id = enqueueMail(getDb(), { toUserId: null, toAddress: 'gone@students.test', kind: 'invite', subject: 'Your account', text: 'Hello' })!;
  getDb().update(outbox).set({ status: 'failed', attempts: 8, lastError: 'EENVELOPE: 550 5.1.1 Mailbox unavailable' }).where(eq(outbox.id, id)).run();
  return id;
}

const row = (id: number) => getDb().select().from(outbox).where(eq(outbox.id, id)).get()!;

beforeEach(() => signInAs(null));

describe('retryMail', () => {
  it('is for admins only: everyone else gets a 404 and the message stays failed', async () => {
    const id = failedMail();
    for (const role of ['student', 'counsellor', 'instructor'] as const) {
      signInAs(makeUser(role).id);
      expect(await thrown(retryMail(id, initialActionState))).toMatch(/404/);
    }
    signInAs(null);
    expect(await thrown(retryMail(id, initialActionState))).toMatch(/NEXT_REDIRECT.*sign-in/);
    expect(row(id).status).toBe('failed');
  });

  it('queues a failed message again with fresh tries, keeps its last error until it is sent, and audits it', async () => {
    const admin = makeUser('admin');
    signInAs(admin.id);
    const id = failedMail();
    expect(await retryMail(id, initialActionState)).toMatchObject({ status: 'ok' });
    expect(row(id)).toMatchObject({ status: 'queued', attempts: 0, nextAttemptAt: null, lastError: 'EENVELOPE: 550 5.1.1 Mailbox unavailable' });
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, 'MAIL_RETRIED')).all().some((a) => a.subjectId === id && a.actorId === admin.id)).toBe(true);
    // Not failed any more: a second press says so and changes nothing.
    expect(await retryMail(id, initialActionState)).toMatchObject({ status: 'error' });
  });

  it('gives a 404 for a message that does not exist or a malformed id', async () => {
    signInAs(makeUser('admin').id);
    expect(await thrown(retryMail(999_999, initialActionState))).toMatch(/404/);
    expect(await thrown(retryMail(-1, initialActionState))).toMatch(/404/);
    expect(await thrown(retryMail('1 or 1=1' as unknown as number, initialActionState))).toMatch(/404/);
  });
});
