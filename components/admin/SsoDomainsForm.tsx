'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { saveSsoDomains } from '@/lib/auth/sso-actions';
import { initialActionState } from '@/lib/forms';

export function SsoDomainsForm({ domains }: { domains: string[] }) {
  const [state, action] = useActionState(saveSsoDomains, initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <TextArea
        label="Create student accounts for e-mails at these domains"
        name="domains"
        rows={4}
        maxLength={5000}
        spellCheck={false}
        hint="One domain per line, like students.college.edu. Leave empty to make no accounts: then only people who already have an account here can sign in."
        defaultValue={state.values?.domains ?? domains.join('\n')}
        errors={state.fieldErrors?.domains}
      />
      <SubmitButton>Save domains</SubmitButton>
    </ActionForm>
  );
}
