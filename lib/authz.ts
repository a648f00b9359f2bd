import 'server-only';
import { cache } from 'react';
import { notFound, redirect } from 'next/navigation';
import { findSectionForViewer, type Section } from '@/db/queries/sections';
import { findLiveSession } from '@/db/queries/sessions';
import type { StudentViewer, Viewer } from '@/db/queries/users';
import type { PendingStep, SecondFactor } from '@/db/schema';
import type { Role } from '@/lib/accounts/vocabulary';
import { requestSessionId } from '@/lib/auth';
import { parseId } from '@/lib/validation/common';

export type { Viewer, StudentViewer };

export type SessionState =
  | { kind: 'none' }
  /** Signed in with a password, but the second step (a code, or setting up two-step sign-in) is still owed. */
  | { kind: 'pending'; sessionId: string; step: PendingStep; user: Viewer }
  | { kind: 'signed-in'; sessionId: string; secondFactor: SecondFactor | null; viewer: Viewer };

/**
 * The request's session as the database knows it now, once per request. The cookie carries
 * only a session id; the row says whether it has ended (signed out, signed out everywhere, a
 * password change, a deactivation), whether it is past its absolute end (8 hours after sign-in,
 * however active), and whether its second step is done. The role and active flag are re-read
 * too, so a change takes effect on the next page load whatever the cookie says.
 */
export const getSessionState = cache(async (): Promise<SessionState> => {
  const sid = await requestSessionId();
  if (!sid) return { kind: 'none' };
  const row = findLiveSession(sid, new Date());
  if (!row) return { kind: 'none' };
  const person = { id: row.id, role: row.role, name: row.name, email: row.email, timeZone: row.timeZone } as Viewer;
  if (row.pendingStep) return { kind: 'pending', sessionId: row.sessionId, step: row.pendingStep, user: person };
  return { kind: 'signed-in', sessionId: row.sessionId, secondFactor: row.secondFactor, viewer: person };
});

/** The signed-in person (second step done), or null. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const state = await getSessionState();
  return state.kind === 'signed-in' ? state.viewer : null;
});

export async function requireUser(): Promise<Viewer> {
  const state = await getSessionState();
  if (state.kind === 'pending') redirect('/sign-in/two-step');
  if (state.kind !== 'signed-in') redirect('/sign-in');
  return state.viewer;
}

/** The viewer if their role is one of these (typed as such); anyone else gets a 404 that confirms nothing. */
export async function requireRole<R extends Role>(...roles: R[]): Promise<Extract<Viewer, { role: R }>> {
  const viewer = await requireUser();
  if (!(roles as readonly Role[]).includes(viewer.role)) notFound();
  return viewer as Extract<Viewer, { role: R }>;
}

/** The id of the viewer's own session (to keep it when ending the others). */
export async function currentSessionId(): Promise<string | null> {
  const state = await getSessionState();
  return state.kind === 'none' ? null : state.sessionId;
}

/**
 * For actions that must never navigate away (autosave): the viewer, or null when the session has
 * ended, so the page can keep the typed text and say so. A wrong role is still a 404.
 */
export async function getViewerInRole(...roles: Role[]): Promise<Viewer | null> {
  const viewer = await getViewer();
  if (viewer && !roles.includes(viewer.role)) notFound();
  return viewer;
}

export function homePathFor(role: Role): string {
  switch (role) {
    case 'student':
      return '/home';
    case 'admin':
      return '/admin';
    default:
      return '/staff';
  }
}

/**
 * A staff page about one section: the counsellor or instructor asking, and the section named by
 * the route's `[id]` if they staff it. Any other id (not a number, no such section, another
 * staff member's) is a 404, as every page about someone else's records is.
 */
export async function requireStaffedSection(params: Promise<{ id: string }>): Promise<{ viewer: Extract<Viewer, { role: 'counsellor' | 'instructor' }>; section: Section }> {
  const viewer = await requireRole('counsellor', 'instructor');
  const id = parseId((await params).id);
  const section = id ? findSectionForViewer(viewer, id) : null;
  if (!section) notFound();
  return { viewer, section };
}
