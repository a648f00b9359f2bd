'use client';

import { useActionState, useState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { controlClass } from '@/components/ui/controls';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState } from '@/lib/forms';
import { ROSTER_ACTION_LABELS, ROSTER_BATCH_SIZE, type RosterAction } from '@/lib/grading/vocabulary';
import type { RosterBatchResult, RosterPreviewRow, RosterPreviewState } from '@/lib/grading/actions';
import { ScrollBox } from '@/components/ui/Button';
import { formatCount, plural } from '@/lib/text/counts';

const SHOWN = 200;

/**
 * Choose a CSV, see what each row will do, then import: the rows go in batches so the page can
 * show how far it has got, and each batch is planned again on the server (importing twice
 * changes nothing).
 */
export function RosterImport({
  preview,
  importBatch,
}: {
  preview: (prev: RosterPreviewState, form: FormData) => Promise<RosterPreviewState>;
  importBatch: (rows: RosterPreviewRow[]) => Promise<RosterBatchResult>;
}) {
  const [state, formAction] = useActionState(preview, initialActionState as RosterPreviewState);
  const [progress, setProgress] = useState<{ done: number; total: number; counts: Record<RosterAction, number>; error?: string; finished: boolean } | null>(null);
  const rows = state.rows ?? [];
  const toImport = rows.filter((r) => r.action !== 'skip');
  const importing = progress !== null && !progress.finished;

  async function run() {
    const counts: Record<RosterAction, number> = { create: 0, update: 0, skip: 0 };
    setProgress({ done: 0, total: toImport.length, counts, finished: false });
    for (let i = 0; i < toImport.length; i += ROSTER_BATCH_SIZE) {
      const batch = toImport.slice(i, i + ROSTER_BATCH_SIZE);
      const result = await importBatch(batch);
      if (result.status === 'error') {
        setProgress({ done: i, total: toImport.length, counts, error: result.message, finished: true });
        return;
      }
      for (const k of Object.keys(counts) as RosterAction[]) counts[k] += result.counts[k];
      setProgress({ done: Math.min(i + batch.length, toImport.length), total: toImport.length, counts: { ...counts }, finished: false });
    }
    setProgress({ done: toImport.length, total: toImport.length, counts: { ...counts }, finished: true });
  }

  const shown = [...rows.filter((r) => r.action === 'skip'), ...toImport].slice(0, SHOWN);
  return (
    <div className="space-y-6">
      <ActionForm action={formAction} state={state.status === 'error' ? state : { status: 'idle' }} onChange={() => setProgress(null)}>
        <div className="space-y-1">
          <label htmlFor="roster-file" className="block text-sm font-semibold text-stone-800">
            Roster file (CSV with columns name, e-mail, student number)
          </label>
          <input
            id="roster-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            className="block w-full text-sm"
            aria-invalid={state.fieldErrors?.file ? true : undefined}
            aria-describedby={state.fieldErrors?.file ? 'roster-file-error' : undefined}
          />
          {state.fieldErrors?.file ? (
            <p id="roster-file-error" className="text-sm font-medium text-red-800">
              {state.fieldErrors.file.join(' ')}
            </p>
          ) : null}
        </div>
        <SubmitButton variant="secondary" pendingText="Reading…">
          Preview
        </SubmitButton>
      </ActionForm>

      {state.status === 'ok' && state.counts ? (
        <section aria-labelledby="preview-heading" className="space-y-3">
          <h2 id="preview-heading" className="text-lg font-semibold">
            Preview
          </h2>
          <p role="status">
            {formatCount(state.counts.create)} to create, {formatCount(state.counts.update)} to enrol, {formatCount(state.counts.skip)} skipped.
          </p>
          <ScrollBox label="Rows of the file" className="rounded-lg border border-stone-300 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">What each row will do{rows.length > SHOWN ? ` (first ${SHOWN} of ${formatCount(rows.length)}, skipped rows first)` : ''}</caption>
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="px-3 py-2">Line</th>
                  <th scope="col" className="px-3 py-2">Name</th>
                  <th scope="col" className="px-3 py-2">E-mail</th>
                  <th scope="col" className="px-3 py-2">Will</th>
                  <th scope="col" className="px-3 py-2">Why</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {shown.map((r) => (
                  <tr key={r.line}>
                    <td className="px-3 py-1">{r.line}</td>
                    <td className="break-words px-3 py-1">{r.name}</td>
                    <td className="break-all px-3 py-1">{r.email}</td>
                    <td className="px-3 py-1 font-semibold">{ROSTER_ACTION_LABELS[r.action]}</td>
                    <td className="px-3 py-1">{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {rows.length > SHOWN ? <p className="text-sm text-stone-700">Showing {SHOWN} of {formatCount(rows.length)} rows, skipped rows first.</p> : null}
          {toImport.length ? (
            <button type="button" className={controlClass('primary')} onClick={run} disabled={importing || progress?.finished}>
              {importing ? 'Importing…' : `Import ${plural(toImport.length, 'row')}`}
            </button>
          ) : (
            <p>Nothing to import: every row is skipped.</p>
          )}
          {progress ? (
            <div className="space-y-1">
              <label htmlFor="roster-progress" className="block text-sm font-semibold">
                Import progress
              </label>
              <progress id="roster-progress" max={Math.max(1, progress.total)} value={progress.done} className="w-full" />
              <p role="status">
                {progress.error
                  ? `Stopped after ${formatCount(progress.done)} rows: ${progress.error}`
                  : progress.finished
                    ? `Done: ${formatCount(progress.counts.create)} created, ${formatCount(progress.counts.update)} enrolled, ${formatCount(progress.counts.skip)} already there.`
                    : `${formatCount(progress.done)} of ${formatCount(progress.total)} rows…`}
              </p>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
