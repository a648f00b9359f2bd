import { describe, expect, it } from 'vitest';
import { describeDiff, diffAnswer } from './diff';

describe('diffAnswer', () => {
  it('marks the words added and removed, keeping the text between them', () => {
    const d = diffAnswer('I like the hours but not the pay.', 'I like the flexible hours and the pay.');
    expect(d).toEqual({
      kind: 'changed',
      wordsAdded: 2,
      wordsRemoved: 2,
      segments: [
        { kind: 'same', text: 'I like the ' },
        { kind: 'added', text: 'flexible ' },
        { kind: 'same', text: 'hours ' },
        { kind: 'removed', text: 'but not ' },
        { kind: 'added', text: 'and ' },
        { kind: 'same', text: 'the pay.' },
      ],
    });
    expect(describeDiff(d)).toBe('2 words added, 2 words removed');
  });

  it('the old text is the same and removed parts; the new text the same and added parts', () => {
    const before = 'Shift work would be hard.\nBut the people are kind, and I could train at night.';
    const after = 'Shift work would be hard for me.\nBut the people are kind; I could train part-time at night.';
    const d = diffAnswer(before, after);
    if (d.kind !== 'changed') throw new Error(d.kind);
    expect(d.segments.filter((s) => s.kind !== 'added').map((s) => s.text).join('')).toBe(before);
    expect(d.segments.filter((s) => s.kind !== 'removed').map((s) => s.text).join('')).toBe(after);
  });

  it('an unchanged answer, a first answer and a cleared one', () => {
    expect(diffAnswer('Same.', 'Same.')).toEqual({ kind: 'unchanged', segments: [{ kind: 'same', text: 'Same.' }] });
    expect(describeDiff(diffAnswer('Same.', 'Same.'))).toBe('Unchanged');
    expect(diffAnswer('', 'New words here')).toMatchObject({ kind: 'changed', wordsAdded: 3, wordsRemoved: 0, segments: [{ kind: 'added', text: 'New words here' }] });
    expect(describeDiff(diffAnswer('Gone now', ''))).toBe('2 words removed');
    expect(describeDiff(diffAnswer('one word', 'one word.'))).toBe('Spacing or punctuation changed');
    expect(describeDiff(diffAnswer('one word', 'one  word'))).toBe('Spacing or punctuation changed');
  });

  it('a complete rewrite of a long answer is not worked out word by word', () => {
    const before = Array.from({ length: 1500 }, (_, i) => `old${i}`).join(' ');
    const after = Array.from({ length: 1500 }, (_, i) => `new${i}`).join(' ');
    const t = performance.now();
    expect(diffAnswer(before, after)).toEqual({ kind: 'rewritten', before, after });
    expect(performance.now() - t).toBeLessThan(1000);
    expect(describeDiff({ kind: 'rewritten', before, after })).toBe('Rewritten');
  });
});
