import { vi } from 'vitest';
import { findActiveUserById } from '../queries/users';

/**
 * What next-auth's auth() would return for a signed-in person. Use with
 * vi.mock('@/lib/auth', () => authModuleMock()) and then signInAs(id).
 */
const state: { userId: number | null } = { userId: null };

export function signInAs(userId: number | null): void {
  state.userId = userId;
}

export function authModuleMock() {
  return {
    SESSION_MAX_AGE_S: 8 * 3600,
    auth: vi.fn(async () => {
      if (state.userId == null) return null;
      const user = findActiveUserById(state.userId);
      return { user: { id: String(state.userId) }, sessionVersion: user?.sessionVersion ?? 1, signedInAt: Date.now(), expires: '' };
    }),
    signIn: vi.fn(),
    signOut: vi.fn(),
    handlers: {},
  };
}

/** next/navigation's notFound() and redirect() throw errors whose digest names what they did. */
export function digestOf(error: unknown): string {
  return String((error as { digest?: string })?.digest ?? error);
}

/** A FormData as a browser would post it; an array value repeats the field (checkboxes). */
export function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  return f;
}

/** Awaits a server action and returns the digest of what it threw ('no error' if nothing). */
export async function thrown(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return digestOf(e);
  }
  return 'no error';
}
