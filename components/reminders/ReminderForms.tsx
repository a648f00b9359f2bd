'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { saveMyReminders, unsubscribeWithLink } from '@/lib/reminders/actions';
import { DIGEST_ORDER, REMINDER_LABELS, type ReminderChoices } from '@/lib/reminders/vocabulary';
import { initialActionState } from '@/lib/forms';

export function ReminderForm({ choices }: { choices: ReminderChoices }) {
  const [state, action] = useActionState(saveMyReminders, initialActionState);
  const ticked = state.values?.reminders?.split(',');
  const errors = state.fieldErrors?.reminders;
  return (
    <ActionForm action={action} state={state}>
      <fieldset className="space-y-2" aria-describedby={`reminders-hint${errors?.length ? ' reminders-error' : ''}`}>
        <legend className="text-sm font-semibold text-stone-800">E-mail me when</legend>
        {DIGEST_ORDER.map((kind) => (
          <div key={kind} className="flex items-start gap-2">
            <input
              id={`reminder-${kind}`}
              type="checkbox"
              name="reminders"
              value={kind}
              defaultChecked={ticked ? ticked.includes(kind) : choices[kind]}
              className="mt-1 size-4 shrink-0 accent-emerald-800"
            />
            <label htmlFor={`reminder-${kind}`} className="text-stone-800">
              {REMINDER_LABELS[kind].choice}
            </label>
          </div>
        ))}
        <p id="reminders-hint" className="text-sm text-stone-600">
          At most one e-mail a day, from 7 a.m. your time, with everything in it. Every e-mail has a link to stop them.
        </p>
        {errors?.length ? (
          <p id="reminders-error" className="text-sm font-medium text-red-800">
            {errors.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton>Save reminders</SubmitButton>
    </ActionForm>
  );
}

export function UnsubscribeForm({ token, label }: { token: string; label: string }) {
  const [state, action] = useActionState(unsubscribeWithLink.bind(null, token), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      {state.status === 'ok' ? null : <SubmitButton pendingText="Stopping…">{label}</SubmitButton>}
    </ActionForm>
  );
}
