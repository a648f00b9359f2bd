import type { ActionState } from '@/lib/forms';

/**
 * The version an edit form was loaded from, posted with every save so that a save from an older
 * version is refused (db/queries/versioned.ts `updateIfVersion`). After a save, or a refused
 * stale save, the action's state says which version the form now stands on.
 */
export function VersionField({ state, version }: { state: ActionState; version: number }) {
  return <input type="hidden" name="version" value={String(state.version ?? version)} />;
}
