import { z } from 'zod';

export type ActionState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the person typed, so a rejected form shows it again. Never a password. */
  values?: Record<string, string>;
  /** A one-time link to show once (an invite or a password reset). */
  link?: string;
  /** Recovery codes for two-step sign-in, shown once when it is turned on. */
  recoveryCodes?: string[];
  /**
   * The version the form must carry on its next save (components/ui/VersionField): the new one
   * after a save, the newer one after a stale save was refused, the posted one after any other error.
   */
  version?: number;
  /** A save refused because the record changed since the form was opened: both versions, field by field. */
  conflict?: EditConflict;
};

/** One field of a refused stale save: what is saved now ("theirs") and what this form posted. */
export type EditConflict = { rows: { field: string; label: string; theirs: string; yours: string }[] };

/** Said (and tested for) whenever a stale save is refused. */
export const STALE_EDIT_MESSAGE =
  'This was changed since you opened it (perhaps in another tab or by someone else), so nothing was saved. ' +
  'Both versions are below and what you typed is still in the form: save again to keep yours.';

export const initialActionState: ActionState = { status: 'idle' };

const SECRET_FIELDS = /password|confirm|current|token/i;

/** What was typed, for a rejected form to show again. Repeated names (ticked checkboxes) are comma-joined. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$') || SECRET_FIELDS.test(key) || typeof value !== 'string') continue;
    const text = value.slice(0, 20_000);
    values[key] = key in values ? `${values[key]},${text}` : text;
  }
  return values;
}

/** Form fields as a plain object; repeated names become arrays. Server-action internals dropped. */
export function formObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$') || typeof value !== 'string') continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

export function invalid(error: z.ZodError, form: FormData, message = 'Please correct the fields marked below.'): ActionState {
  return { status: 'error', message, fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>, values: formValues(form), version: postedVersion(form) };
}

export function failed(message: string, form?: FormData, fieldErrors?: ActionState['fieldErrors']): ActionState {
  return { status: 'error', message, fieldErrors, values: form ? formValues(form) : undefined, version: form ? postedVersion(form) : undefined };
}

/** The `version` field an edit form posts (components/ui/VersionField). */
export const versionSchema = z.object({
  version: z
    .string({ error: 'This form is missing its version: reload the page.' })
    .regex(/^[1-9][0-9]{0,9}$/, { error: 'This form is missing its version: reload the page.' })
    .transform(Number),
});

function postedVersion(form: FormData): number | undefined {
  const parsed = versionSchema.safeParse({ version: form.get('version') ?? undefined });
  return parsed.success ? parsed.data.version : undefined;
}

/**
 * The answer to a save refused by `updateIfVersion` (db/queries/versioned.ts): the form keeps
 * what was typed, carries the newer version (so saving again deliberately keeps what was typed)
 * and shows, for each field that differs, what is saved now beside what was typed.
 */
export function staleEdit(
  form: FormData,
  current: { version: number; values: Record<string, string> },
  labels: Record<string, string>,
  show: Record<string, (value: string) => string> = {},
): ActionState {
  const yours = formValues(form);
  const same = (a: string, b: string) => a.replace(/\r\n?/g, '\n').trim() === b.replace(/\r\n?/g, '\n').trim();
  const rows = Object.entries(labels)
    .filter(([field]) => !same(current.values[field] ?? '', yours[field] ?? ''))
    .map(([field, label]) => {
      const display = show[field] ?? ((v: string) => v);
      return { field, label, theirs: display(current.values[field] ?? ''), yours: display(yours[field] ?? '') };
    });
  return { status: 'error', message: STALE_EDIT_MESSAGE, values: yours, version: current.version, conflict: { rows } };
}
