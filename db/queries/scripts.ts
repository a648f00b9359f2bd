import { and, desc, eq } from 'drizzle-orm';
import { getDb, type DB, type Tx } from '../client';
import { scripts } from '../schema';
import type { Viewer } from './users';
import { ownedBy, studentRecordsVisibleTo } from './visibility';
import type { ScriptKind } from '@/lib/outreach/vocabulary';
import { updateIfVersion, type VersionedUpdate } from './versioned';

export type ScriptValues = { kind: ScriptKind; title: string; body: string };

/** A ceiling on one contact's scripts (a student saves a few). */
export const SCRIPTS_PER_CONTACT_LIMIT = 100;

/** The scripts written for one contact, latest first. */
export function listScriptsForViewer(viewer: Viewer, contactId: number) {
  return getDb()
    .select({ id: scripts.id, kind: scripts.kind, title: scripts.title, body: scripts.body, createdAt: scripts.createdAt, updatedAt: scripts.updatedAt })
    .from(scripts)
    .where(and(eq(scripts.contactId, contactId), studentRecordsVisibleTo(viewer, scripts.studentId)))
    .orderBy(desc(scripts.createdAt), desc(scripts.id))
    .limit(SCRIPTS_PER_CONTACT_LIMIT)
    .all();
}

/** One script for this contact that the viewer may see, or null. */
export function findScriptForViewer(viewer: Viewer, contactId: number, id: number) {
  return (
    getDb()
      .select()
      .from(scripts)
      .where(and(eq(scripts.id, id), eq(scripts.contactId, contactId), studentRecordsVisibleTo(viewer, scripts.studentId)))
      .get() ?? null
  );
}

export function insertScript(tx: DB | Tx, viewer: Viewer, contactId: number, values: ScriptValues): number {
  return tx
    .insert(scripts)
    .values({ ...values, contactId, studentId: viewer.id })
    .returning({ id: scripts.id })
    .get().id;
}

/** Saves an edit of the viewer's own script, refused if it changed since the builder was opened (its version). */
export function updateOwnScript(tx: DB | Tx, viewer: Viewer, id: number, values: Partial<ScriptValues>, now: Date, expectedVersion: number): VersionedUpdate {
  return updateIfVersion(tx, scripts, and(eq(scripts.id, id), ownedBy(viewer, scripts.studentId)), expectedVersion, { ...values, updatedAt: now });
}

export function deleteOwnScript(tx: DB | Tx, viewer: Viewer, id: number): boolean {
  return tx.delete(scripts).where(and(eq(scripts.id, id), ownedBy(viewer, scripts.studentId))).run().changes > 0;
}
