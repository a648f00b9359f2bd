'use client';

import { useId, useRef, type ReactNode } from 'react';
import { Button } from './Button';
import type { ControlSize } from './controls';
import { SubmitButton } from './SubmitButton';

/**
 * A button that opens a modal asking to confirm; confirming submits `action` (a server action,
 * usually one that deletes and redirects).
 *
 * The browser's own modal <dialog> (showModal): the rest of the page is inert, Escape closes it,
 * focus goes to Cancel and comes back to the button. It replaced react-aria-components' Modal,
 * which cost ~28 kB of JavaScript (gzip) on every page that had a delete button; the budget is
 * 10 kB beyond the sign-in page.
 */
export function ConfirmDialog({
  triggerLabel,
  triggerText,
  title,
  children,
  confirmLabel,
  action,
  variant = 'danger',
  triggerSize,
}: {
  /** The button's accessible name, and its text unless `triggerText` is given. */
  triggerLabel: string;
  /** Shorter visible text for the button ("Delete" for "Delete script: …"); it must start the label. */
  triggerText?: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  action: (form: FormData) => void | Promise<void>;
  variant?: 'danger' | 'primary';
  triggerSize?: ControlSize;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <Button
        ref={trigger}
        size={triggerSize}
        aria-label={triggerText ? triggerLabel : undefined}
        aria-haspopup="dialog"
        onClick={() => {
          dialog.current?.showModal();
          cancel.current?.focus();
        }}
      >
        {triggerText ?? triggerLabel}
      </Button>
      <dialog
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClose={() => trigger.current?.focus()}
        // A click on the backdrop (the dialog element itself, outside its padded content) cancels.
        onClick={(event) => {
          if (event.target === event.currentTarget) close();
        }}
        className="w-[min(28rem,calc(100%-2rem))] rounded-lg bg-white p-0 text-stone-900 shadow-xl backdrop:bg-black/40"
      >
        <div className="space-y-4 p-6">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <div className="text-stone-800">{children}</div>
          <form action={action} className="flex flex-wrap justify-end gap-2">
            <Button ref={cancel} onClick={close}>
              Cancel
            </Button>
            <SubmitButton variant={variant} pendingText="Working…">
              {confirmLabel}
            </SubmitButton>
          </form>
        </div>
      </dialog>
    </>
  );
}
