'use client';

import Link from '@/components/ui/Link';
import { useActionState, useState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field, SelectField, TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState, type ActionState } from '@/lib/forms';
import { logOutreach } from '@/lib/outreach/actions';

type Option = { value: string; label: string };

function OutreachFields({ state, defaultAt, maxAt, channels, outcomes }: { state: ActionState; defaultAt: string; maxAt: string; channels: Option[]; outcomes: Option[] }) {
  const v = state.status === 'error' ? state.values : undefined;
  const e = state.fieldErrors;
  const [outcome, setOutcome] = useState(v?.outcome ?? 'no-answer');
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="When" name="attemptedAt" type="datetime-local" max={maxAt} defaultValue={v?.attemptedAt ?? defaultAt} errors={e?.attemptedAt} />
        <SelectField label="Channel" name="channel" defaultValue={v?.channel ?? 'phone'} options={channels} errors={e?.channel} />
        <SelectField label="Outcome" name="outcome" defaultValue={outcome} onChange={(event) => setOutcome(event.target.value)} options={outcomes} errors={e?.outcome} />
      </div>
      {outcome === 'declined-suggested' ? (
        <fieldset className="space-y-4 rounded-md border border-stone-300 p-4">
          <legend className="px-1 text-sm font-semibold text-stone-800">The person they suggested</legend>
          <p className="text-sm text-stone-700">They will be added to your contacts, referred by this one.</p>
          <Field label="Their name" name="suggestedName" required autoComplete="off" defaultValue={v?.suggestedName} errors={e?.suggestedName} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Their job title" name="suggestedJobTitle" maxLength={120} autoComplete="off" defaultValue={v?.suggestedJobTitle} errors={e?.suggestedJobTitle} />
            <Field label="Their organisation" name="suggestedOrganisation" maxLength={160} autoComplete="off" defaultValue={v?.suggestedOrganisation} errors={e?.suggestedOrganisation} />
            <Field label="Their phone" name="suggestedPhone" type="tel" maxLength={40} autoComplete="off" defaultValue={v?.suggestedPhone} errors={e?.suggestedPhone} />
            <Field label="Their e-mail" name="suggestedEmail" type="email" maxLength={254} autoComplete="off" defaultValue={v?.suggestedEmail} errors={e?.suggestedEmail} />
          </div>
        </fieldset>
      ) : null}
      <TextArea label="Notes" name="notes" rows={3} maxLength={2000} defaultValue={v?.notes} errors={e?.notes} />
    </>
  );
}

/** Logs one attempt to reach a contact; "declined, and suggested someone" adds that person too. */
export function OutreachForm({
  contactId,
  attemptCount,
  defaultAt,
  maxAt,
  channels,
  outcomes,
}: {
  contactId: number;
  /** Changes with each attempt logged, so the fields start over after a success. */
  attemptCount: number;
  defaultAt: string;
  maxAt: string;
  channels: Option[];
  outcomes: Option[];
}) {
  const [state, action] = useActionState(logOutreach.bind(null, contactId), initialActionState);
  // React resets the form after each submit and a select only takes its default when mounted,
  // so the fields mount afresh after every answer: with what was typed, or empty after a success.
  const fieldsKey = state.status === 'error' ? `error|${JSON.stringify(state.values)}` : `${state.status}|${attemptCount}|${state.link ?? ''}`;
  return (
    <ActionForm action={action} state={state}>
      {state.status === 'ok' && state.link ? (
        <p>
          <Link href={state.link} className="font-semibold">
            Open the new contact
          </Link>
        </p>
      ) : null}
      <OutreachFields key={fieldsKey} state={state} defaultAt={defaultAt} maxAt={maxAt} channels={channels} outcomes={outcomes} />
      <SubmitButton>Log attempt</SubmitButton>
    </ActionForm>
  );
}
