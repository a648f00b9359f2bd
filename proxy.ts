import { NextResponse, type NextRequest } from 'next/server';
import { ACTION_BODY_LIMIT_BYTES, contentSecurityPolicy, formActionOrigins, HSTS } from '@/lib/security/csp';

/*
 * Next 16's proxy (formerly middleware) runs before every page, action and route:
 *  - a content security policy with a fresh nonce per request (so every page renders dynamically);
 *  - HSTS when served over HTTPS;
 *  - calls that could only be forged or broken refused with a short 4xx before Next reads them
 *    (Next would answer them with a 500 and log a crash): a write from another origin, or with a
 *    missing or malformed Origin, and a body larger than a server action accepts, or of unknown length.
 * Authorisation is not done here: every page and action checks the viewer itself (lib/authz.ts).
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a write's Origin is this site: APP_URL's origin when set; else (the embedded demo,
 * `npm run dev`) the host the request was addressed to, as Next's own server-action check
 * compares it (request.nextUrl names the server's own hostname under `next dev`, not the one in
 * the browser's address bar).
 */
function sameSite(origin: URL, request: NextRequest): boolean {
  if (process.env.APP_URL) {
    try {
      return origin.origin === new URL(process.env.APP_URL).origin;
    } catch {
      // a malformed APP_URL is refused at start-up (scripts/prepare-data.mjs)
    }
  }
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  return host !== null && origin.host === host;
}

function refuse(status: number, message: string): NextResponse {
  return new NextResponse(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/**
 * With APP_URL set, a write must be addressed to it: Next's own check compares the Origin with
 * X-Forwarded-Host or Host and answers a mismatch with a 500; a client-written host never gets
 * that far.
 */
function misdirected(request: NextRequest): boolean {
  if (!process.env.APP_URL) return false;
  let appHost: string;
  try {
    appHost = new URL(process.env.APP_URL).host;
  } catch {
    return false;
  }
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  return host !== appHost;
}

/** Why a write must be refused before Next reads it, or null. */
function writeProblem(request: NextRequest): NextResponse | null {
  if (misdirected(request)) return refuse(421, 'Misdirected request: this site is served at its own address only.');
  const origin = request.headers.get('origin');
  // next-auth's own endpoints carry its CSRF token; a script (the bench) signs in there without an Origin.
  const authEndpoint = request.nextUrl.pathname.startsWith('/api/auth/');
  // RFC 8058 one-click unsubscribe: a mail client POSTs with no Origin and no cookies; the signed
  // token in the address is the whole authority, so there is nothing to forge across sites.
  const oneClickUnsubscribe = request.nextUrl.pathname.startsWith('/api/unsubscribe/');
  if (origin === null) {
    if (!authEndpoint && !oneClickUnsubscribe) return refuse(403, 'Forbidden: a change must come from a page of this site (no Origin header).');
  } else {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    if (parsed === null || parsed.origin === 'null') return refuse(403, 'Forbidden: malformed Origin header.');
    if (!sameSite(parsed, request)) return refuse(403, 'Forbidden: a change must come from a page of this site.');
  }
  const length = request.headers.get('content-length');
  if (length === null) {
    if (request.headers.get('transfer-encoding')) return refuse(411, 'Length required.');
  } else {
    const bytes = Number(length);
    if (!Number.isSafeInteger(bytes) || bytes < 0) return refuse(400, 'Bad request: malformed Content-Length.');
    if (bytes > ACTION_BODY_LIMIT_BYTES) return refuse(413, `Too large: at most ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB.`);
  }
  return null;
}

/**
 * A fetch-called server action with a plain-text body carries its arguments as a JSON array
 * (React's encodeReply); anything else is a forged call that Next would fail to decode with a
 * 500. Multipart bodies (forms with files or several fields) are left to Next.
 */
async function malformedActionBody(request: NextRequest): Promise<boolean> {
  if (!request.headers.has('next-action')) return false;
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) return false;
  try {
    return !Array.isArray(JSON.parse(await request.clone().text()));
  } catch {
    return true;
  }
}

function servedOverHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

export async function proxy(request: NextRequest) {
  const https = servedOverHttps(request);
  if (!SAFE_METHODS.has(request.method)) {
    const problem = writeProblem(request) ?? ((await malformedActionBody(request)) ? refuse(400, 'Bad request: malformed action call.') : null);
    if (problem) {
      if (https) problem.headers.set('strict-transport-security', HSTS);
      return problem;
    }
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy({ nonce, https, dev: process.env.NODE_ENV === 'development', formActions: formActionOrigins() });
  if (request.method === 'POST' && request.headers.has('next-action')) {
    // A fetch-called server action (an autosave every few seconds) is answered with its result,
    // never an HTML page with scripts to put the nonce on: Next need not be handed a copy of every
    // request header to carry it.
    const response = NextResponse.next();
    response.headers.set('content-security-policy', policy);
    if (https) response.headers.set('strict-transport-security', HSTS);
    return response;
  }
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  requestHeaders.set('content-security-policy', policy);
  requestHeaders.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  if (https) response.headers.set('strict-transport-security', HSTS);
  return response;
}

export const config = {
  // Everything but the build's static files (scripts, styles, fonts: no policy to carry, nothing to write).
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
