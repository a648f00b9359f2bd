'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { findContactForViewer, insertContact } from '@/db/queries/contacts';
import { insertAttempt } from '@/db/queries/outreach';
import { deleteOwnScript, findScriptForViewer, insertScript, updateOwnScript } from '@/db/queries/scripts';
import { saveCourseAndInstitution } from '@/db/queries/users';
import { enumArg, formArg, idArg, optionalIdArg } from '@/lib/action-args';
import type { AutosaveResult, AutosaveValues } from '@/lib/autosave';
import { getViewerInRole, requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { formObject, invalid, type ActionState } from '@/lib/forms';
import { OUTREACH_OUTCOME_LABELS, SCRIPT_KINDS, type ScriptKind } from '@/lib/outreach/vocabulary';
import { callOutcomeSchema, outreachSchema } from '@/lib/validation/outreach';
import { courseAndInstitutionField } from '@/lib/validation/profile';
import { versionParam } from '@/lib/validation/reflection';
import { newScriptSchema, scriptChangesSchema } from '@/lib/validation/script';

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

export type ScriptAutosaveResult = AutosaveResult & {
  /** The id of a script this save created (the first save of a new script). */
  scriptId?: number;
};

/**
 * Autosave for a script (components/outreach/ScriptEditor.tsx): the first save of a new script
 * creates it with its title and text and answers its id; later saves carry the version they were
 * loaded from and only the fields that changed, and a stale one is refused with what is stored.
 * The course and institution the builder used go to the student's profile when the script is
 * created, for their next one (never a cookie: a lab computer is shared). A script that asks for
 * a job is still saved: the builder warns, it does not block. Never redirects: an ended session
 * answers 'signed-out' and the browser keeps the text. Draft saves of one's own text, so no audit
 * row for each keystroke; the creation is audited.
 */
export async function autosaveScript(
  contactId: number,
  scriptId: number | null,
  kind: ScriptKind,
  courseAndInstitution: string,
  baseVersion: number,
  changes: AutosaveValues,
): Promise<ScriptAutosaveResult> {
  const viewer = await getViewerInRole('student');
  if (!viewer) return { status: 'signed-out' };
  const cid = idArg(contactId);
  const sid = optionalIdArg(scriptId);
  const scriptKind = enumArg(SCRIPT_KINDS, kind);
  const base = versionParam.safeParse(baseVersion);
  const course = courseAndInstitutionField.safeParse(courseAndInstitution);
  if (!base.success || !course.success) notFound();
  const parsed = (sid === null ? newScriptSchema : scriptChangesSchema).safeParse(changes);
  if (!parsed.success) return { status: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  const contact = findContactForViewer(viewer, cid);
  if (!contact) notFound();
  const now = await requestNow();

  if (sid === null) {
    const { title, body } = parsed.data as { title: string; body: string };
    const id = getDb().transaction((tx) => {
      const created = insertScript(tx, viewer, contact.id, { kind: scriptKind, title, body });
      // Kept in the student's profile, not a cookie: a shared computer's next student never sees it.
      if (course.data) saveCourseAndInstitution(tx, viewer, course.data);
      logAudit({ actorId: viewer.id, action: 'SCRIPT_CREATED', subjectType: 'script', subjectId: created }, tx);
      return created;
    });
    // No revalidatePath: it would make Next render the whole builder into the answer of a
    // keystroke's save (the contact page is rendered fresh on each visit anyway).
    return { status: 'saved', version: 1, savedAt: now.toISOString(), scriptId: id };
  }

  const existing = findScriptForViewer(viewer, contact.id, sid);
  if (!existing) notFound();
  const result = getDb().transaction((tx) => updateOwnScript(tx, viewer, existing.id, parsed.data, now, base.data));
  if (!result.ok) {
    const current = findScriptForViewer(viewer, contact.id, existing.id);
    if (!current) notFound();
    return { status: 'conflict', version: current.version, theirs: { title: current.title, body: current.body } };
  }
  return { status: 'saved', version: result.version, savedAt: now.toISOString() };
}

/**
 * One tap on the call view: logs a phone call to this contact, now, with its outcome. The
 * outcome is the only field (the button pressed); "suggested someone else" needs a name, so it
 * goes through the full form on the contact's page.
 */
export async function logCallOutcome(contactId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const id = idArg(contactId);
  formArg(form);
  const parsed = callOutcomeSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form, 'Choose what happened.');
  const contact = findContactForViewer(viewer, id);
  if (!contact) notFound();
  const now = await requestNow();
  getDb().transaction((tx) => insertAttempt(tx, viewer, contact.id, { attemptedAt: now, channel: 'phone', outcome: parsed.data.outcome, notes: null }));
  revalidatePath(`/contacts/${contact.id}`);
  revalidatePath('/contacts');
  return { status: 'ok', message: `Logged: ${OUTREACH_OUTCOME_LABELS[parsed.data.outcome].toLowerCase()}.` };
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
