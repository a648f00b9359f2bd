'use client';

import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { controlClass, type ControlSize, type ControlVariant } from './controls';

/**
 * Disabled while its form is submitting, so a double click does not submit twice. Its look comes
 * from components/ui/controls.ts (import the class names from there, never from this client module).
 */
export function SubmitButton({
  children,
  pendingText,
  variant = 'primary',
  size,
  className,
  ...rest
}: { children: ReactNode; pendingText?: string; variant?: ControlVariant; size?: ControlSize } & ButtonHTMLAttributes<HTMLButtonElement>) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={controlClass(variant, { size, className })} {...rest}>
      {pending ? (pendingText ?? 'Saving…') : children}
    </button>
  );
}
