import 'server-only';
import { cache } from 'react';
import { notFound, redirect } from 'next/navigation';
import { findActiveUserById, type StudentViewer, type Viewer } from '@/db/queries/users';
import type { Role } from '@/lib/accounts/vocabulary';
import { auth, SESSION_MAX_AGE_S } from '@/lib/auth';

export type { Viewer, StudentViewer };

/**
 * The signed-in person as the database knows them now, or null. The role, the active flag and
 * the session version are re-read on every request, so a deactivation, a role change or a
 * password change takes effect on the next page load whatever the cookie says. Sessions end
 * 8 hours after sign-in, however active.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session || !Number.isInteger(id) || id <= 0) return null;
  if (!session.signedInAt || Date.now() - session.signedInAt > SESSION_MAX_AGE_S * 1000) return null;
  const user = findActiveUserById(id);
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email, timeZone: user.timeZone };
});

export async function requireUser(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in');
  return viewer;
}

/** The viewer if their role is one of these (typed as such); anyone else gets a 404 that confirms nothing. */
export async function requireRole<R extends Role>(...roles: R[]): Promise<Extract<Viewer, { role: R }>> {
  const viewer = await requireUser();
  if (!(roles as readonly Role[]).includes(viewer.role)) notFound();
  return viewer as Extract<Viewer, { role: R }>;
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
