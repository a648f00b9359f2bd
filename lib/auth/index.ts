import 'server-only';
import NextAuth, { CredentialsSignin, type User } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { cookies, headers } from 'next/headers';
import { getDb } from '@/db/client';
import { endSession, SESSION_LIFETIME_MS } from '@/db/queries/sessions';
import type { PendingStep } from '@/db/schema';
import { signInSchema } from '@/lib/validation/auth';
import { now } from '@/lib/clock';
import { clientAddress } from './client-address';
import { deviceNonceFrom } from './device-cookie';
import { completeOidcSignIn, oidcProviders, passwordSignInEnabled } from './oidc';
import { sessionSecret } from './secret';
import { openSessionFor } from './open-session';
import { sessionCookieName, sessionIdOfToken, sessionTokenFrom } from './session-token';
import { attemptPasswordSignIn } from './sign-in';

export const SESSION_MAX_AGE_S = SESSION_LIFETIME_MS / 1000;

// next-auth builds its absolute URLs from the request it is handed: app/api/auth/[...nextauth]
// hands it one at APP_URL (never a client-written Host), and proxy.ts refuses writes addressed to
// another host. No AUTH_URL: with it, next-auth would rebuild the URL through NextRequest, which
// turns 127.0.0.1 into localhost and breaks the single sign-on redirect URI.

class InvalidCredentials extends CredentialsSignin {
  code = 'invalid';
}
class ThrottledSignIn extends CredentialsSignin {
  constructor(retryAfterMs: number) {
    super();
    this.code = `throttled:${Math.ceil(retryAfterMs / 1000)}`;
  }
}

declare module 'next-auth' {
  interface Session {
    /** The server-side session (db `sessions`) this cookie stands for; lib/authz.ts reads it on every request. */
    sid?: string;
  }
  interface User {
    /** Set by the password check: what the session must still do (enter a code, set up two-step sign-in). */
    pendingStep?: PendingStep | null;
  }
}

/**
 * The Credentials provider's check: the e-mail and password, counted against the limits
 * (lib/auth/sign-in.ts) by the client's address and, when the browser carries one for this
 * account, its device cookie.
 */
async function authorizePassword(credentials: unknown, request: Request): Promise<User> {
  // A centre that signs everyone in through its own provider may turn passwords off.
  if (!passwordSignInEnabled()) throw new InvalidCredentials();
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentials();
  const result = await attemptPasswordSignIn({
    ...parsed.data,
    address: clientAddress(request.headers),
    deviceNonce: deviceNonceFrom(request.headers.get('cookie'), parsed.data.email),
    now: now(),
  });
  if (result.ok) return { id: String(result.user.id), name: result.user.name, email: result.user.email, pendingStep: result.user.pendingStep };
  if (result.reason === 'throttled') throw new ThrottledSignIn(result.retryAfterMs);
  throw new InvalidCredentials();
}

/** Ends the server-side session when next-auth signs out (the sign-out button, or /api/auth/signout). */
function closeSession(sid: unknown): void {
  if (typeof sid === 'string') getDb().transaction((tx) => endSession(tx, sid, 'signed-out', now()));
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: sessionSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    Credentials({
      credentials: { email: { label: 'E-mail' }, password: { label: 'Password', type: 'password' } },
      authorize: authorizePassword,
    }),
    ...oidcProviders(),
  ],
  callbacks: {
    signIn({ user, account, profile }) {
      return account?.type === 'oidc' ? completeOidcSignIn(user, profile) : true;
    },
    jwt({ token, user, account }) {
      // Only the session id: who it is, and whether it still counts, are read from the database.
      if (user) return { sub: user.id, sid: openSessionFor(user, account) };
      return token;
    },
    session({ session, token }) {
      session.sid = typeof token.sid === 'string' ? token.sid : undefined;
      return session;
    },
  },
  events: {
    signOut(message) {
      closeSession('token' in message ? message.token?.sid : undefined);
    },
  },
  logger: {
    // A wrong password is an expected event (audited in the database), not a server error.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
});

/**
 * The server-side session id the request's session cookie names, or null: what auth() would say
 * (the same cookie, secret and checks), without running next-auth's session endpoint on every
 * request (lib/auth/session-token.ts). lib/authz.ts then asks the database whether it still counts.
 */
export async function requestSessionId(): Promise<string | null> {
  const [h, c] = await Promise.all([headers(), cookies()]);
  const name = sessionCookieName(h.get('x-forwarded-proto'));
  return sessionIdOfToken(sessionTokenFrom(c.getAll(), name), name, sessionSecret());
}
