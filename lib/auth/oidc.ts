/**
 * Single sign-on through the institution's OpenID Connect provider, with next-auth's `oidc`
 * provider type: discovery from the issuer, the authorization code flow with PKCE, and state and
 * nonce checked. The identity only says who someone is; this app decides whether they may come
 * in and as what: the provider's *verified* e-mail must match an active account here (or, when
 * an admin allows it, be at a domain whose students get an account on first sign-in).
 *
 *   OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET   turn it on (all three)
 *   OIDC_NAME                                        the button says "Sign in with <OIDC_NAME>"
 *   OIDC_TRUST_EMAIL=1                               for providers that assign addresses and send
 *                                                    no email_verified claim at all (Entra ID)
 *   PASSWORD_SIGN_IN=off                             only single sign-on (ignored without OIDC)
 */
import type { Profile, User } from 'next-auth';
import type { OIDCConfig } from 'next-auth/providers';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { readSetting } from '@/db/queries/settings';
import { findUserForSignIn, insertUser } from '@/db/queries/users';

export const OIDC_PROVIDER_ID = 'oidc';

export type OidcSetup = { issuer: string; clientId: string; clientSecret: string; name: string; trustEmail: boolean };

export function oidcSetup(env: Record<string, string | undefined> = process.env): OidcSetup | null {
  const issuer = env.OIDC_ISSUER?.trim().replace(/\/+$/, '');
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: env.OIDC_NAME?.trim() || 'your institution', trustEmail: env.OIDC_TRUST_EMAIL === '1' };
}

/** Passwords stay on unless turned off, and cannot be turned off without single sign-on to replace them. */
export function passwordSignInEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.PASSWORD_SIGN_IN?.trim().toLowerCase() !== 'off' || oidcSetup(env) === null;
}

type Claims = { sub?: unknown; email?: unknown; email_verified?: unknown; name?: unknown };

/** The next-auth provider, or none when single sign-on is not configured. */
export function oidcProviders(): OIDCConfig<Claims>[] {
  const setup = oidcSetup();
  if (!setup) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: setup.name,
      type: 'oidc',
      issuer: setup.issuer,
      clientId: setup.clientId,
      clientSecret: setup.clientSecret,
      checks: ['pkce', 'state', 'nonce'],
      // The e-mail and email_verified come from the userinfo endpoint, which every provider
      // serves for the `email` scope; many leave them out of the ID token.
      idToken: false,
      authorization: { params: { scope: 'openid email profile' } },
      // Never an id this app could mistake for an account: completeOidcSignIn sets the real one.
      profile: (claims) => ({ id: `oidc:${String(claims.sub)}`, email: typeof claims.email === 'string' ? claims.email : null, name: typeof claims.name === 'string' ? claims.name : null }),
    },
  ];
}

export type OidcRefusal = 'unverified' | 'unknown' | 'inactive';
export type OidcResult = { ok: true; user: { id: number; name: string; email: string; created: boolean } } | { ok: false; reason: OidcRefusal };

function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/**
 * Who a provider's identity is here. Refused, with nothing created: no e-mail or an unverified
 * one, an e-mail no account has (unless its domain is one an admin opened to new students),
 * a deactivated account.
 */
export function resolveOidcIdentity(claims: Claims, setup: Pick<OidcSetup, 'trustEmail'>): OidcResult {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  const verified = claims.email_verified === true || claims.email_verified === 'true' || (setup.trustEmail && claims.email_verified === undefined);
  const refuse = (reason: OidcRefusal, userId?: number): OidcResult => {
    logAudit({ actorId: null, action: 'SIGN_IN_REFUSED', subjectType: userId ? 'user' : undefined, subjectId: userId, details: { method: 'oidc', reason, email } });
    return { ok: false, reason };
  };
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email) || !verified) return refuse('unverified');

  const account = findUserForSignIn(email);
  if (account && !account.active) return refuse('inactive', account.id);
  if (account) {
    logAudit({ actorId: account.id, action: 'SIGN_IN', subjectType: 'user', subjectId: account.id, details: { method: 'oidc' } });
    return { ok: true, user: { id: account.id, name: account.name, email: account.email, created: false } };
  }
  if (!readSetting('sso.autoCreateDomains').includes(emailDomain(email))) return refuse('unknown');

  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 120) : email.slice(0, email.indexOf('@'));
  const id = getDb().transaction((tx) => {
    const id = insertUser(tx, { email, name, role: 'student' });
    logAudit({ actorId: id, action: 'USER_CREATED_BY_SSO', subjectType: 'user', subjectId: id, details: { email, domain: emailDomain(email) } }, tx);
    logAudit({ actorId: id, action: 'SIGN_IN', subjectType: 'user', subjectId: id, details: { method: 'oidc' } }, tx);
    return id;
  });
  return { ok: true, user: { id, name, email, created: true } };
}

/**
 * next-auth's signIn callback for the OIDC provider: lets the sign-in through as the matched
 * account (the session then carries that account's id and session version, exactly as a
 * password sign-in's does), or sends the person back to the sign-in page with the reason.
 */
export function completeOidcSignIn(user: User, profile: Profile | undefined): true | string {
  const setup = oidcSetup();
  const result = setup && profile ? resolveOidcIdentity(profile as Claims, setup) : ({ ok: false, reason: 'unverified' } as const);
  if (!result.ok) return `/sign-in?sso=${result.reason}`;
  // Without an adapter next-auth hands this same object to the jwt callback.
  user.id = String(result.user.id);
  user.name = result.user.name;
  user.email = result.user.email;
  return true;
}
