import { appUrl } from '@/lib/app-url';
import { requestNow } from '@/lib/clock';
import { sweepReminders } from '@/lib/reminders/sweep';
import { unsubscribeSecret } from '@/lib/reminders/unsubscribe';

/**
 * End-to-end tests only (a server started with HM_E2E=1; anywhere else a 404): runs the reminder
 * sweep the mail sender runs every 10 minutes, at the browser's test clock, so a test can stand
 * "the morning before the interview" without waiting for it.
 */
export async function POST(): Promise<Response> {
  if (process.env.HM_E2E !== '1') return new Response('Not found', { status: 404 });
  const queued = await sweepReminders(await requestNow(), { appUrl: await appUrl(), secret: unsubscribeSecret() });
  return Response.json({ queued });
}
