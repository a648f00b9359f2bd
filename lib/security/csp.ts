/*
 * The content security policy (ASVS 5.0 V3.4), sent by proxy.ts with a fresh nonce per request:
 * scripts run only with this request's nonce (Next puts it on its own scripts when the request
 * carries the policy) and what they load ('strict-dynamic'); never inline or injected script.
 * No framing, no <base>, forms post only here. Dependency-free: proxy.ts and tests import it.
 */

/** Extra origins forms may post (or be redirected) to, e.g. an institution's sign-on provider. */
export function formActionOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const origins: string[] = [];
  for (const value of [env.OIDC_ISSUER]) {
    if (!value) continue;
    try {
      origins.push(new URL(value).origin);
    } catch {
      // not a URL: nothing to allow
    }
  }
  return origins;
}

export function contentSecurityPolicy(opts: { nonce: string; https: boolean; dev?: boolean; formActions?: string[] }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ''}`,
    // Stylesheets are files; React and react-aria set a few style attributes (positions, hidden text).
    // Styles cannot run script; react-aria's drag and drop injects a <style> that carries no nonce.
    // Scripts keep the nonce and 'strict-dynamic'.
    "style-src 'self' 'unsafe-inline'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${opts.formActions?.length ? ` ${opts.formActions.join(' ')}` : ''}`,
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ];
  if (opts.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** Two years, as the HSTS preload list asks; sent only over HTTPS (browsers ignore it over HTTP anyway). */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** Next's own limit for a server action's body, enforced before Next reads it (a 413, not a crash). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
