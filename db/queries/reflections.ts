import { and, eq } from 'drizzle-orm';
import { getDb, type DB, type Tx } from '../client';
import { reflections } from '../schema';
import type { Viewer } from './users';
import { ownedBy } from './visibility';

/** The viewer's own reflection on one interview, or null. */
export function findOwnReflection(viewer: Viewer, interviewId: number) {
  return (
    getDb()
      .select({ id: reflections.id, answers: reflections.answers, updatedAt: reflections.updatedAt })
      .from(reflections)
      .where(and(eq(reflections.interviewId, interviewId), ownedBy(viewer, reflections.studentId)))
      .get() ?? null
  );
}

/**
 * Saves the answers (only non-empty ones are kept) as the one reflection of this interview.
 * The caller has checked that the interview is the viewer's own.
 */
export function saveReflection(tx: DB | Tx, viewer: Viewer, interviewId: number, answers: Record<string, string>, now: Date): void {
  const kept = Object.fromEntries(Object.entries(answers).filter(([, v]) => v.trim() !== ''));
  tx.insert(reflections)
    .values({ studentId: viewer.id, interviewId, answers: kept, updatedAt: now })
    .onConflictDoUpdate({ target: reflections.interviewId, set: { answers: kept, updatedAt: now }, setWhere: eq(reflections.studentId, viewer.id) })
    .run();
}
