'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { setPasswordWithToken } from '@/lib/auth/actions';
import { initialActionState } from '@/lib/forms';

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(setPasswordWithToken.bind(null, token), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      {/* Lets password managers save the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <Field label="New password" name="password" type="password" autoComplete="new-password" required minLength={8} maxLength={128} hint="8 to 128 characters. A long passphrase is best." errors={state.fieldErrors?.password} />
      <Field label="Type it again" name="confirm" type="password" autoComplete="new-password" required maxLength={128} errors={state.fieldErrors?.confirm} />
      <SubmitButton>Set password</SubmitButton>
    </ActionForm>
  );
}
