import type { EditConflict as Conflict } from '@/lib/forms';

/** Both versions of a refused stale save, field by field: what is saved now, and what was typed. */
export function EditConflict({ conflict }: { conflict: Conflict }) {
  if (!conflict.rows.length) {
    return <p className="text-sm text-stone-800">The fields on this form are the same in both versions: save again to confirm.</p>;
  }
  return (
    <div className="space-y-3" data-testid="edit-conflict">
      {conflict.rows.map((row) => (
        <section key={row.field} aria-label={row.label} className="rounded-md border border-amber-300 bg-white p-3">
          <h3 className="text-sm font-semibold text-stone-900">{row.label}</h3>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            <div>
              <p className="text-xs font-semibold uppercase tracking-wide text-stone-700">Saved now</p>
              <p className="whitespace-pre-wrap break-words text-sm text-stone-900">{row.theirs || <em>(empty)</em>}</p>
            </div>
            <div>
              <p className="text-xs font-semibold uppercase tracking-wide text-stone-700">What you typed</p>
              <p className="whitespace-pre-wrap break-words text-sm text-stone-900">{row.yours || <em>(empty)</em>}</p>
            </div>
          </div>
        </section>
      ))}
    </div>
  );
}
