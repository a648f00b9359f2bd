'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { findContactForViewer, insertContact } from '@/db/queries/contacts';
import { insertAttempt } from '@/db/queries/outreach';
import { deleteOwnScript, findScriptForViewer, insertScript, updateOwnScript } from '@/db/queries/scripts';
import { saveCourseAndInstitution } from '@/db/queries/users';
import { formArg, idArg, optionalIdArg } from '@/lib/action-args';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { formObject, invalid, staleEdit, versionSchema, type ActionState } from '@/lib/forms';
import { outreachSchema } from '@/lib/validation/outreach';
import { SCRIPT_LABELS, scriptSchema } from '@/lib/validation/script';

/**
 * Logs an attempt to reach a contact. "Declined, and suggested someone" adds the suggested
 * person as a new contact referred by this one, in the same transaction as the attempt.
 */
export async function logOutreach(contactId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const id = idArg(contactId);
  formArg(form);
  const now = await requestNow();
  const parsed = outreachSchema({ timeZone: viewer.timeZone, now }).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const contact = findContactForViewer(viewer, id);
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
 * Keeps a script the student built for a contact (a new one, or an edit of one they saved; an
 * edit carries the version it was opened on). The course and institution typed in the builder
 * go to the student's profile, for their next script (never a cookie: a lab computer is shared).
 * A script that asks for a job is still saved: the builder warns, it does not block.
 */
export async function saveScript(contactId: number, scriptId: number | null, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const cid = idArg(contactId);
  const sid = optionalIdArg(scriptId);
  formArg(form);
  const raw = formObject(form);
  const parsed = (sid === null ? scriptSchema : scriptSchema.extend(versionSchema.shape)).safeParse(raw);
  if (!parsed.success) return invalid(parsed.error, form);
  const contact = findContactForViewer(viewer, cid);
  if (!contact) notFound();
  const existing = sid === null ? null : findScriptForViewer(viewer, contact.id, sid);
  if (sid !== null && !existing) notFound();
  const { courseAndInstitution, ...fields } = parsed.data;
  const values = { kind: fields.kind, title: fields.title, body: fields.body };
  const version = 'version' in fields ? (fields.version as number) : 0;
  const now = await requestNow();
  const saved = getDb().transaction((tx) => {
    const result = existing ? updateOwnScript(tx, viewer, existing.id, values, now, version) : (insertScript(tx, viewer, contact.id, values), { ok: true as const });
    // Kept in the student's profile, not a cookie: a shared computer's next student never sees it.
    if (result.ok && courseAndInstitution) saveCourseAndInstitution(tx, viewer, courseAndInstitution);
    return result;
  });
  if (!saved.ok && existing) {
    const current = findScriptForViewer(viewer, contact.id, existing.id);
    if (!current) notFound();
    return staleEdit(form, { version: current.version, values: { title: current.title, body: current.body } }, SCRIPT_LABELS);
  }
  revalidatePath(`/contacts/${contact.id}`);
  redirect(`/contacts/${contact.id}?saved=script#scripts`);
}

export async function deleteScript(contactId: number, scriptId: number): Promise<void> {
  const viewer = await requireRole('student');
  const cid = idArg(contactId);
  const script = findScriptForViewer(viewer, cid, idArg(scriptId));
  if (!script) notFound();
  getDb().transaction((tx) => {
    deleteOwnScript(tx, viewer, script.id);
    logAudit({ actorId: viewer.id, action: 'SCRIPT_DELETED', subjectType: 'script', subjectId: script.id }, tx);
  });
  revalidatePath(`/contacts/${cid}`);
  redirect(`/contacts/${cid}?deleted=script#scripts`);
}
