'use client';

import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { buttonClass, SubmitButton } from './SubmitButton';

/**
 * A button that opens a modal asking to confirm; confirming submits `action` (a server action,
 * usually one that deletes and redirects). Focus is trapped and returned by react-aria.
 */
export function ConfirmDialog({
  triggerLabel,
  title,
  children,
  confirmLabel,
  action,
  variant = 'danger',
}: {
  triggerLabel: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  action: (form: FormData) => void | Promise<void>;
  variant?: 'danger' | 'primary';
}) {
  return (
    <DialogTrigger>
      <Button className={buttonClass[variant === 'danger' ? 'secondary' : 'primary']}>{triggerLabel}</Button>
      <ModalOverlay isDismissable className="fixed inset-0 z-50 flex items-center justify-center bg-black/40 p-4">
        <Modal className="w-full max-w-md rounded-lg bg-white p-6 shadow-xl">
          <Dialog role="alertdialog" className="space-y-4 outline-none">
            {({ close }) => (
              <>
                <Heading slot="title" className="text-lg font-semibold">
                  {title}
                </Heading>
                <div className="text-stone-800">{children}</div>
                <form action={action} className="flex justify-end gap-2">
                  <Button onPress={close} className={buttonClass.secondary}>
                    Cancel
                  </Button>
                  <SubmitButton variant={variant} pendingText="Working…">
                    {confirmLabel}
                  </SubmitButton>
                </form>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
