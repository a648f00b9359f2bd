import 'server-only';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { boundBoolean } from '@/lib/validation/common';

/*
 * The arguments of a server action, checked with safeParse like any input: a browser's forms
 * always send what the code bound and a FormData, but anyone can call an action's endpoint with
 * other values, fewer arguments or none. A call that could not have come from the app is
 * answered 404 (notFound(): Next sends a 4xx for it and logs nothing as a crash), like a record
 * the caller may not see.
 */

/** The FormData an action's form posts. */
export function formArg(form: unknown): FormData {
  if (!(form instanceof FormData)) notFound();
  return form;
}

/** A bound id: a positive safe integer (the app binds numbers; the text "8" is refused too). */
const boundId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export function idArg(value: unknown): number {
  const parsed = boundId.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** A bound id that may be null (e.g. "no script yet"). */
export function optionalIdArg(value: unknown): number | null {
  return value === null ? null : idArg(value);
}

/** A bound true/false (never the string "false"). */
export function booleanArg(value: unknown): boolean {
  const parsed = boundBoolean.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** A bound value from a fixed list. */
export function enumArg<const T extends readonly [string, ...string[]]>(values: T, value: unknown): T[number] {
  const parsed = z.enum(values).safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}
