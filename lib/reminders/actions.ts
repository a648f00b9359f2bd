'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { saveReminderPreferences } from '@/db/queries/reminders';
import { requireRole } from '@/lib/authz';
import { now } from '@/lib/clock';
import { failed, formObject, invalid, type ActionState } from '@/lib/forms';
import { reminderChoicesSchema } from '@/lib/validation/reminders';
import { applyUnsubscribe } from './unsubscribe';

/** A student's own choice of reminder e-mails (nothing else on the account is read or changed). */
export async function saveMyReminders(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const parsed = reminderChoicesSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  getDb().transaction((tx) => {
    saveReminderPreferences(tx, viewer, parsed.data, now());
    logAudit({ actorId: viewer.id, action: 'REMINDERS_CHANGED', subjectType: 'user', subjectId: viewer.id, details: parsed.data }, tx);
  });
  revalidatePath('/account');
  const any = Object.values(parsed.data).some(Boolean);
  return { status: 'ok', message: any ? 'Reminders saved.' : 'Reminder e-mails are off.' };
}

const tokenParam = z.string().min(1).max(200);

/** The button on an unsubscribe link's page. Needs no sign-in: the signed link is the authority. */
export async function unsubscribeWithLink(token: string, _prev: ActionState): Promise<ActionState> {
  const parsed = tokenParam.safeParse(token);
  const result = parsed.success ? applyUnsubscribe(parsed.data, now(), 'page') : { ok: false as const };
  if (!result.ok) return failed('This link is not valid. Change your reminders on your account page instead.');
  return { status: 'ok', message: 'Done: you will not get these reminders any more. You can turn them back on from your account page.' };
}
