import type { AnswerDiff } from '@/lib/review/diff';
import { describeDiff } from '@/lib/review/diff';

/*
 * A word-level difference between the last version of an answer and this one. Insertions and
 * deletions are <ins>/<del> (which screen readers may not announce), so each also carries words
 * ("added:", "removed:") for them, and a look beyond colour (underline, strike-through).
 */
export function AnswerDiffView({ diff, label }: { diff: AnswerDiff; label: string }) {
  if (diff.kind === 'rewritten') {
    return (
      <div className="space-y-2 text-sm">
        <p className="font-semibold">Rewritten: both versions in full.</p>
        <div>
          <p className="text-xs font-semibold tracking-wide text-stone-700 uppercase">Before</p>
          <p className="rounded border border-stone-200 bg-stone-50 p-2 break-words whitespace-pre-wrap">{diff.before}</p>
        </div>
        <div>
          <p className="text-xs font-semibold tracking-wide text-stone-700 uppercase">Now</p>
          <p className="rounded border border-stone-200 bg-white p-2 break-words whitespace-pre-wrap">{diff.after}</p>
        </div>
      </div>
    );
  }
  return (
    <figure className="space-y-1">
      <figcaption className="text-xs font-semibold text-stone-700">
        Changes since the last version ({label}): {describeDiff(diff)}
      </figcaption>
      <p className="rounded border border-stone-200 bg-stone-50 p-2 text-sm break-words whitespace-pre-wrap" data-testid="answer-diff">
        {diff.segments.map((s, i) =>
          s.kind === 'same' ? (
            <span key={i}>{s.text}</span>
          ) : s.kind === 'added' ? (
            <ins key={i} className="bg-emerald-100 text-emerald-950 underline decoration-2">
              <span className="sr-only">[added: </span>
              {s.text}
              <span className="sr-only">]</span>
            </ins>
          ) : (
            <del key={i} className="bg-red-100 text-red-950 line-through">
              <span className="sr-only">[removed: </span>
              {s.text}
              <span className="sr-only">]</span>
            </del>
          ),
        )}
      </p>
    </figure>
  );
}
