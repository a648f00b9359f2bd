'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState, type ActionState } from '@/lib/forms';

export function ReleaseAllButton({ action, label }: { action: (prev: ActionState) => Promise<ActionState>; label: string }) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <ActionForm action={formAction} state={state} className="space-y-2">
      <SubmitButton variant="secondary" pendingText="Releasing…">
        {label}
      </SubmitButton>
    </ActionForm>
  );
}
