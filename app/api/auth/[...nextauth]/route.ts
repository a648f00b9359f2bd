import { NextRequest } from 'next/server';
import { appUrl } from '@/lib/app-url';
import { handlers } from '@/lib/auth';

/**
 * next-auth builds the OpenID redirect URI from the request's URL, which `next start` may give
 * as localhost whatever address the browser used. The provider compares the redirect URI
 * exactly, so it is made from the address people reach the app at (APP_URL, else the Host the
 * browser sent), the same as the sign-in step's.
 */
async function atPublicOrigin(request: NextRequest): Promise<NextRequest> {
  const origin = new URL(await appUrl()).origin;
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, origin);
  return url.origin === request.nextUrl.origin ? request : new NextRequest(url, request);
}

export async function GET(request: NextRequest): Promise<Response> {
  return handlers.GET(await atPublicOrigin(request));
}

export async function POST(request: NextRequest): Promise<Response> {
  return handlers.POST(await atPublicOrigin(request));
}
