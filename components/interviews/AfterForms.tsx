'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field, TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { addReferral } from '@/lib/interviews/actions';
import { initialActionState } from '@/lib/forms';

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
