'use client';

import { useEffect, useRef, type FormHTMLAttributes, type ReactNode } from 'react';
import type { ActionState } from '@/lib/forms';
import { noticeClass } from './controls';

/**
 * A form for a server action's state: after a rejected submit the first invalid field gets
 * focus (or the message, when no field is to blame), and messages are announced.
 */
export function ActionForm({
  action,
  state,
  children,
  className,
  ...rest
}: { action: (form: FormData) => void; state: ActionState; children: ReactNode } & Omit<FormHTMLAttributes<HTMLFormElement>, 'action'>) {
  const ref = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'error') return;
    const firstInvalid = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (firstInvalid ?? messageRef.current)?.focus();
  }, [state]);
  return (
    <form ref={ref} action={action} className={className ?? 'space-y-4'} noValidate {...rest}>
      {state.message ? (
        <div
          ref={messageRef}
          tabIndex={-1}
          role={state.status === 'error' ? 'alert' : 'status'}
          className={noticeClass(state.status === 'error' ? 'danger' : 'success')}
        >
          {state.message}
        </div>
      ) : null}
      {children}
    </form>
  );
}
