'use client';

import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

export const buttonClass = {
  primary:
    'inline-flex items-center justify-center rounded-md bg-emerald-800 px-4 py-2 text-sm font-semibold text-white hover:bg-emerald-900 disabled:opacity-60',
  secondary:
    'inline-flex items-center justify-center rounded-md border border-stone-400 bg-white px-4 py-2 text-sm font-semibold text-stone-900 hover:bg-stone-100 disabled:opacity-60',
  danger:
    'inline-flex items-center justify-center rounded-md bg-red-800 px-4 py-2 text-sm font-semibold text-white hover:bg-red-900 disabled:opacity-60',
};

/** Disabled while its form is submitting, so a double click does not submit twice. */
export function SubmitButton({
  children,
  pendingText,
  variant = 'primary',
  ...rest
}: { children: ReactNode; pendingText?: string; variant?: keyof typeof buttonClass } & ButtonHTMLAttributes<HTMLButtonElement>) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass[variant]} {...rest}>
      {pending ? (pendingText ?? 'Saving…') : children}
    </button>
  );
}
