'use client';

import { useActionState, useState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field, TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { VersionField } from '@/components/ui/VersionField';
import { initialActionState } from '@/lib/forms';
import { detectJobAsk } from '@/lib/outreach/job-ask';
import { saveScript } from '@/lib/outreach/actions';
import { JobAskWarning } from './JobAskWarning';

/** The filled script, for the student to edit and keep; warns as they type if it asks for a job. */
export function ScriptEditor({
  contactId,
  scriptId,
  kind,
  title,
  body,
  version,
  courseAndInstitution,
}: {
  contactId: number;
  scriptId: number | null;
  kind: string;
  title: string;
  body: string;
  /** The saved script's version (an edit), or null for a new script. */
  version: number | null;
  courseAndInstitution: string;
}) {
  const [state, action] = useActionState(saveScript.bind(null, contactId, scriptId), initialActionState);
  const [text, setText] = useState(state.values?.body ?? body);
  const { matches } = detectJobAsk(text);
  return (
    <ActionForm action={action} state={state}>
      <input type="hidden" name="kind" value={kind} />
      {version !== null ? <VersionField state={state} version={version} /> : null}
      <input type="hidden" name="courseAndInstitution" value={courseAndInstitution} />
      <Field label="Title" name="title" maxLength={120} defaultValue={state.values?.title ?? title} errors={state.fieldErrors?.title ?? state.fieldErrors?.kind} />
      <TextArea
        label="Script"
        name="body"
        rows={14}
        // Uncontrolled, so the form reset after a rejected save puts back what was typed (defaultValue follows it).
        defaultValue={text}
        onChange={(event) => setText(event.target.value)}
        hint="Words in [brackets] are blanks still to fill. Write it in your own words."
        errors={state.fieldErrors?.body}
      />
      <div aria-live="polite">
        <JobAskWarning matches={matches} id="job-ask-warning" />
      </div>
      <SubmitButton>{scriptId ? 'Save changes' : 'Save script'}</SubmitButton>
    </ActionForm>
  );
}
