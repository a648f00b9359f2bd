import type { NextRequest } from 'next/server';
import { appUrl } from '@/lib/app-url';
import { handlers } from '@/lib/auth';

/**
 * next-auth builds the OpenID redirect URI from the request's URL, and the provider compares it
 * exactly with the one the sign-in step sent (made from the Host the browser used). Next's own
 * request URL is not that: `next start` may report localhost, and NextRequest rewrites 127.0.0.1
 * to localhost. So next-auth gets a plain Request at the address people reach the app at
 * (APP_URL, else the Host the browser sent); next-auth reads only its url, headers and body
 * when no AUTH_URL is set (with one, it rebuilds the URL from nextUrl itself).
 */
async function atPublicAddress(request: NextRequest): Promise<NextRequest> {
  // An AUTH_URL set by hand: next-auth rebuilds the URL itself from nextUrl (a plain Request has none).
  if (process.env.AUTH_URL) return request;
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, new URL(await appUrl()).origin);
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  return new Request(url, { method: request.method, headers: request.headers, body }) as unknown as NextRequest;
}

export async function GET(request: NextRequest): Promise<Response> {
  return handlers.GET(await atPublicAddress(request));
}

export async function POST(request: NextRequest): Promise<Response> {
  return handlers.POST(await atPublicAddress(request));
}
