import { now } from '@/lib/clock';
import { applyUnsubscribe } from '@/lib/reminders/unsubscribe';

/**
 * RFC 8058 one-click unsubscribe: a mail client POSTs `List-Unsubscribe=One-Click` to the URI in
 * a reminder's List-Unsubscribe header. No sign-in and no CSRF token: the signed link is the
 * authority, and it can only turn that student's reminders off.
 */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const result = token.length <= 200 ? applyUnsubscribe(token, now(), 'one-click') : { ok: false };
  return new Response(result.ok ? 'Unsubscribed from reminder e-mails.\n' : 'Not found.\n', {
    status: result.ok ? 200 : 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** Someone opened the header's link in a browser: show the page with the button (a GET changes nothing). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  return new Response(null, { status: 303, headers: { Location: `/unsubscribe/${encodeURIComponent(token)}`, 'Cache-Control': 'no-store' } });
}
