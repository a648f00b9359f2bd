import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { signInSchema } from '@/lib/validation/auth';
import { now } from '@/lib/clock';
import { completeOidcSignIn, oidcProviders, passwordSignInEnabled } from './oidc';
import { sessionSecret } from './secret';
import { attemptPasswordSignIn, clientAddress } from './sign-in';

export const SESSION_MAX_AGE_S = 8 * 3600;

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
    sessionVersion: number;
    signedInAt: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: sessionSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    Credentials({
      credentials: { email: { label: 'E-mail' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        if (!passwordSignInEnabled()) throw new InvalidCredentials();
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentials();
        const result = await attemptPasswordSignIn({ ...parsed.data, address: clientAddress(request.headers), now: now() });
        if (result.ok) return { id: String(result.user.id), name: result.user.name, email: result.user.email, sessionVersion: result.user.sessionVersion };
        if (result.reason === 'throttled') throw new ThrottledSignIn(result.retryAfterMs);
        throw new InvalidCredentials();
      },
    }),
    ...oidcProviders(),
  ],
  callbacks: {
    signIn({ user, account, profile }) {
      return account?.type === 'oidc' ? completeOidcSignIn(user, profile) : true;
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion ?? 0;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.sessionVersion = Number(token.sv);
      session.signedInAt = Number(token.signedInAt);
      return session;
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
