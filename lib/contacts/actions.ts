'use server';

import { isOwnOccupation } from '@/db/queries/occupations';
import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { countContactDependents, deleteOwnContact, findContactForViewer, insertContact, updateOwnContact, wouldCreateReferralCycle } from '@/db/queries/contacts';
import type { Viewer } from '@/db/queries/users';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { failed, formObject, invalid, type ActionState } from '@/lib/forms';
import { idParam } from '@/lib/validation/common';
import { contactSchema, type ContactInput } from '@/lib/validation/contact';

const FIX_FIELDS = 'Please correct the fields marked below.';

/**
 * The checks zod cannot make: the occupation and the referrer must be the viewer's own, and
 * a referral needs its referrer. Returns field errors, or the values to store.
 */
function checkOwnership(viewer: Viewer, input: ContactInput, contactId: number | null): { errors: Record<string, string[]> } | { values: ContactInput } {
  const errors: Record<string, string[]> = {};
  if (input.occupationId !== null && !isOwnOccupation(viewer, input.occupationId)) errors.occupationId = ['Choose one of your occupations.'];
  let referredByContactId = input.howFound === 'referral' ? input.referredByContactId : null;
  if (input.howFound === 'referral') {
    if (referredByContactId === null) errors.referredByContactId = ['Choose the contact who referred you.'];
    else if (!findContactForViewer(viewer, referredByContactId)) errors.referredByContactId = ['Choose one of your contacts.'];
    else if (contactId !== null && wouldCreateReferralCycle(viewer, contactId, referredByContactId)) {
      errors.referredByContactId = [referredByContactId === contactId ? 'A contact cannot refer themselves.' : 'That person was led to you through this contact: choose someone earlier in the chain.'];
    }
  } else {
    referredByContactId = null;
  }
  return Object.keys(errors).length ? { errors } : { values: { ...input, referredByContactId } };
}

export async function createContact(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const parsed = contactSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const checked = checkOwnership(viewer, parsed.data, null);
  if ('errors' in checked) return failed(FIX_FIELDS, form, checked.errors);
  const id = getDb().transaction((tx) => insertContact(tx, viewer, checked.values));
  revalidatePath('/contacts');
  redirect(`/contacts/${id}?saved=1`);
}

export async function updateContact(contactId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const parsed = contactSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const id = idParam.safeParse(contactId);
  const contact = id.success ? findContactForViewer(viewer, id.data) : null;
  if (!contact) notFound();
  const checked = checkOwnership(viewer, parsed.data, contact.id);
  if ('errors' in checked) return failed(FIX_FIELDS, form, checked.errors);
  const now = await requestNow();
  getDb().transaction((tx) => updateOwnContact(tx, viewer, contact.id, checked.values, now));
  revalidatePath('/contacts');
  revalidatePath(`/contacts/${contact.id}`);
  redirect(`/contacts/${contact.id}?saved=1`);
}

/** Deletes a contact with their attempts and interviews (they cascade); scripts are kept, unlinked. */
export async function deleteContact(contactId: number): Promise<void> {
  const viewer = await requireRole('student');
  const id = idParam.safeParse(contactId);
  const contact = id.success ? findContactForViewer(viewer, id.data) : null;
  if (!contact) notFound();
  const dependents = countContactDependents(viewer, contact.id);
  getDb().transaction((tx) => {
    deleteOwnContact(tx, viewer, contact.id);
    logAudit({ actorId: viewer.id, action: 'CONTACT_DELETED', subjectType: 'contact', subjectId: contact.id, details: dependents }, tx);
  });
  revalidatePath('/contacts');
  revalidatePath('/network');
  redirect('/contacts?deleted=1');
}
