'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { findContactForViewer, insertContact } from '@/db/queries/contacts';
import { insertAttempt } from '@/db/queries/outreach';
import { deleteOwnScript, findScriptForViewer, insertScript, updateOwnScript } from '@/db/queries/scripts';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { formObject, invalid, type ActionState } from '@/lib/forms';
import { idParam } from '@/lib/validation/common';
import { outreachSchema } from '@/lib/validation/outreach';
import { COURSE_COOKIE, scriptSchema } from '@/lib/validation/script';

/**
 * Logs an attempt to reach a contact. "Declined, and suggested someone" adds the suggested
 * person as a new contact referred by this one, in the same transaction as the attempt.
 */
export async function logOutreach(contactId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const now = await requestNow();
  const parsed = outreachSchema({ timeZone: viewer.timeZone, now }).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const id = idParam.safeParse(contactId);
  const contact = id.success ? findContactForViewer(viewer, id.data) : null;
  if (!contact) notFound();
  const { attempt, suggested } = parsed.data;
  const newContactId = getDb().transaction((tx) => {
    insertAttempt(tx, viewer, contact.id, attempt);
    if (!suggested) return null;
    return insertContact(tx, viewer, {
      ...suggested,
      notes: null,
      occupationId: contact.occupationId,
      howFound: 'referral',
      referredByContactId: contact.id,
    });
  });
  revalidatePath(`/contacts/${contact.id}`);
  revalidatePath('/contacts');
  if (newContactId !== null && suggested) {
    revalidatePath('/network');
    return {
      status: 'ok',
      message: `Attempt logged. ${suggested.name} is now in your contacts, referred by ${contact.name}.`,
      link: `/contacts/${newContactId}`,
    };
  }
  return { status: 'ok', message: 'Attempt logged.' };
}

/**
 * Keeps a script the student built for a contact (a new one, or an edit of one they saved).
 * A script that asks for a job is still saved: the builder warns, it does not block.
 */
export async function saveScript(contactId: number, scriptId: number | null, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const parsed = scriptSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const id = idParam.safeParse(contactId);
  const contact = id.success ? findContactForViewer(viewer, id.data) : null;
  if (!contact) notFound();
  const sid = scriptId === null ? null : idParam.safeParse(scriptId);
  const existing = sid === null ? null : sid.success ? findScriptForViewer(viewer, contact.id, sid.data) : null;
  if (sid !== null && !existing) notFound();
  const { courseAndInstitution, ...values } = parsed.data;
  const now = await requestNow();
  getDb().transaction((tx) => {
    if (existing) updateOwnScript(tx, viewer, existing.id, values, now);
    else insertScript(tx, viewer, contact.id, values);
  });
  if (courseAndInstitution) {
    (await cookies()).set(COURSE_COOKIE, courseAndInstitution, { httpOnly: true, sameSite: 'lax', path: '/contacts', maxAge: 365 * 24 * 3600 });
  }
  revalidatePath(`/contacts/${contact.id}`);
  redirect(`/contacts/${contact.id}?saved=script#scripts`);
}

export async function deleteScript(contactId: number, scriptId: number): Promise<void> {
  const viewer = await requireRole('student');
  const id = idParam.safeParse(contactId);
  const sid = idParam.safeParse(scriptId);
  const script = id.success && sid.success ? findScriptForViewer(viewer, id.data, sid.data) : null;
  if (!script) notFound();
  getDb().transaction((tx) => {
    deleteOwnScript(tx, viewer, script.id);
    logAudit({ actorId: viewer.id, action: 'SCRIPT_DELETED', subjectType: 'script', subjectId: script.id }, tx);
  });
  revalidatePath(`/contacts/${id.data}`);
  redirect(`/contacts/${id.data}?deleted=script#scripts`);
}
