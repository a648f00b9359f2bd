'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field, SelectField } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import {
  addSectionMember,
  changeUserRole,
  createSection,
  createUser,
  issuePasswordLink,
  removeSectionMember,
  setUserActive,
} from '@/lib/admin/actions';
import { initialActionState, type ActionState } from '@/lib/forms';
import { MEMBER_ROLES, ROLE_LABELS, ROLES } from '@/lib/accounts/vocabulary';

const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
const MEMBER_ROLE_OPTIONS = MEMBER_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

function OneTimeLink({ state }: { state: ActionState }) {
  if (!state.link) return null;
  return (
    <div className="space-y-1">
      <label htmlFor="one-time-link" className="block text-sm font-semibold">
        One-time link
      </label>
      <input id="one-time-link" readOnly value={state.link} className="block w-full rounded-md border border-stone-400 bg-stone-50 px-3 py-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}

export function CreateUserForm() {
  const [state, action] = useActionState(createUser, initialActionState);
  const v = state.status === 'error' ? state.values : undefined;
  return (
    <ActionForm action={action} state={state}>
      <OneTimeLink state={state} />
      <Field label="Full name" name="name" required maxLength={120} autoComplete="off" defaultValue={v?.name} errors={state.fieldErrors?.name} />
      <Field label="E-mail" name="email" type="email" required maxLength={254} autoComplete="off" defaultValue={v?.email} errors={state.fieldErrors?.email} />
      <SelectField label="Role" name="role" options={ROLE_OPTIONS} defaultValue={v?.role ?? 'student'} errors={state.fieldErrors?.role} />
      <SubmitButton>Create account</SubmitButton>
    </ActionForm>
  );
}

export function ChangeRoleForm({ userId, role }: { userId: number; role: string }) {
  const [state, action] = useActionState(changeUserRole.bind(null, userId), initialActionState);
  return (
    <ActionForm action={action} state={state} className="flex flex-wrap items-end gap-3">
      <SelectField label="Role" name="role" options={ROLE_OPTIONS} defaultValue={state.values?.role ?? role} errors={state.fieldErrors?.role} />
      <SubmitButton>Change role</SubmitButton>
    </ActionForm>
  );
}

export function ActiveToggle({ userId, active, name }: { userId: number; active: boolean; name: string }) {
  const [state, action] = useActionState(setUserActive.bind(null, userId, !active), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <SubmitButton variant={active ? 'danger' : 'primary'} aria-label={active ? `Deactivate ${name}` : `Reactivate ${name}`}>
        {active ? 'Deactivate' : 'Reactivate'}
      </SubmitButton>
    </ActionForm>
  );
}

export function PasswordLinkButton({ userId, hasPassword }: { userId: number; hasPassword: boolean }) {
  const [state, action] = useActionState(issuePasswordLink.bind(null, userId), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <OneTimeLink state={state} />
      <SubmitButton variant="secondary">{hasPassword ? 'Make a password-reset link' : 'Make a new invite link'}</SubmitButton>
    </ActionForm>
  );
}

export function SectionForm() {
  const [state, action] = useActionState(createSection, initialActionState);
  const v = state.values;
  return (
    <ActionForm action={action} state={state}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Course code" name="courseCode" required maxLength={20} placeholder="CAPS 1100" defaultValue={v?.courseCode} errors={state.fieldErrors?.courseCode} />
        <Field label="Section" name="sectionCode" required maxLength={20} placeholder="S10" defaultValue={v?.sectionCode} errors={state.fieldErrors?.sectionCode} />
      </div>
      <Field label="Title" name="title" required maxLength={120} defaultValue={v?.title} errors={state.fieldErrors?.title} />
      <Field label="Term" name="term" required maxLength={40} placeholder="Fall 2026" defaultValue={v?.term} errors={state.fieldErrors?.term} />
      <SubmitButton>Create section</SubmitButton>
    </ActionForm>
  );
}

export function AddMemberForm({ sectionId }: { sectionId: number }) {
  const [state, action] = useActionState(addSectionMember.bind(null, sectionId), initialActionState);
  const v = state.status === 'error' ? state.values : undefined;
  return (
    <ActionForm action={action} state={state}>
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <Field label="Their e-mail" name="email" type="email" required maxLength={254} defaultValue={v?.email} errors={state.fieldErrors?.email} />
        <SelectField
          label="As"
          name="memberRole"
          defaultValue={v?.memberRole ?? 'student'}
          options={MEMBER_ROLE_OPTIONS}
          errors={state.fieldErrors?.memberRole}
        />
      </div>
      <SubmitButton>Add to section</SubmitButton>
    </ActionForm>
  );
}

export function RemoveMemberButton({ sectionId, userId, name }: { sectionId: number; userId: number; name: string }) {
  const [state, action] = useActionState(removeSectionMember.bind(null, sectionId, userId), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <SubmitButton variant="secondary" aria-label={`Remove ${name} from the section`} pendingText="Removing…">
        Remove
      </SubmitButton>
    </ActionForm>
  );
}
