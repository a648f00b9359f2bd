import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxyCount } from './client-address';

const headers = (h: Record<string, string>) => new Headers(h);

describe('clientAddress', () => {
  it('uses the socket’s address and ignores forwarding headers the client wrote', () => {
    expect(clientAddress(headers({ 'x-hm-peer': '192.0.2.10', 'x-forwarded-for': '203.0.113.99', 'x-real-ip': '203.0.113.98' }), 0, true)).toBe('192.0.2.10');
    // A victim's address as the first hop changes nothing: the attacker is counted as themself.
    expect(clientAddress(headers({ 'x-hm-peer': '192.0.2.10', 'x-forwarded-for': '198.51.100.7, 10.0.0.1' }), 0, true)).toBe('192.0.2.10');
    expect(clientAddress(headers({}), 0, true)).toBe('unknown');
  });

  it('ignores x-hm-peer when the server was started without scripts/peer-address.mjs: only a client could have sent it', () => {
    expect(clientAddress(headers({ 'x-hm-peer': '192.0.2.10' }), 0, false)).toBe('unknown');
    expect(clientAddress(headers({ 'x-hm-peer': '10.0.0.2', 'x-forwarded-for': '203.0.113.5' }), 1, false)).toBe('203.0.113.5');
  });

  it('behind N trusted proxies, counts N hops from the right, never the client-written ones on the left', () => {
    // client → proxy: the proxy appends the client's address and connects from its own.
    expect(clientAddress(headers({ 'x-hm-peer': '10.0.0.2', 'x-forwarded-for': '203.0.113.5' }), 1, true)).toBe('203.0.113.5');
    expect(clientAddress(headers({ 'x-hm-peer': '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 203.0.113.5' }), 1, true)).toBe('203.0.113.5');
    // client → CDN → proxy
    expect(clientAddress(headers({ 'x-hm-peer': '10.0.0.2', 'x-forwarded-for': 'spoofed, 203.0.113.5, 10.0.0.9' }), 2, true)).toBe('203.0.113.5');
    // Fewer hops than proxies: only the peer is known.
    expect(clientAddress(headers({ 'x-hm-peer': '10.0.0.2' }), 1, true)).toBe('10.0.0.2');
  });

  it('reads TRUSTED_PROXIES, 0 unless it is a small whole number', () => {
    expect(trustedProxyCount({})).toBe(0);
    expect(trustedProxyCount({ TRUSTED_PROXIES: '2' })).toBe(2);
    expect(trustedProxyCount({ TRUSTED_PROXIES: 'yes' })).toBe(0);
    expect(trustedProxyCount({ TRUSTED_PROXIES: '-1' })).toBe(0);
  });
});
