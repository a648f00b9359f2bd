/**
 * The sender started with the app (instrumentation.ts): drains the outbox over SMTP, soon after
 * anything is queued in this process and every 15 seconds otherwise (other processes may queue
 * too), and puts the students' reminder digests in the outbox every 10 minutes. Without
 * SMTP_URL it does nothing: mail stays in the outbox for admins to read.
 */
import { onMailQueued } from '@/db/queries/outbox';
import { sweepReminders } from '@/lib/reminders/sweep';
import { unsubscribeSecret } from '@/lib/reminders/unsubscribe';
import { mailSetup } from './config';
import { drainOutbox, retryDelayMs } from './sender';
import { createSmtpTransport } from './transport';

const POLL_MS = 15_000;
const SWEEP_EVERY_MS = 10 * 60_000;

type WorkerState = { started: boolean };
const holder = globalThis as unknown as { __hmMailWorker?: WorkerState };

export function startMailWorker(): void {
  holder.__hmMailWorker ??= { started: false };
  if (holder.__hmMailWorker.started) return;
  holder.__hmMailWorker.started = true;

  const setup = mailSetup();
  if (setup.status === 'off') {
    console.info('Mail: SMTP_URL is not set, so mail stays in the outbox (Admin → Outbox).');
    return;
  }
  if (setup.status === 'incomplete') {
    console.error(`Mail is not sent: ${setup.problem}`);
    return;
  }
  const { config } = setup;
  const transport = createSmtpTransport(config.smtpUrl);
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let pausedUntil = 0;
  let unavailableInARow = 0;
  let lastSweep = 0;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref();
  };

  async function tick() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    let next = POLL_MS;
    try {
      if (Date.now() - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = Date.now();
        await sweepReminders(new Date(), { appUrl: config.appUrl, secret: unsubscribeSecret() });
      }
      if (Date.now() >= pausedUntil) {
        const result = await drainOutbox({ deliver: transport.deliver, config });
        if (result.serverUnavailable) {
          unavailableInARow++;
          pausedUntil = Date.now() + retryDelayMs(unavailableInARow);
          console.error(`Mail: the SMTP server is unavailable; trying again in ${Math.round((pausedUntil - Date.now()) / 1000)} s.`);
        } else {
          unavailableInARow = 0;
          if (result.more) next = 0;
        }
      }
    } catch (error) {
      console.error('Mail: the sender stopped on an error and will try again.', error);
    } finally {
      running = false;
      schedule(again ? 0 : next);
      again = false;
    }
  }

  onMailQueued(() => (running ? (again = true) : schedule(50)));
  schedule(1000);
  console.info(`Mail: sending through ${new URL(config.smtpUrl).host} as ${config.from}.`);
}
