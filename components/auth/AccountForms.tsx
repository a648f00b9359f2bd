'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field, SelectField } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { VersionField } from '@/components/ui/VersionField';
import { changePassword, updateMyProfile } from '@/lib/auth/actions';
import { initialActionState } from '@/lib/forms';

export function ProfileForm({
  profile,
  zones,
  student,
}: {
  profile: { name: string; timeZone: string; courseAndInstitution: string | null; version: number };
  zones: string[];
  /** Students also keep the course and institution their outreach scripts name. */
  student: boolean;
}) {
  const [state, action] = useActionState(updateMyProfile, initialActionState);
  const { name, timeZone } = profile;
  return (
    <ActionForm action={action} state={state}>
      <VersionField state={state} version={profile.version} />
      <Field label="Your name" name="name" required maxLength={120} autoComplete="name" defaultValue={state.values?.name ?? name} errors={state.fieldErrors?.name} />
      <SelectField
        label="Time zone"
        name="timeZone"
        hint="Interview times are shown in this zone."
        defaultValue={state.values?.timeZone ?? timeZone}
        options={zones.map((z) => ({ value: z, label: z.replaceAll('_', ' ') }))}
        errors={state.fieldErrors?.timeZone}
      />
      {student ? (
        <Field
          label="Course and institution"
          name="courseAndInstitution"
          maxLength={200}
          autoComplete="off"
          hint="What your outreach scripts say after “I’m currently taking…”, e.g. “a career-related course at Kwantlen Polytechnic University”."
          defaultValue={state.values?.courseAndInstitution ?? profile.courseAndInstitution ?? ''}
          errors={state.fieldErrors?.courseAndInstitution}
        />
      ) : null}
      <SubmitButton>Save profile</SubmitButton>
    </ActionForm>
  );
}

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action] = useActionState(changePassword, initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <Field label="Current password" name="current" type="password" autoComplete="current-password" required maxLength={128} errors={state.fieldErrors?.current} />
      <Field label="New password" name="password" type="password" autoComplete="new-password" required minLength={8} maxLength={128} hint="8 to 128 characters." errors={state.fieldErrors?.password} />
      <Field label="New password again" name="confirm" type="password" autoComplete="new-password" required maxLength={128} errors={state.fieldErrors?.confirm} />
      <SubmitButton>Change password</SubmitButton>
    </ActionForm>
  );
}
