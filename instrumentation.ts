/**
 * Runs once when a server starts. Starts the mail sender in the Node.js runtime of a running
 * server only: never in the Edge runtime, never while `next build` prerenders pages.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startMailWorker } = await import('./lib/mail/worker');
  startMailWorker();
}
