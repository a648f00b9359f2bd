'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field, SelectField, TextArea } from '@/components/ui/Field';
import { ButtonLink } from '@/components/ui/Button';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState } from '@/lib/forms';
import { createOccupation, updateOccupation } from '@/lib/occupations/actions';

export type OccupationFormValues = {
  id: number;
  title: string;
  whyInterested: string | null;
  researchNotes: string | null;
  sources: string | null;
  status: string;
};

/**
 * Creates an occupation, or edits the one given. Status options come from the page (no schema in
 * the client bundle). No maxLength on the fields: a browser silently cuts a paste short, while the
 * server names the limit and keeps all that was typed.
 */
export function OccupationForm({ occupation, statusOptions }: { occupation?: OccupationFormValues; statusOptions: { value: string; label: string }[] }) {
  const [state, action] = useActionState(occupation ? updateOccupation.bind(null, occupation.id) : createOccupation, initialActionState);
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <ActionForm action={action} state={state}>
      <Field label="Title" name="title" required autoComplete="off" hint="For example: dental hygienist, urban planner." defaultValue={v?.title ?? occupation?.title} errors={e?.title} />
      <TextArea label="Why it interests me" name="whyInterested" rows={3} defaultValue={v?.whyInterested ?? occupation?.whyInterested ?? ''} errors={e?.whyInterested} />
      <TextArea
        label="Research notes"
        name="researchNotes"
        rows={8}
       
        hint="What you have read, heard and thought: an information interview is the reality check."
        defaultValue={v?.researchNotes ?? occupation?.researchNotes ?? ''}
        errors={e?.researchNotes}
      />
      <TextArea
        label="Sources"
        name="sources"
        rows={4}
       
        hint="One per line: a web address (https://…) or a citation."
        defaultValue={v?.sources ?? occupation?.sources ?? ''}
        errors={e?.sources}
      />
      <SelectField label="Status" name="status" options={statusOptions} defaultValue={v?.status ?? occupation?.status ?? 'exploring'} errors={e?.status} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{occupation ? 'Save changes' : 'Add occupation'}</SubmitButton>
        <ButtonLink href={occupation ? `/occupations/${occupation.id}` : '/occupations'}>Cancel</ButtonLink>
      </div>
    </ActionForm>
  );
}
