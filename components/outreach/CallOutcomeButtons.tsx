'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState } from '@/lib/forms';
import { logCallOutcome } from '@/lib/outreach/actions';

/** One tap per outcome: the button pressed is the outcome of the call just made, logged now. */
export function CallOutcomeButtons({ contactId, outcomes }: { contactId: number; outcomes: { value: string; label: string }[] }) {
  const [state, action] = useActionState(logCallOutcome.bind(null, contactId), initialActionState);
  return (
    <ActionForm action={action} state={state} aria-label="What happened on the call">
      <div className="grid grid-cols-2 gap-2">
        {outcomes.map((o) => (
          <SubmitButton key={o.value} name="outcome" value={o.value} variant="secondary" pendingText={o.label} className="min-h-12 w-full">
            {o.label}
          </SubmitButton>
        ))}
      </div>
    </ActionForm>
  );
}
