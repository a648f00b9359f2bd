import { z } from 'zod';

export type ActionState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the person typed, so a rejected form shows it again. Never a password. */
  values?: Record<string, string>;
  /** A one-time link to show once (an invite or a password reset). */
  link?: string;
};

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
  return { status: 'error', message, fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>, values: formValues(form) };
}

export function failed(message: string, form?: FormData, fieldErrors?: ActionState['fieldErrors']): ActionState {
  return { status: 'error', message, fieldErrors, values: form ? formValues(form) : undefined };
}
