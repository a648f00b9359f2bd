'use server';

import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { findOutboxItemForViewer, requeueFailedMail } from '@/db/queries/outbox';
import { requireRole } from '@/lib/authz';
import { failed, type ActionState } from '@/lib/forms';
import { idParam } from '@/lib/validation/common';

/** An admin sends a failed message again, with a fresh set of tries. */
export async function retryMail(mailId: number, _prev: ActionState): Promise<ActionState> {
  const admin = await requireRole('admin');
  const id = idParam.safeParse(mailId);
  const mail = id.success ? findOutboxItemForViewer(admin, id.data) : null;
  if (!mail) notFound();
  const requeued = getDb().transaction((tx) => {
    if (!requeueFailedMail(tx, mail.id)) return false;
    logAudit({ actorId: admin.id, action: 'MAIL_RETRIED', subjectType: 'outbox', subjectId: mail.id, details: { to: mail.toAddress, lastError: mail.lastError } }, tx);
    return true;
  });
  if (!requeued) return failed('Only a failed message can be retried; this one is not failed.');
  revalidatePath('/admin/outbox');
  return { status: 'ok', message: 'Queued to be sent again.' };
}
