import { and, desc, eq } from 'drizzle-orm';
import { getDb, type DB, type Tx } from '../client';
import { scripts, type ScriptKind } from '../schema';
import type { Viewer } from './users';
import { ownedBy } from './visibility';
import { updateIfVersion, type VersionedUpdate } from './versioned';

export type ScriptValues = { kind: ScriptKind; title: string; body: string };

export function listScriptsForContact(viewer: Viewer, contactId: number) {
  return getDb()
    .select({ id: scripts.id, kind: scripts.kind, title: scripts.title, body: scripts.body, createdAt: scripts.createdAt, updatedAt: scripts.updatedAt })
    .from(scripts)
    .where(and(eq(scripts.contactId, contactId), ownedBy(viewer, scripts.studentId)))
    .orderBy(desc(scripts.createdAt), desc(scripts.id))
    .all();
}

/** One of the viewer's scripts for this contact, or null. */
export function findOwnScript(viewer: Viewer, contactId: number, id: number) {
  return (
    getDb()
      .select()
      .from(scripts)
      .where(and(eq(scripts.id, id), eq(scripts.contactId, contactId), ownedBy(viewer, scripts.studentId)))
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
export function updateOwnScript(tx: DB | Tx, viewer: Viewer, id: number, values: ScriptValues, now: Date, expectedVersion: number): VersionedUpdate {
  return updateIfVersion(tx, scripts, and(eq(scripts.id, id), ownedBy(viewer, scripts.studentId)), expectedVersion, { ...values, updatedAt: now });
}

export function deleteOwnScript(tx: DB | Tx, viewer: Viewer, id: number): boolean {
  return tx.delete(scripts).where(and(eq(scripts.id, id), ownedBy(viewer, scripts.studentId))).run().changes > 0;
}
