'use client';

import { useActionState, useState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { inputClass } from '@/components/ui/Field';
import { controlClass } from '@/components/ui/controls';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState, type ActionState } from '@/lib/forms';
import { PROCESS_RULE_LABELS, PROCESS_RULES, type ProcessRule } from '@/lib/grading/vocabulary';

type Level = { label: string; points: string; description: string };
type Criterion = { title: string; description: string; processRule: ProcessRule | ''; levels: Level[] };
export type RubricDraft = { title: string; description: string; criteria: Criterion[] };

const newLevels = (): Level[] => [
  { label: 'Excellent', points: '4', description: '' },
  { label: 'Developing', points: '2', description: '' },
  { label: 'Missing', points: '0', description: '' },
];
const newCriterion = (): Criterion => ({ title: '', description: '', processRule: '', levels: newLevels() });

const small = 'whitespace-nowrap rounded-md border border-stone-400 bg-white px-2 py-1 text-sm font-semibold text-stone-900 hover:bg-stone-100';

/**
 * Criteria and their levels, edited in the page and sent as one JSON field. What was typed stays
 * in the page when the server refuses it.
 */
export function RubricEditor({ action, initial, version }: { action: (prev: ActionState, form: FormData) => Promise<ActionState>; initial?: RubricDraft; version?: number }) {
  const [state, formAction] = useActionState(action, initialActionState);
  const [draft, setDraft] = useState<RubricDraft>(initial ?? { title: '', description: '', criteria: [newCriterion()] });
  const setCriterion = (i: number, patch: Partial<Criterion>) => setDraft((d) => ({ ...d, criteria: d.criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const setLevel = (i: number, k: number, patch: Partial<Level>) =>
    setCriterion(i, { levels: draft.criteria[i].levels.map((l, j) => (j === k ? { ...l, ...patch } : l)) });
  const payload = JSON.stringify({
    ...draft,
    criteria: draft.criteria.map((c) => ({ ...c, levels: c.levels.map((l) => ({ ...l, points: l.points.trim() === '' ? NaN : Number(l.points) })) })),
  });
  const maxTotal = draft.criteria.reduce((s, c) => s + Math.max(0, ...c.levels.map((l) => Number(l.points) || 0)), 0);
  return (
    <ActionForm action={formAction} state={state}>
      <input type="hidden" name="rubric" value={payload} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <div className="space-y-1">
        <label htmlFor="rubric-title" className="block text-sm font-semibold text-stone-800">
          Rubric title
        </label>
        <input id="rubric-title" className={inputClass} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} maxLength={120} required />
      </div>
      <div className="space-y-1">
        <label htmlFor="rubric-description" className="block text-sm font-semibold text-stone-800">
          Description (optional)
        </label>
        <textarea id="rubric-description" className={inputClass} rows={2} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
      </div>
      <p className="text-sm text-stone-700">Most points: {maxTotal}</p>
      <ol className="space-y-4">
        {draft.criteria.map((c, i) => (
          <li key={i}>
            <fieldset className="space-y-3 rounded-lg border border-stone-300 bg-white p-4">
              <legend className="px-1 font-semibold">Criterion {i + 1}</legend>
              <div className="space-y-1">
                <label htmlFor={`c${i}-title`} className="block text-sm font-semibold text-stone-800">
                  Criterion {i + 1} title
                </label>
                <input id={`c${i}-title`} className={inputClass} value={c.title} onChange={(e) => setCriterion(i, { title: e.target.value })} maxLength={200} />
              </div>
              <div className="space-y-1">
                <label htmlFor={`c${i}-description`} className="block text-sm font-semibold text-stone-800">
                  Criterion {i + 1} description (optional)
                </label>
                <textarea id={`c${i}-description`} className={inputClass} rows={2} value={c.description} onChange={(e) => setCriterion(i, { description: e.target.value })} />
              </div>
              <div className="space-y-1">
                <label htmlFor={`c${i}-rule`} className="block text-sm font-semibold text-stone-800">
                  Criterion {i + 1} scored from the student&rsquo;s records
                </label>
                <select id={`c${i}-rule`} className={inputClass} value={c.processRule} onChange={(e) => setCriterion(i, { processRule: e.target.value as ProcessRule | '' })}>
                  <option value="">No: judged by hand</option>
                  {PROCESS_RULES.map((r) => (
                    <option key={r} value={r}>
                      Process: {PROCESS_RULE_LABELS[r]}
                    </option>
                  ))}
                </select>
              </div>
              <table className="w-full table-fixed text-left text-sm">
                <caption className="sr-only">Levels of criterion {i + 1}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="pr-2">Level</th>
                    <th scope="col" className="w-20 pr-2">Points</th>
                    <th scope="col" className="w-24">
                      <span className="sr-only">Remove</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.levels.map((l, k) => (
                    <tr key={k}>
                      <td className="py-1 pr-2">
                        <input aria-label={`Criterion ${i + 1}, level ${k + 1} label`} className={inputClass} value={l.label} onChange={(e) => setLevel(i, k, { label: e.target.value })} maxLength={80} />
                      </td>
                      <td className="py-1 pr-2">
                        <input aria-label={`Criterion ${i + 1}, level ${k + 1} points`} className={inputClass} inputMode="decimal" value={l.points} onChange={(e) => setLevel(i, k, { points: e.target.value })} />
                      </td>
                      <td className="py-1">
                        {c.levels.length > 1 ? (
                          <button type="button" className={small} onClick={() => setCriterion(i, { levels: c.levels.filter((_, j) => j !== k) })}>
                            Remove<span className="sr-only"> level {k + 1} of criterion {i + 1}</span>
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="flex flex-wrap gap-2">
                <button type="button" className={small} onClick={() => setCriterion(i, { levels: [...c.levels, { label: '', points: '', description: '' }] })}>
                  Add a level<span className="sr-only"> to criterion {i + 1}</span>
                </button>
                {draft.criteria.length > 1 ? (
                  <button type="button" className={small} onClick={() => setDraft({ ...draft, criteria: draft.criteria.filter((_, j) => j !== i) })}>
                    Remove criterion {i + 1}
                  </button>
                ) : null}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={controlClass('secondary')} onClick={() => setDraft({ ...draft, criteria: [...draft.criteria, newCriterion()] })}>
          Add a criterion
        </button>
        <SubmitButton>Save rubric</SubmitButton>
      </div>
    </ActionForm>
  );
}
