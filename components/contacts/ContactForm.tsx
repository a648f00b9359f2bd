'use client';

import { useActionState, useState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field, SelectField, TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { VersionField } from '@/components/ui/VersionField';
import { createContact, updateContact } from '@/lib/contacts/actions';
import { initialActionState, type ActionState } from '@/lib/forms';

type Option = { value: string; label: string };

export type ContactFormValues = {
  name: string;
  jobTitle: string;
  organisation: string;
  occupationId: string;
  email: string;
  phone: string;
  notes: string;
  howFound: string;
  howFoundDetail: string;
  referredByContactId: string;
  criteria: string[];
};

const EMPTY_CONTACT: ContactFormValues = {
  name: '',
  jobTitle: '',
  organisation: '',
  occupationId: '',
  email: '',
  phone: '',
  notes: '',
  howFound: 'friend',
  howFoundDetail: '',
  referredByContactId: '',
  criteria: [],
};

type FieldsProps = {
  state: ActionState;
  current: ContactFormValues;
  occupations: Option[];
  referrers: Option[];
  sources: Option[];
  criteria: Option[];
};

function ContactFields({ state, current, occupations, referrers, sources, criteria }: FieldsProps) {
  const v = state.status === 'error' ? state.values : undefined;
  const e = state.fieldErrors;
  const [howFound, setHowFound] = useState(v?.howFound ?? current.howFound);
  // Ticked checkboxes come back comma-joined (formValues).
  const ticked = v ? (v.criteria ?? '').split(',').filter(Boolean) : current.criteria;
  return (
    <>
      <Field label="Name" name="name" required autoComplete="off" defaultValue={v?.name ?? current.name} errors={e?.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Job title" name="jobTitle" maxLength={120} autoComplete="off" defaultValue={v?.jobTitle ?? current.jobTitle} errors={e?.jobTitle} />
        <Field label="Organisation" name="organisation" maxLength={160} autoComplete="off" defaultValue={v?.organisation ?? current.organisation} errors={e?.organisation} />
      </div>
      <SelectField
        label="Occupation explored"
        name="occupationId"
        defaultValue={v?.occupationId ?? current.occupationId}
        options={[{ value: '', label: occupations.length ? '— Not linked to an occupation —' : '— You have no occupations yet —' }, ...occupations]}
        errors={e?.occupationId}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="E-mail" name="email" type="email" maxLength={254} autoComplete="off" defaultValue={v?.email ?? current.email} errors={e?.email} />
        <Field label="Phone" name="phone" type="tel" maxLength={40} autoComplete="off" defaultValue={v?.phone ?? current.phone} errors={e?.phone} />
      </div>
      <SelectField
        label="How I found this person"
        name="howFound"
        defaultValue={howFound}
        onChange={(event) => setHowFound(event.target.value)}
        options={sources}
        errors={e?.howFound}
      />
      {howFound === 'referral' ? (
        <SelectField
          label="Referred by"
          name="referredByContactId"
          defaultValue={v?.referredByContactId ?? current.referredByContactId}
          options={[{ value: '', label: referrers.length ? '— Choose a contact —' : '— You have no other contacts yet —' }, ...referrers]}
          errors={e?.referredByContactId}
        />
      ) : null}
      <Field
        label="Details of how I found them"
        name="howFoundDetail"
        maxLength={200}
        hint="Which association or agency, whose friend, which instructor…"
        defaultValue={v?.howFoundDetail ?? current.howFoundDetail}
        errors={e?.howFoundDetail}
      />
      <fieldset className="space-y-2" aria-describedby={e?.criteria?.length ? 'criteria-error' : undefined}>
        <legend className="text-sm font-semibold text-stone-800">Why this person? (tick all that apply)</legend>
        {criteria.map((c) => (
          <div key={c.value} className="flex items-center gap-2">
            <input id={`criteria-${c.value}`} type="checkbox" name="criteria" value={c.value} defaultChecked={ticked.includes(c.value)} className="h-4 w-4" />
            <label htmlFor={`criteria-${c.value}`} className="text-stone-800">
              {c.label}
            </label>
          </div>
        ))}
        {e?.criteria?.length ? (
          <p id="criteria-error" className="text-sm font-medium text-red-800">
            {e.criteria.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <TextArea label="Notes" name="notes" rows={4} maxLength={5000} defaultValue={v?.notes ?? current.notes} errors={e?.notes} />
    </>
  );
}

/**
 * Adds or edits a contact. The option lists come from the page (labels live with the
 * validation, which this client bundle does not import).
 */
export function ContactForm({
  contactId,
  version,
  current = EMPTY_CONTACT,
  submitLabel,
  ...options
}: Omit<FieldsProps, 'state' | 'current'> & { contactId?: number; version?: number; current?: ContactFormValues; submitLabel: string }) {
  const [state, action] = useActionState(contactId ? updateContact.bind(null, contactId) : createContact, initialActionState);
  return (
    <ActionForm action={action} state={state} className="max-w-2xl space-y-5">
      {version !== undefined ? <VersionField state={state} version={version} /> : null}
      {/* React resets the form after each submit and a select only takes its default when mounted,
          so a rejected submit mounts the fields afresh with what was typed. */}
      <ContactFields key={state.status === 'error' ? JSON.stringify(state.values) : 'editing'} state={state} current={current} {...options} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
