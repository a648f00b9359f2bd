import type { ActionState } from '@/lib/forms';

/**
 * The version an edit form was loaded from, posted with every save so that a save from an older
 * version is refused (db/queries/versioned.ts `updateIfVersion`). After a save, or a refused
 * stale save, the action's state says which version the form now stands on.
 */
export function VersionField({ state, version }: { state: ActionState; version: number }) {
  // The newer of the two: a page with several forms on one record (an interview) is refreshed
  // after each of its own saves, and one form's earlier save must not make another look stale.
  return <input type="hidden" name="version" value={String(Math.max(state.version ?? 0, version))} />;
}
