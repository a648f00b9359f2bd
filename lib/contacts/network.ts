/**
 * The referral network: who led the student to whom ("Can you suggest anyone else?").
 * Data typed by people can be inconsistent, so the forest tolerates referrers that are not
 * in the list, self-referrals and cycles, and never recurses (chains can be long).
 */

export type ReferralContact = { id: number; name: string; referredById: number | null };

export type ReferralNode = {
  id: number;
  name: string;
  children: ReferralNode[];
  /** All contacts below this one, at any depth. */
  descendants: number;
};

function byName(a: { id: number; name: string }, b: { id: number; name: string }): number {
  return a.name.localeCompare(b.name) || a.id - b.id;
}

/**
 * Roots are contacts with no referrer, a referrer outside the list, or themselves as
 * referrer. A cycle has no root, so it is broken at its contact with the smallest id,
 * which then becomes a root: deterministic whatever the input order. A duplicated id keeps
 * its first occurrence.
 */
export function buildReferralForest(contacts: readonly ReferralContact[]): ReferralNode[] {
  const byId = new Map<number, ReferralContact>();
  for (const c of contacts) if (!byId.has(c.id)) byId.set(c.id, c);

  const parent = new Map<number, number | null>();
  for (const c of byId.values()) {
    const p = c.referredById;
    parent.set(c.id, p !== null && p !== c.id && byId.has(p) ? p : null);
  }

  const nodes = new Map<number, ReferralNode>();
  for (const c of byId.values()) nodes.set(c.id, { id: c.id, name: c.name, children: [], descendants: 0 });

  const childIds = new Map<number, number[]>();
  for (const [id, p] of parent) {
    if (p === null) continue;
    const list = childIds.get(p);
    if (list) list.push(id);
    else childIds.set(p, [id]);
  }

  const rootIds: number[] = [];
  const visited = new Set<number>();
  const markFrom = (rootId: number): void => {
    const stack = [rootId];
    while (stack.length > 0) {
      const id = stack.pop() as number;
      if (visited.has(id)) continue;
      visited.add(id);
      for (const child of childIds.get(id) ?? []) stack.push(child);
    }
  };

  for (const [id, p] of parent) {
    if (p === null) {
      rootIds.push(id);
      markFrom(id);
    }
  }

  // Whatever is left hangs off a cycle. Walk up from the smallest unvisited id until a
  // contact repeats: that contact is on the cycle, and the cycle is cut at its smallest id.
  const ids = [...byId.keys()].sort((a, b) => a - b);
  for (const start of ids) {
    if (visited.has(start)) continue;
    const seen = new Set<number>();
    let at = start;
    while (!seen.has(at)) {
      seen.add(at);
      at = parent.get(at) as number;
    }
    const cycle: number[] = [at];
    for (let n = parent.get(at) as number; n !== at; n = parent.get(n) as number) cycle.push(n);
    const cut = cycle.reduce((min, id) => (id < min ? id : min), at);
    const oldParent = parent.get(cut) as number;
    childIds.set(
      oldParent,
      (childIds.get(oldParent) ?? []).filter((id) => id !== cut),
    );
    parent.set(cut, null);
    rootIds.push(cut);
    markFrom(cut);
  }

  // Attach children in name order, then count descendants bottom-up (post-order, no recursion).
  for (const [p, ids] of childIds) {
    const node = nodes.get(p) as ReferralNode;
    node.children = ids.map((id) => nodes.get(id) as ReferralNode).sort(byName);
  }
  const roots = rootIds.map((id) => nodes.get(id) as ReferralNode).sort(byName);
  const order: ReferralNode[] = [];
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as ReferralNode;
    order.push(node);
    for (const child of node.children) stack.push(child);
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k] as ReferralNode;
    node.descendants = node.children.reduce((sum, c) => sum + 1 + c.descendants, 0);
  }
  return roots;
}

/**
 * Direct referrals made by each contact in the list (0 for those who made none). Referrals
 * to oneself or from a contact outside the list are not counted; edges in a cycle are real
 * referrals and are.
 */
export function countReferralsMade(contacts: readonly ReferralContact[]): Map<number, number> {
  const counts = new Map<number, number>();
  const seen = new Set<number>();
  for (const c of contacts) counts.set(c.id, 0);
  for (const c of contacts) {
    if (seen.has(c.id)) continue; // a duplicated contact counts once
    seen.add(c.id);
    const p = c.referredById;
    if (p !== null && p !== c.id && counts.has(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}
