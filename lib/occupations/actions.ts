'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { countUnknownsForViewer, deleteOccupation as deleteOccupationRow, deleteUnknown as deleteUnknownRow, findOccupationForViewer, findUnknownForViewer, insertOccupation, insertUnknown, linkUnknownToQuestion, unknownQuestionIdIn, updateOccupation as updateOccupationRow, UNKNOWNS_PER_OCCUPATION } from '@/db/queries/occupations';
import { insertOwnInterviewQuestion } from '@/db/queries/questions';
import { requireRole, type Viewer } from '@/lib/authz';
import { failed, formObject, invalid, type ActionState } from '@/lib/forms';
import { idParam } from '@/lib/validation/common';
import { occupationSchema, unknownSchema } from '@/lib/validation/occupation';

function ownOccupationOr404(viewer: Viewer, occupationId: unknown) {
  const id = idParam.safeParse(occupationId);
  const occupation = id.success ? findOccupationForViewer(viewer, id.data) : null;
  if (!occupation) notFound();
  return occupation;
}

function ownUnknownOr404(viewer: Viewer, unknownId: unknown) {
  const id = idParam.safeParse(unknownId);
  const unknown = id.success ? findUnknownForViewer(viewer, id.data) : null;
  if (!unknown) notFound();
  return unknown;
}

export async function createOccupation(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const parsed = occupationSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const id = getDb().transaction((tx) => insertOccupation(tx, viewer, parsed.data));
  revalidatePath('/occupations');
  redirect(`/occupations/${id}`);
}

export async function updateOccupation(occupationId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const parsed = occupationSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const occupation = ownOccupationOr404(viewer, occupationId);
  getDb().transaction((tx) => {
    updateOccupationRow(tx, viewer, occupation.id, parsed.data);
  });
  revalidatePath('/occupations');
  revalidatePath(`/occupations/${occupation.id}`);
  redirect(`/occupations/${occupation.id}`);
}

/** Contacts and interviews about it stay; their link to the occupation becomes empty. */
export async function deleteOccupation(occupationId: number): Promise<void> {
  const viewer = await requireRole('student');
  const occupation = ownOccupationOr404(viewer, occupationId);
  getDb().transaction((tx) => {
    deleteOccupationRow(tx, viewer, occupation.id);
    logAudit({ actorId: viewer.id, action: 'OCCUPATION_DELETED', subjectType: 'occupation', subjectId: occupation.id, details: { title: occupation.title } }, tx);
  });
  revalidatePath('/occupations');
  redirect('/occupations');
}

export async function addUnknown(occupationId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireRole('student');
  const parsed = unknownSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const occupation = ownOccupationOr404(viewer, occupationId);
  if (countUnknownsForViewer(viewer, occupation.id) >= UNKNOWNS_PER_OCCUPATION) {
    return failed(`You can keep up to ${UNKNOWNS_PER_OCCUPATION} unknowns for one occupation. Delete one you have answered first.`, form);
  }
  getDb().transaction((tx) => {
    insertUnknown(tx, viewer, occupation.id, parsed.data.text);
  });
  revalidatePath(`/occupations/${occupation.id}`);
  return { status: 'ok', message: 'Added to what you still don’t know.' };
}

export async function deleteUnknown(unknownId: number, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireRole('student');
  const unknown = ownUnknownOr404(viewer, unknownId);
  getDb().transaction((tx) => {
    deleteUnknownRow(tx, viewer, unknown.id);
    logAudit({ actorId: viewer.id, action: 'OCCUPATION_UNKNOWN_DELETED', subjectType: 'occupation_unknown', subjectId: unknown.id, details: { occupationId: unknown.occupationId } }, tx);
  });
  revalidatePath(`/occupations/${unknown.occupationId}`);
  return { status: 'ok', message: 'Deleted.' };
}

/** Makes the unknown one of the student's own interview questions, once. */
export async function turnUnknownIntoQuestion(unknownId: number, _prev: ActionState): Promise<ActionState> {
  const viewer = await requireRole('student');
  const unknown = ownUnknownOr404(viewer, unknownId);
  const created = getDb().transaction((tx) => {
    if (unknownQuestionIdIn(tx, viewer, unknown.id) !== null) return false;
    const questionId = insertOwnInterviewQuestion(tx, viewer, unknown.text);
    return linkUnknownToQuestion(tx, viewer, unknown.id, questionId);
  });
  revalidatePath(`/occupations/${unknown.occupationId}`);
  return { status: 'ok', message: created ? 'Added to your question bank.' : 'Already in your question bank.' };
}
