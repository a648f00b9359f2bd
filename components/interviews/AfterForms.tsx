'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field, SelectField, TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { addReferral, recordThankYou } from '@/lib/interviews/actions';
import { initialActionState } from '@/lib/forms';
import { THANK_YOU_CHANNEL_LABELS } from '@/lib/interviews/vocabulary';

const CHANNEL_OPTIONS = Object.entries(THANK_YOU_CHANNEL_LABELS).map(([value, label]) => ({ value, label }));

export function ThankYouForm({
  interviewId,
  current,
  today,
}: {
  interviewId: number;
  current: { channel: string; sentOn: string; text: string };
  today: string;
}) {
  const [state, action] = useActionState(recordThankYou.bind(null, interviewId), initialActionState);
  const v = state.status === 'error' ? state.values : undefined;
  return (
    <ActionForm action={action} state={state}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Sent by" name="channel" options={CHANNEL_OPTIONS} defaultValue={v?.channel ?? current.channel} errors={state.fieldErrors?.channel} />
        <Field label="Date sent" name="sentOn" type="date" max={today} defaultValue={v?.sentOn ?? current.sentOn} errors={state.fieldErrors?.sentOn} />
      </div>
      <TextArea
        label="What it said"
        name="text"
        rows={12}
        maxLength={5000}
        defaultValue={v?.text ?? current.text}
        errors={state.fieldErrors?.text}
        hint="Reiterate what you found particularly interesting or helpful. Never ask for a job."
      />
      <SubmitButton>Record the thank-you</SubmitButton>
    </ActionForm>
  );
}

export function ReferralForm({ interviewId, contactName }: { interviewId: number; contactName: string }) {
  const [state, action] = useActionState(addReferral.bind(null, interviewId), initialActionState);
  const v = state.status === 'error' ? state.values : undefined;
  const e = state.fieldErrors;
  return (
    <ActionForm action={action} state={state}>
      <p className="text-sm text-stone-700">Whom did {contactName} suggest you speak with? Each becomes a new contact, linked to this interview.</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" name="name" maxLength={120} defaultValue={v?.name} errors={e?.name} />
        <Field label="Job title" name="jobTitle" maxLength={120} defaultValue={v?.jobTitle} errors={e?.jobTitle} />
        <Field label="Organisation" name="organisation" maxLength={160} defaultValue={v?.organisation} errors={e?.organisation} />
        <Field label="E-mail" name="email" type="email" maxLength={254} defaultValue={v?.email} errors={e?.email} />
        <Field label="Phone" name="phone" type="tel" maxLength={40} defaultValue={v?.phone} errors={e?.phone} />
      </div>
      <TextArea label="Notes" name="notes" rows={2} maxLength={5000} defaultValue={v?.notes} errors={e?.notes} hint="e.g. “Say that I suggested you call.”" />
      <SubmitButton>Add referral</SubmitButton>
    </ActionForm>
  );
}
