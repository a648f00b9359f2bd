import 'server-only';
import { getDb } from '@/db/client';
import { startSession } from '@/db/queries/sessions';
import type { PendingStep } from '@/db/schema';
import { now as clockNow } from '@/lib/clock';

/**
 * Opens the server-side session for a new sign-in and returns its id, the only thing the token
 * needs to carry. A password sign-in may still owe its second step (`pendingStep`); a sign-in
 * through another provider (an institution's OpenID Connect sign-on) counts that provider's own
 * second step, so it starts complete with `secondFactor: 'provider'`. Any provider's `user.id`
 * must be the account's id in `users`.
 */
export function openSessionFor(
  user: { id?: string | null; pendingStep?: PendingStep | null },
  account: { provider: string } | null | undefined,
  now: Date = clockNow(),
): string {
  const viaPassword = !account || account.provider === 'credentials';
  return getDb().transaction((tx) =>
    startSession(tx, {
      userId: Number(user.id),
      now,
      pendingStep: viaPassword ? (user.pendingStep ?? null) : null,
      secondFactor: viaPassword ? null : 'provider',
    }),
  );
}
