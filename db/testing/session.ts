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
