import { vi } from 'vitest';
import { getDb } from '../client';
import { startSession } from '../queries/sessions';

/**
 * What next-auth's auth() would return for a signed-in person: a session id naming a row in
 * `sessions`, as the real jwt callback makes. Use with
 * vi.mock('@/lib/auth', () => authModuleMock()) and then signInAs(id).
 */
const state: { sid: string | null } = { sid: null };

/** Opens a real server-side session for the user (second step done), or signs out with null. Returns the session id. */
export function signInAs(userId: number | null, now = new Date()): string | null {
  state.sid = userId == null ? null : startSession(getDb(), { userId, now });
  return state.sid;
}

/** Makes auth() return this session id (e.g. one opened with a pending second step). */
export function useSession(sid: string | null): void {
  state.sid = sid;
}

export function authModuleMock() {
  return {
    SESSION_MAX_AGE_S: 8 * 3600,
    auth: vi.fn(async () => (state.sid == null ? null : { sid: state.sid, user: {}, expires: '' })),
    requestSessionId: vi.fn(async () => state.sid),
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
