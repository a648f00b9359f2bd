import { describe, it, expect } from 'vitest';
import { buildReferralForest, countReferralsMade, type ReferralContact, type ReferralNode } from './network';

const c = (id: number, name: string, referredById: number | null = null): ReferralContact => ({ id, name, referredById });

/** A compact picture of a forest: "Name(descendants)[children…]". */
function shape(nodes: ReferralNode[]): string {
  return nodes
    .map((n) => `${n.name}(${n.descendants})${n.children.length > 0 ? `[${shape(n.children)}]` : ''}`)
    .join(' ');
}

function countNodes(nodes: ReferralNode[]): number {
  let total = 0;
  const stack = [...nodes];
  while (stack.length > 0) {
    const n = stack.pop() as ReferralNode;
    total += 1;
    stack.push(...n.children);
  }
  return total;
}

describe('buildReferralForest', () => {
  it('returns an empty forest for no contacts', () => {
    expect(buildReferralForest([])).toEqual([]);
  });

  it('builds trees with descendants counted at every depth, sorted by name', () => {
    const forest = buildReferralForest([
      c(1, 'Dana'),
      c(2, 'Ravi', 1),
      c(3, 'Ahmed', 1),
      c(4, 'Mo', 2),
      c(5, 'Zoe'),
      c(6, 'Bea'),
    ]);
    expect(shape(forest)).toBe('Bea(0) Dana(3)[Ahmed(0) Ravi(1)[Mo(0)]] Zoe(0)');
    expect(forest.map((n) => n.id)).toEqual([6, 1, 5]);
  });

  it('sorts with localeCompare (accents next to their base letter) and ties by id', () => {
    const forest = buildReferralForest([c(3, 'Zoë'), c(2, 'Émile'), c(1, 'Ava'), c(5, 'Same'), c(4, 'Same')]);
    expect(forest.map((n) => `${n.name}#${n.id}`)).toEqual(['Ava#1', 'Émile#2', 'Same#4', 'Same#5', 'Zoë#3']);
  });

  it('treats a referrer missing from the list (an orphan link) as a root', () => {
    const forest = buildReferralForest([c(10, 'Kim', 99), c(11, 'Lee', 10)]);
    expect(shape(forest)).toBe('Kim(1)[Lee(0)]');
  });

  it('treats a self-referral as a root', () => {
    expect(shape(buildReferralForest([c(1, 'Solo', 1)]))).toBe('Solo(0)');
  });

  it('breaks a cycle at its smallest id, whatever the input order', () => {
    // 1 → 2 → 3 → 1, with 4 hanging off 3.
    const contacts = [c(2, 'Bo', 1), c(3, 'Cy', 2), c(1, 'Al', 3), c(4, 'Di', 3)];
    const expected = 'Al(3)[Bo(2)[Cy(1)[Di(0)]]]';
    expect(shape(buildReferralForest(contacts))).toBe(expected);
    expect(shape(buildReferralForest([...contacts].reverse()))).toBe(expected);
  });

  it('handles a two-contact cycle and a separate healthy tree together', () => {
    const forest = buildReferralForest([c(7, 'Gus', 8), c(8, 'Hal', 7), c(1, 'Ann'), c(2, 'Ben', 1)]);
    expect(shape(forest)).toBe('Ann(1)[Ben(0)] Gus(1)[Hal(0)]');
  });

  it('handles a cycle entered from a chain that is not on it', () => {
    // 5 → 6 → 5 is the cycle; 9 and 10 hang below; the smallest unvisited id (5) is on it.
    const forest = buildReferralForest([c(10, 'Ten', 9), c(9, 'Nine', 6), c(6, 'Six', 5), c(5, 'Five', 6)]);
    expect(shape(forest)).toBe('Five(3)[Six(2)[Nine(1)[Ten(0)]]]');
  });

  it('includes every contact exactly once', () => {
    const contacts = [c(1, 'A', 2), c(2, 'B', 1), c(3, 'C', 1), c(4, 'D', 77), c(5, 'E', 4), c(6, 'F', 6)];
    const forest = buildReferralForest(contacts);
    expect(countNodes(forest)).toBe(contacts.length);
    expect(forest.reduce((s, r) => s + 1 + r.descendants, 0)).toBe(contacts.length);
  });

  it('keeps the first occurrence of a duplicated id', () => {
    const forest = buildReferralForest([c(1, 'First'), c(1, 'Second', 2), c(2, 'Two', 1)]);
    expect(shape(forest)).toBe('First(1)[Two(0)]');
  });

  it('handles a deep chain without blowing the stack', () => {
    const n = 20_000;
    const contacts = Array.from({ length: n }, (_, i) => c(i + 1, `C${i + 1}`, i === 0 ? null : i));
    const forest = buildReferralForest(contacts);
    expect(forest).toHaveLength(1);
    expect(forest[0]?.descendants).toBe(n - 1);
    let node = forest[0] as ReferralNode;
    let depth = 0;
    while (node.children.length > 0) {
      node = node.children[0] as ReferralNode;
      depth += 1;
    }
    expect(depth).toBe(n - 1);
    expect(node.name).toBe(`C${n}`);
  });

  it('handles a very long cycle', () => {
    const n = 5_000;
    // i+1 is referred by i+2, and the last by the first: one big loop.
    const contacts = Array.from({ length: n }, (_, i) => c(i + 1, `C${i + 1}`, i === n - 1 ? 1 : i + 2));
    const forest = buildReferralForest(contacts);
    expect(forest.map((r) => r.id)).toEqual([1]);
    expect(forest[0]?.descendants).toBe(n - 1);
  });
});

describe('countReferralsMade', () => {
  it('counts direct referrals only, with zero for contacts who made none', () => {
    const counts = countReferralsMade([c(1, 'A'), c(2, 'B', 1), c(3, 'C', 1), c(4, 'D', 2), c(5, 'E', 99), c(6, 'F', 6)]);
    expect([...counts.entries()].sort((x, y) => x[0] - y[0])).toEqual([
      [1, 2],
      [2, 1],
      [3, 0],
      [4, 0],
      [5, 0],
      [6, 0],
    ]);
  });

  it('counts cycle edges, and a duplicated contact once', () => {
    const counts = countReferralsMade([c(1, 'A', 2), c(2, 'B', 1), c(2, 'B again', 1)]);
    expect(counts.get(1)).toBe(1);
    expect(counts.get(2)).toBe(1);
  });

  it('returns an empty map for no contacts', () => {
    expect(countReferralsMade([]).size).toBe(0);
  });
});
