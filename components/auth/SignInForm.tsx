'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { signInWithPassword } from '@/lib/auth/actions';
import { initialActionState } from '@/lib/forms';

/** `email` fills in the address (after setting a password, say); what was typed wins after a failed try. */
export function SignInForm({ email }: { email?: string }) {
  const [state, action] = useActionState(signInWithPassword, initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <Field label="E-mail" name="email" type="email" autoComplete="username" required maxLength={254} defaultValue={state.values?.email ?? email} errors={state.fieldErrors?.email} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required maxLength={128} errors={state.fieldErrors?.password} />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
    </ActionForm>
  );
}
