'use client';

import Link from '@/components/ui/Link';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field, TextArea } from '@/components/ui/Field';
import { controlClass } from '@/components/ui/controls';
import { initialActionState, type ActionState } from '@/lib/forms';

export type GradeFormCriterion = {
  id: number;
  title: string;
  description: string | null;
  processLabel: string | null;
  levels: { id: number; label: string; points: number; description: string | null }[];
  /** The level the student's records support, and why (process criteria only). */
  suggestion: { levelId: number | null; reason: string } | null;
  chosenLevelId: number | null;
  typedPoints: number | null;
};

export type GradeFormProps = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  version: number;
  pointsPossible: number;
  allowExtraCredit: boolean;
  latePenaltyPercent: number;
  lateNote: string | null;
  criteria: GradeFormCriterion[] | null;
  points: number | null;
  feedback: string;
  overridePoints: number | null;
  overrideReason: string;
  filter: string;
  prevHref: string | null;
  nextHref: string | null;
  released: boolean;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** True when a key press is typing into a field (then n/p are letters, not moves). */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
}

/** The rubric beside the work: a level per criterion (or typed points), the total as it will count, feedback, save. */
export function GradeForm(p: GradeFormProps) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(p.action, initialActionState);
  const typed = state.status === 'error' ? state.values : undefined;
  const [levels, setLevels] = useState<Record<number, string>>(() =>
    Object.fromEntries((p.criteria ?? []).map((c) => [c.id, String(c.chosenLevelId ?? c.suggestion?.levelId ?? '')])),
  );
  const [pointsTyped, setPointsTyped] = useState<Record<number, string>>(() => Object.fromEntries((p.criteria ?? []).map((c) => [c.id, c.typedPoints === null ? '' : String(c.typedPoints)])));
  const [plain, setPlain] = useState(p.points === null ? '' : String(p.points));
  const [override, setOverride] = useState(p.overridePoints === null ? '' : String(p.overridePoints));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      if ((e.key === 'n' || e.key === 'j') && p.nextHref) router.push(p.nextHref);
      if ((e.key === 'p' || e.key === 'k') && p.prevHref) router.push(p.prevHref);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [p.nextHref, p.prevHref, router]);

  let raw: number | null = null;
  if (p.criteria) {
    for (const c of p.criteria) {
      const t = pointsTyped[c.id]?.trim();
      const lv = c.levels.find((l) => String(l.id) === levels[c.id]);
      const value = t ? Number(t) : lv ? lv.points : null;
      if (value !== null && Number.isFinite(value)) raw = (raw ?? 0) + value;
    }
  } else if (plain.trim() && Number.isFinite(Number(plain))) raw = Number(plain);
  const afterLate = raw === null ? null : round2(raw * (1 - p.latePenaltyPercent / 100));
  const final = override.trim() && Number.isFinite(Number(override)) ? round2(Number(override)) : afterLate;
  const e = state.fieldErrors ?? {};

  return (
    <ActionForm action={formAction} state={state} aria-label="Grade">
      <input type="hidden" name="version" value={p.version} />
      <input type="hidden" name="filter" value={p.filter} />
      {p.criteria ? (
        p.criteria.map((c) => {
          const err = e[`points-${c.id}`];
          return (
            <fieldset key={c.id} className="space-y-2 rounded-lg border border-stone-300 bg-white p-3">
              <legend className="px-1 font-semibold">
                {c.title}
                {c.processLabel ? <span className="ml-2 rounded bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900">Process</span> : null}
              </legend>
              {c.description ? <p className="text-sm text-stone-700">{c.description}</p> : null}
              {c.suggestion ? (
                <p className="rounded-md bg-sky-50 p-2 text-sm text-sky-950">
                  <span className="font-semibold">From the records:</span> {c.suggestion.reason}
                  {c.suggestion.levelId && c.chosenLevelId === null ? ' Pre-selected below; change it if you judge otherwise.' : null}
                </p>
              ) : null}
              <div className="space-y-1">
                {c.levels.map((l) => (
                  <label key={l.id} className="flex items-start gap-2 text-sm">
                    <input
                      type="radio"
                      name={`level-${c.id}`}
                      value={l.id}
                      className="mt-1 h-4 w-4"
                      checked={levels[c.id] === String(l.id)}
                      onChange={() => setLevels((s) => ({ ...s, [c.id]: String(l.id) }))}
                    />
                    <span>
                      <span className="font-semibold">{l.label}</span> · {l.points} pts{l.description ? <span className="text-stone-700"> — {l.description}</span> : null}
                    </span>
                  </label>
                ))}
              </div>
              <div className="max-w-48 space-y-1">
                <label htmlFor={`points-${c.id}`} className="block text-sm font-semibold text-stone-800">
                  Or type points for {c.title}
                </label>
                <input
                  id={`points-${c.id}`}
                  name={`points-${c.id}`}
                  inputMode="decimal"
                  className="block w-full rounded-md border border-stone-400 bg-white px-3 py-2"
                  value={pointsTyped[c.id] ?? ''}
                  onChange={(ev) => setPointsTyped((s) => ({ ...s, [c.id]: ev.target.value }))}
                  aria-invalid={err ? true : undefined}
                  aria-describedby={err ? `points-${c.id}-error` : undefined}
                />
                {err ? (
                  <p id={`points-${c.id}-error`} className="text-sm font-medium text-red-800">
                    {err.join(' ')}
                  </p>
                ) : null}
              </div>
            </fieldset>
          );
        })
      ) : (
        <Field label={`Points (of ${p.pointsPossible})`} name="points" inputMode="decimal" value={plain} onChange={(ev) => setPlain(ev.target.value)} errors={e.points} />
      )}
      {e.points && p.criteria ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {e.points.join(' ')}
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 rounded-lg bg-stone-100 p-3 text-sm" aria-live="polite">
        <dt>Points</dt>
        <dd>{raw === null ? '—' : `${round2(raw)} of ${p.pointsPossible}`}</dd>
        <dt>Late penalty</dt>
        <dd>{p.latePenaltyPercent ? `−${p.latePenaltyPercent} %${p.lateNote ? ` (${p.lateNote})` : ''}` : 'none'}</dd>
        <dt className="font-semibold">Total</dt>
        <dd className="font-semibold">{final === null ? '—' : `${final} of ${p.pointsPossible}`}</dd>
      </dl>
      <TextArea label="Feedback to the student" name="feedback" rows={4} defaultValue={typed?.feedback ?? p.feedback} errors={e.feedback} />
      <details className="rounded-lg border border-stone-300 bg-white p-3" open={!!p.overridePoints || !!e.overridePoints || !!e.overrideReason}>
        <summary className="cursor-pointer text-sm font-semibold">Set the final score by hand</summary>
        <div className="mt-2 space-y-3">
          <Field label="Final score override" name="overridePoints" inputMode="decimal" value={override} onChange={(ev) => setOverride(ev.target.value)} errors={e.overridePoints} hint="Replaces the computed total, late penalty included." />
          <Field label="Reason for the override" name="overrideReason" defaultValue={typed?.overrideReason ?? p.overrideReason} errors={e.overrideReason} />
        </div>
      </details>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="save" className={controlClass('primary')} disabled={pending}>
          {pending ? 'Saving…' : 'Save draft'}
        </button>
        {p.nextHref ? (
          <button type="submit" name="intent" value="next" className={controlClass('secondary')} disabled={pending}>
            Save and next
          </button>
        ) : null}
        {!p.released ? (
          <button type="submit" name="intent" value="release" className={controlClass('secondary')} disabled={pending}>
            Save and release
          </button>
        ) : null}
      </div>
      <nav aria-label="Students" className="flex flex-wrap items-center gap-3 text-sm">
        {p.prevHref ? (
          <Link href={p.prevHref} aria-keyshortcuts="p" className="rounded-md border border-stone-400 bg-white px-3 py-1 font-semibold">
            ← Previous student
          </Link>
        ) : null}
        {p.nextHref ? (
          <Link href={p.nextHref} aria-keyshortcuts="n" className="rounded-md border border-stone-400 bg-white px-3 py-1 font-semibold">
            Next student →
          </Link>
        ) : null}
        <span className="text-stone-700">Keys: N next, P previous (outside text fields).</span>
      </nav>
    </ActionForm>
  );
}
