'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { retryMail } from '@/lib/mail/actions';
import { initialActionState } from '@/lib/forms';

/** Shown on every message that has failed at least once, so the answer stays in view once it is queued again. */
export function RetryMailButton({ mailId, subject, canRetry }: { mailId: number; subject: string; canRetry: boolean }) {
  const [state, action] = useActionState(retryMail.bind(null, mailId), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      {state.status === 'ok' || !canRetry ? null : (
        <SubmitButton variant="secondary" pendingText="Queuing…" aria-label={`Retry “${subject}”`}>
          Retry
        </SubmitButton>
      )}
    </ActionForm>
  );
}
