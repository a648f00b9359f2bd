// Raw HTTP to the e2e server, as a script or an attacker would send it: any header, any body,
// from any loopback address (the server listens on 127.0.0.1; Linux lets a client bind
// 127.0.0.2–127.0.0.254 as its source), so a test of per-address limits has an address of its own
// and never locks out the browsers of the other tests, which all come from 127.0.0.1.
import http from 'node:http';

export const E2E_BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function rawRequest(opts: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  from?: string;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(opts.path, E2E_BASE);
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: opts.method ?? 'GET', headers: opts.headers, localAddress: opts.from },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

function cookiesOf(res: RawResponse): string[] {
  const set = res.headers['set-cookie'] ?? [];
  return set.map((c) => c.split(';')[0]);
}

/**
 * One password sign-in through next-auth's credentials endpoint (what the form's action runs),
 * from the given loopback address with any extra headers. Says whether a session was opened, and
 * where the answer points (a failure points back to /sign-in with the reason).
 */
export async function credentialsSignIn(email: string, password: string, opts: { from?: string; headers?: Record<string, string>; cookie?: string } = {}) {
  const csrf = await rawRequest({ path: '/api/auth/csrf', from: opts.from, headers: opts.cookie ? { cookie: opts.cookie } : {} });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = [opts.cookie, ...cookiesOf(csrf)].filter(Boolean).join('; ');
  const body = new URLSearchParams({ email, password, csrfToken }).toString();
  const res = await rawRequest({
    method: 'POST',
    path: '/api/auth/callback/credentials',
    from: opts.from,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)), cookie, ...opts.headers },
    body,
  });
  const session = cookiesOf(res).find((c) => c.includes('session-token') && !c.endsWith('='));
  return { status: res.status, location: String(res.headers.location ?? ''), session: session ?? null };
}
