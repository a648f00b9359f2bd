'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { deleteMembership, insertSection, sectionExists, upsertMembership } from '@/db/queries/sections';
import { enqueueMail } from '@/db/queries/outbox';
import { createPasswordToken } from '@/db/queries/tokens';
import { endSessionsOfUser } from '@/db/queries/sessions';
import { removeTwoStep } from '@/db/queries/two-step';
import { countActiveAdmins, emailInUse, findUserForAdmin, findUserForSignIn, insertUser, updateUserActive, updateUserRole } from '@/db/queries/users';
import { findSectionForViewer } from '@/db/queries/sections';
import { booleanArg, formArg, idArg } from '@/lib/action-args';
import { appUrl } from '@/lib/app-url';
import { requireRole } from '@/lib/authz';
import { now } from '@/lib/clock';
import { failed, formObject, invalid, staleEdit, versionSchema, type ActionState } from '@/lib/forms';
import { changeRoleSchema, createUserSchema, membershipSchema, ROLE_LABELS, sectionSchema } from '@/lib/validation/admin';

function inviteMail(name: string, link: string, purpose: 'invite' | 'reset') {
  return purpose === 'invite'
    ? {
        kind: 'invite',
        subject: "Your Horse's Mouth account",
        text: `Hello ${name},\n\nAn account has been made for you on Horse's Mouth, the career centre's information-interview planner.\nSet your password here (the link works once, for 7 days):\n\n${link}\n`,
      }
    : {
        kind: 'reset',
        subject: "Set a new Horse's Mouth password",
        text: `Hello ${name},\n\nUse this link to set a new password (it works once, for 24 hours):\n\n${link}\n`,
      };
}

export async function createUser(_prev: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireRole('admin');
  formArg(form);
  const parsed = createUserSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  if (emailInUse(parsed.data.email)) return failed('Please correct the fields marked below.', form, { email: ['An account with this e-mail already exists.'] });
  const base = appUrl();
  const { userId, link } = getDb().transaction((tx) => {
    const userId = insertUser(tx, parsed.data);
    const token = createPasswordToken(tx, { userId, purpose: 'invite', createdById: admin.id, now: now() });
    const link = `${base}/set-password/${token}`;
    enqueueMail(tx, { toUserId: userId, toAddress: parsed.data.email, ...inviteMail(parsed.data.name, link, 'invite') });
    logAudit({ actorId: admin.id, action: 'USER_CREATED', subjectType: 'user', subjectId: userId, details: { email: parsed.data.email, role: parsed.data.role } }, tx);
    return { userId, link };
  });
  revalidatePath('/admin/users');
  return { status: 'ok', message: `Account created for ${parsed.data.name}. Give them this one-time link to set a password (also queued as an e-mail):`, link, values: { userId: String(userId) } };
}

export async function issuePasswordLink(userId: number, _prev: ActionState): Promise<ActionState> {
  const admin = await requireRole('admin');
  const user = findUserForAdmin(admin, idArg(userId));
  if (!user) notFound();
  const base = appUrl();
  const purpose = user.hasPassword ? 'reset' : 'invite';
  const link = getDb().transaction((tx) => {
    const token = createPasswordToken(tx, { userId: user.id, purpose, createdById: admin.id, now: now() });
    const link = `${base}/set-password/${token}`;
    enqueueMail(tx, { toUserId: user.id, toAddress: user.email, ...inviteMail(user.name, link, purpose) });
    logAudit({ actorId: admin.id, action: 'PASSWORD_LINK_ISSUED', subjectType: 'user', subjectId: user.id, details: { purpose } }, tx);
    return link;
  });
  return { status: 'ok', message: `A one-time link for ${user.name} (earlier links no longer work):`, link };
}

export async function changeUserRole(userId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireRole('admin');
  const user = findUserForAdmin(admin, idArg(userId));
  if (!user) notFound();
  formArg(form);
  const parsed = changeRoleSchema.extend(versionSchema.shape).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const { role, version } = parsed.data;
  if (user.role === role) return { status: 'ok', message: 'No change.', version: user.version };
  if (user.role === 'admin' && role !== 'admin' && user.active && countActiveAdmins() <= 1) {
    return failed('This is the only active admin. Make another admin first.', form);
  }
  const saved = getDb().transaction((tx) => {
    const result = updateUserRole(tx, user.id, role, version);
    if (result.ok) logAudit({ actorId: admin.id, action: 'USER_ROLE_CHANGED', subjectType: 'user', subjectId: user.id, details: { from: user.role, to: role } }, tx);
    return result;
  });
  if (!saved.ok) {
    const current = findUserForAdmin(admin, user.id);
    if (!current) notFound();
    return staleEdit(form, { version: current.version, values: { role: current.role } }, { role: 'Role' });
  }
  revalidatePath(`/admin/users/${user.id}`);
  revalidatePath('/admin/users');
  return { status: 'ok', message: `Role changed to ${ROLE_LABELS[role].toLowerCase()}.`, version: saved.version };
}

export async function setUserActive(userId: number, active: boolean, _prev: ActionState): Promise<ActionState> {
  const admin = await requireRole('admin');
  const user = findUserForAdmin(admin, idArg(userId));
  active = booleanArg(active);
  if (!user) notFound();
  if (!active && user.id === admin.id) return failed('You cannot deactivate your own account.');
  if (!active && user.role === 'admin' && user.active && countActiveAdmins() <= 1) return failed('This is the only active admin.');
  getDb().transaction((tx) => {
    updateUserActive(tx, user.id, active, now());
    logAudit({ actorId: admin.id, action: active ? 'USER_REACTIVATED' : 'USER_DEACTIVATED', subjectType: 'user', subjectId: user.id }, tx);
  });
  revalidatePath(`/admin/users/${user.id}`);
  revalidatePath('/admin/users');
  return { status: 'ok', message: active ? `${user.name} can sign in again.` : `${user.name} is deactivated; their open sessions have ended.` };
}

export async function createSection(_prev: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireRole('admin');
  formArg(form);
  const parsed = sectionSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  if (sectionExists(parsed.data)) return failed('Please correct the fields marked below.', form, { sectionCode: ['This course already has that section in that term.'] });
  const id = getDb().transaction((tx) => {
    const id = insertSection(tx, parsed.data);
    logAudit({ actorId: admin.id, action: 'SECTION_CREATED', subjectType: 'section', subjectId: id, details: parsed.data }, tx);
    return id;
  });
  revalidatePath('/admin/sections');
  redirect(`/admin/sections/${id}`);
}

export async function addSectionMember(sectionId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireRole('admin');
  const section = findSectionForViewer(admin, idArg(sectionId));
  if (!section) notFound();
  formArg(form);
  const parsed = membershipSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const person = findUserForSignIn(parsed.data.email);
  if (!person) return failed('Please correct the fields marked below.', form, { email: ['No account has this e-mail. Create the account first.'] });
  const fits = parsed.data.memberRole === 'student' ? person.role === 'student' : person.role === parsed.data.memberRole;
  if (!fits) {
    return failed('Please correct the fields marked below.', form, { memberRole: [`${person.name} is a ${person.role}; add them as one.`] });
  }
  getDb().transaction((tx) => {
    upsertMembership(tx, section.id, person.id, parsed.data.memberRole);
    logAudit({ actorId: admin.id, action: 'SECTION_MEMBER_ADDED', subjectType: 'section', subjectId: section.id, details: { userId: person.id, role: parsed.data.memberRole } }, tx);
  });
  revalidatePath(`/admin/sections/${section.id}`);
  return { status: 'ok', message: `${person.name} added as ${parsed.data.memberRole}.` };
}

export async function removeSectionMember(sectionId: number, userId: number, _prev: ActionState): Promise<ActionState> {
  const admin = await requireRole('admin');
  const section = findSectionForViewer(admin, idArg(sectionId));
  const memberId = idArg(userId);
  if (!section) notFound();
  const removed = getDb().transaction((tx) => {
    const removed = deleteMembership(tx, section.id, memberId);
    if (removed) logAudit({ actorId: admin.id, action: 'SECTION_MEMBER_REMOVED', subjectType: 'section', subjectId: section.id, details: { userId: memberId } }, tx);
    return removed;
  });
  if (!removed) notFound();
  revalidatePath(`/admin/sections/${section.id}`);
  return { status: 'ok', message: 'Removed from the section.' };
}

/**
 * Resets someone's two-step sign-in (a lost phone and no recovery codes): removes their
 * authenticator and recovery codes and ends their open sessions. Audited. An admin of a
 * deployment then sets it up again at their next sign-in.
 */
export async function resetTwoStep(userId: number, _prev: ActionState): Promise<ActionState> {
  const admin = await requireRole('admin');
  const user = findUserForAdmin(admin, idArg(userId));
  if (!user) notFound();
  const removed = getDb().transaction((tx) => {
    const removed = removeTwoStep(tx, user.id);
    if (removed) {
      const ended = endSessionsOfUser(tx, user.id, 'two-step-reset', now());
      logAudit({ actorId: admin.id, action: 'TWO_STEP_RESET', subjectType: 'user', subjectId: user.id, details: { sessionsEnded: ended } }, tx);
    }
    return removed;
  });
  // No revalidate: the redrawn page has no two-step card, and the message would go with it.
  return removed
    ? { status: 'ok', message: `Two-step sign-in is reset for ${user.name}. Their open sessions have ended; they can set it up again.` }
    : { status: 'ok', message: `${user.name} has no two-step sign-in to reset.` };
}
