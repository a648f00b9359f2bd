import { diffWordsWithSpace, wordsWithSpaceDiff } from 'diff';

/*
 * A word-level difference between two versions of one answer, for the reviewer of a
 * resubmission. The work is done by the maintained `diff` package (Myers' algorithm over
 * words, punctuation and runs of spaces, so both texts come back exactly as written); this turns
 * its changes into segments the page renders as <ins>/<del> with words for screen readers, never
 * by colour alone.
 */

export type DiffSegment = { kind: 'same' | 'added' | 'removed'; text: string };

export type AnswerDiff =
  | { kind: 'unchanged'; segments: DiffSegment[] }
  | { kind: 'changed'; segments: DiffSegment[]; wordsAdded: number; wordsRemoved: number }
  /** Too different to show word by word within the budget: the page shows both texts whole. */
  | { kind: 'rewritten'; before: string; after: string };

/**
 * Beyond this many edited words, spaces and punctuation marks the answer counts as rewritten: it
 * bounds the work on two very different 10,000-character answers, where a word-by-word
 * difference would not help the reader anyway. Most rewrites are caught before the diff runs, by
 * counting the tokens one text has and the other lacks (at least that many edits are needed).
 */
export const MAX_DIFF_EDITS = 400;
/** A safety net only: far above what MAX_DIFF_EDITS costs on the longest answers (~60 ms). */
export const DIFF_TIMEOUT_MS = 500;

/** A lower bound of the edits between two token lists: tokens one has more of than the other. */
function editsAtLeast(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) - 1);
  let n = 0;
  for (const c of counts.values()) n += Math.abs(c);
  return n;
}

const words = (s: string) => s.match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0;

export function diffAnswer(before: string, after: string, maxEdits = MAX_DIFF_EDITS): AnswerDiff {
  if (before === after) return { kind: 'unchanged', segments: before ? [{ kind: 'same', text: before }] : [] };
  if (editsAtLeast(wordsWithSpaceDiff.tokenize(before), wordsWithSpaceDiff.tokenize(after)) > maxEdits) return { kind: 'rewritten', before, after };
  const changes = diffWordsWithSpace(before, after, { maxEditLength: maxEdits, timeout: DIFF_TIMEOUT_MS });
  if (!changes) return { kind: 'rewritten', before, after };
  let wordsAdded = 0;
  let wordsRemoved = 0;
  // One change per run: "but not" → "and" reads better than but→and, " ", not→(nothing). A run
  // of changes separated only by spaces is gathered into one removal and one insertion (the
  // spaces belong to both), so each text still comes back exactly.
  const segments: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) segments.push({ kind: 'removed', text: removed });
    if (added) segments.push({ kind: 'added', text: added });
    removed = added = '';
  };
  changes.forEach((c, i) => {
    if (c.added) {
      added += c.value;
      wordsAdded += words(c.value);
    } else if (c.removed) {
      removed += c.value;
      wordsRemoved += words(c.value);
    } else if ((removed || added) && /^\s+$/.test(c.value) && i + 1 < changes.length) {
      removed += c.value;
      added += c.value;
    } else {
      flush();
      const last = segments.at(-1);
      if (last?.kind === 'same') last.text += c.value;
      else segments.push({ kind: 'same', text: c.value });
    }
  });
  flush();
  if (wordsAdded === 0 && wordsRemoved === 0 && segments.every((s) => s.kind === 'same')) return { kind: 'unchanged', segments };
  return { kind: 'changed', segments, wordsAdded, wordsRemoved };
}

/** "3 words added, 1 removed" — the change in words, for a summary line. */
export function describeDiff(d: AnswerDiff): string {
  if (d.kind === 'unchanged') return 'Unchanged';
  if (d.kind === 'rewritten') return 'Rewritten';
  const plural = (n: number) => (n === 1 ? 'word' : 'words');
  const parts: string[] = [];
  if (d.wordsAdded) parts.push(`${d.wordsAdded} ${plural(d.wordsAdded)} added`);
  if (d.wordsRemoved) parts.push(`${d.wordsRemoved} ${plural(d.wordsRemoved)} removed`);
  return parts.length ? parts.join(', ') : 'Spacing or punctuation changed';
}
