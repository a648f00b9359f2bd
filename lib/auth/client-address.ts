/**
 * The address a request came from, as the sign-in limits and the audit log use it.
 *
 * By default (TRUSTED_PROXIES unset or 0) it is the TCP peer's address, which the client cannot
 * choose: scripts/peer-address.mjs (preloaded by every start script) writes it into the
 * x-hm-peer request header before Next sees the request, replacing anything a client sent.
 * X-Forwarded-For is ignored then, because a client writes whatever it likes there.
 *
 * Behind N reverse proxies (TRUSTED_PROXIES=N), each appends the address it received from to
 * X-Forwarded-For, so the client is the N-th hop counted from the right; hops further left
 * were written by the client and are never used.
 */
export const PEER_HEADER = 'x-hm-peer';

export function trustedProxyCount(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.TRUSTED_PROXIES ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

/** Whether scripts/peer-address.mjs was loaded into this process (npm start, npm run dev, the demo, the e2e server). */
export function peerAddressPreloaded(): boolean {
  return (globalThis as Record<symbol, unknown>)[Symbol.for('horses-mouth.peer-address')] === true;
}

export function clientAddress(headers: Headers, trustedProxies = trustedProxyCount(), preloaded = peerAddressPreloaded()): string {
  // Without the preload nobody replaces a client's own x-hm-peer: every request is then one unknown address.
  const peer = (preloaded && headers.get(PEER_HEADER)?.trim()) || 'unknown';
  if (trustedProxies === 0) return peer;
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  // Fewer hops than proxies: the request did not come through all of them; the peer is what we know.
  if (hops.length < trustedProxies) return peer;
  return hops[hops.length - trustedProxies];
}
