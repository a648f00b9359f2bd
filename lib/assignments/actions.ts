'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import {
  deleteDraftAssignment as deleteDraftRow,
  deleteExtension,
  findAssignmentForViewer,
  findExtensionForViewer,
  insertAssignment,
  publishAssignment as publishRow,
  updateAssignment as updateRow,
  upsertExtension,
  type AssignmentDetail,
} from '@/db/queries/assignments';
import { logAudit } from '@/db/queries/audit';
import { listReflectionQuestionChoices } from '@/db/queries/questions';
import { findSectionForViewer, updateSectionTimeZone, type Section } from '@/db/queries/sections';
import { requireRole, type Viewer } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { failed, formObject, invalid, type ActionState } from '@/lib/forms';
import { formatDateTime } from '@/lib/time';
import { assignmentSchema, extensionSchema, sectionTimeZoneSchema } from '@/lib/validation/assignment';
import { idParam } from '@/lib/validation/common';
import { versionParam } from '@/lib/validation/reflection';
import { sectionLabel } from '@/lib/sections/label';

/*
 * Staff's side of reflection assignments: create, edit, publish and delete (drafts only) for a
 * section the viewer staffs, individual extensions, and the section's time zone. Anything in
 * another section is a 404, whatever the role.
 */

/** A section the viewer staffs, by a bound id, or a 404. */
function staffedSectionOr404(viewer: Viewer, sectionId: unknown): Section {
  const id = idParam.safeParse(sectionId);
  const section = id.success ? findSectionForViewer(viewer, id.data) : null;
  if (!section) notFound();
  return section;
}

/** An assignment of a section the viewer staffs, by a bound id, or a 404. */
function staffedAssignmentOr404(viewer: Viewer, assignmentId: unknown): AssignmentDetail {
  const id = idParam.safeParse(assignmentId);
  const assignment = id.success ? findAssignmentForViewer(viewer, id.data) : null;
  if (!assignment) notFound();
  return assignment;
}

function boundVersionOr404(version: unknown): number {
  const v = versionParam.safeParse(version);
  if (!v.success) notFound();
  return v.data;
}

function assignmentPath(a: { id: number; sectionId: number }): string {
  return `/staff/assignments/${a.id}`;
}

function refresh(a: { id: number; sectionId: number }): void {
  revalidatePath(`/staff/sections/${a.sectionId}/assignments`);
  revalidatePath(assignmentPath(a));
  revalidatePath('/assignments');
  revalidatePath(`/assignments/${a.id}`);
}

/** Questions the form may choose: the bank's choices for this section, and those already asked. */
function unknownQuestionIds(viewer: Viewer, sectionId: number, chosen: readonly number[], alreadyAsked: readonly number[] = []): number[] {
  const allowed = new Set([...listReflectionQuestionChoices(viewer, sectionId).map((q) => q.id), ...alreadyAsked]);
  return chosen.filter((id) => !allowed.has(id));
}

const CHOOSE_FROM_LIST = { questionIds: ['Choose questions from the list.'] };

export async function createAssignment(sectionId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('counsellor', 'instructor');
  const section = staffedSectionOr404(viewer, sectionId);
  const now = await requestNow();
  const parsed = assignmentSchema({ timeZone: section.timeZone, now }).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const { questionIds, ...values } = parsed.data;
  if (unknownQuestionIds(viewer, section.id, questionIds).length) return failed('Please correct the fields marked below.', form, CHOOSE_FROM_LIST);
  const id = getDb().transaction((tx) => {
    const id = insertAssignment(tx, viewer, section.id, values, questionIds, now);
    logAudit({ actorId: viewer.id, action: 'ASSIGNMENT_CREATED', subjectType: 'assignment', subjectId: id, details: { sectionId: section.id, title: values.title, questionIds } }, tx);
    return id;
  });
  refresh({ id, sectionId: section.id });
  redirect(assignmentPath({ id, sectionId: section.id }));
}

export async function updateAssignment(assignmentId: number, version: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('counsellor', 'instructor');
  const assignment = staffedAssignmentOr404(viewer, assignmentId);
  const baseVersion = boundVersionOr404(version);
  const now = await requestNow();
  const parsed = assignmentSchema({ timeZone: assignment.section.timeZone, now }).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const { questionIds, ...values } = parsed.data;
  const asked = assignment.questions.map((q) => q.questionId);
  if (unknownQuestionIds(viewer, assignment.sectionId, questionIds, asked).length) return failed('Please correct the fields marked below.', form, CHOOSE_FROM_LIST);
  const result = getDb().transaction((tx) => {
    const r = updateRow(tx, viewer, assignment.id, baseVersion, values, questionIds, now);
    if (r.status === 'saved') {
      logAudit({ actorId: viewer.id, action: 'ASSIGNMENT_UPDATED', subjectType: 'assignment', subjectId: assignment.id, details: { version: r.version, questionIds } }, tx);
    }
    return r;
  });
  switch (result.status) {
    case 'conflict':
      return failed(
        'This assignment was changed since you opened it (in another tab, or by a colleague), so nothing was saved. What you typed is still here: open the assignment again in a new tab to see the latest version, then make your changes there.',
        form,
      );
    case 'answered-questions-removed': {
      const names = assignment.questions.filter((q) => result.questionIds.includes(q.questionId)).map((q) => `“${q.text}”`);
      return failed(
        `Students have already written answers to ${names.join(' and ')}. A question with answers cannot be removed: tick it again to keep it. Nothing was saved.`,
        form,
        { questionIds: [`Keep ${names.length === 1 ? 'this question' : 'these questions'}: students have answered ${names.join(' and ')}.`] },
      );
    }
    case 'saved':
      refresh(assignment);
      redirect(assignmentPath(assignment));
  }
}

export async function publishAssignment(assignmentId: number, version: number, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireRole('counsellor', 'instructor');
  const assignment = staffedAssignmentOr404(viewer, assignmentId);
  const baseVersion = boundVersionOr404(version);
  const now = await requestNow();
  const result = getDb().transaction((tx) => {
    const r = publishRow(tx, viewer, assignment.id, baseVersion, now);
    if (r.status === 'published') logAudit({ actorId: viewer.id, action: 'ASSIGNMENT_PUBLISHED', subjectType: 'assignment', subjectId: assignment.id, details: { from: 'draft', to: 'published' } }, tx);
    return r;
  });
  refresh(assignment);
  switch (result.status) {
    case 'published':
      return { status: 'ok', message: `Published: the students of ${sectionLabel(assignment.section)} can see it now.` };
    case 'already-published':
      return { status: 'ok', message: 'It is already published.' };
    case 'no-questions':
      return { status: 'error', message: 'Choose at least one question before publishing.' };
    case 'conflict':
      return { status: 'error', message: 'This assignment was changed since you opened it: reload the page to see the latest version, then publish.' };
  }
}

/** Deletes a draft (never seen by students). A published or since-changed one is left alone. */
export async function deleteAssignment(assignmentId: number, version: number): Promise<void> {
  const viewer = await requireRole('counsellor', 'instructor');
  const assignment = staffedAssignmentOr404(viewer, assignmentId);
  const baseVersion = boundVersionOr404(version);
  const deleted = getDb().transaction((tx) => {
    const done = deleteDraftRow(tx, viewer, assignment.id, baseVersion);
    if (done) logAudit({ actorId: viewer.id, action: 'ASSIGNMENT_DELETED', subjectType: 'assignment', subjectId: assignment.id, details: { title: assignment.title, sectionId: assignment.sectionId } }, tx);
    return done;
  });
  refresh(assignment);
  redirect(deleted ? `/staff/sections/${assignment.sectionId}/assignments` : assignmentPath(assignment));
}

export async function grantExtension(assignmentId: number, studentId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('counsellor', 'instructor');
  const assignment = staffedAssignmentOr404(viewer, assignmentId);
  const student = idParam.safeParse(studentId);
  const found = student.success ? findExtensionForViewer(viewer, assignment.id, student.data) : null;
  if (!found) notFound();
  const now = await requestNow();
  const parsed = extensionSchema({ timeZone: assignment.section.timeZone, now }).safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  getDb().transaction((tx) => {
    upsertExtension(tx, viewer, assignment.id, found.studentId, parsed.data, now);
    logAudit(
      {
        actorId: viewer.id,
        action: 'EXTENSION_GRANTED',
        subjectType: 'assignment',
        subjectId: assignment.id,
        details: { studentId: found.studentId, dueAt: parsed.data.dueAt.toISOString(), previousDueAt: found.dueAt?.toISOString() ?? null, reason: parsed.data.reason },
      },
      tx,
    );
  });
  refresh(assignment);
  revalidatePath(`${assignmentPath(assignment)}/extensions/${found.studentId}`);
  return { status: 'ok', message: `Extension saved: ${found.studentName} now has until ${formatDateTime(parsed.data.dueAt, assignment.section.timeZone)}` };
}

export async function removeExtension(assignmentId: number, studentId: number, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireRole('counsellor', 'instructor');
  const assignment = staffedAssignmentOr404(viewer, assignmentId);
  const student = idParam.safeParse(studentId);
  const found = student.success ? findExtensionForViewer(viewer, assignment.id, student.data) : null;
  if (!found) notFound();
  const removed = getDb().transaction((tx) => {
    const done = deleteExtension(tx, viewer, assignment.id, found.studentId);
    if (done) logAudit({ actorId: viewer.id, action: 'EXTENSION_REMOVED', subjectType: 'assignment', subjectId: assignment.id, details: { studentId: found.studentId, dueAt: found.dueAt?.toISOString() ?? null } }, tx);
    return done;
  });
  refresh(assignment);
  revalidatePath(`${assignmentPath(assignment)}/extensions/${found.studentId}`);
  return removed ? { status: 'ok', message: `Extension removed: ${found.studentName} is due with everyone else.` } : { status: 'ok', message: `${found.studentName} has no extension.` };
}

export async function setSectionTimeZone(sectionId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('counsellor', 'instructor');
  const section = staffedSectionOr404(viewer, sectionId);
  const parsed = sectionTimeZoneSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  getDb().transaction((tx) => {
    if (!updateSectionTimeZone(tx, viewer, section.id, parsed.data.timeZone)) throw new Error('setSectionTimeZone: not a section the viewer staffs');
    logAudit({ actorId: viewer.id, action: 'SECTION_TIME_ZONE_SET', subjectType: 'section', subjectId: section.id, details: { from: section.timeZone, to: parsed.data.timeZone } }, tx);
  });
  revalidatePath(`/staff/sections/${section.id}`, 'layout');
  revalidatePath('/assignments', 'layout');
  return { status: 'ok', message: `Time zone saved: due dates are entered and shown in ${parsed.data.timeZone}.` };
}
