/** Orderings of ids, shared by the reorderable lists (plain functions, no React). */

/** Swaps an item with its neighbour; the same list when it is already at that end. */
export function moveId(ids: readonly number[], id: number, direction: -1 | 1): number[] {
  const i = ids.indexOf(id);
  const j = i + direction;
  if (i < 0 || j < 0 || j >= ids.length) return [...ids];
  const out = [...ids];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}
