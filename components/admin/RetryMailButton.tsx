'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { retryMail } from '@/lib/mail/actions';
import { initialActionState } from '@/lib/forms';

export function RetryMailButton({ mailId, subject }: { mailId: number; subject: string }) {
  const [state, action] = useActionState(retryMail.bind(null, mailId), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      {state.status === 'ok' ? null : (
        <SubmitButton variant="secondary" pendingText="Queuing…" aria-label={`Retry “${subject}”`}>
          Retry
        </SubmitButton>
      )}
    </ActionForm>
  );
}
