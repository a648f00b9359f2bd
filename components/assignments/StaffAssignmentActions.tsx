'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Field, TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { deleteAssignment, grantExtension, publishAssignment, removeExtension } from '@/lib/assignments/actions';
import { initialActionState } from '@/lib/forms';

/** Publish a draft (students of the section see it from then on), or delete it. */
export function DraftActions({ assignmentId, version }: { assignmentId: number; version: number }) {
  const [state, action] = useActionState(publishAssignment.bind(null, assignmentId, version), initialActionState);
  return (
    <div className="flex flex-wrap items-start gap-3">
      <ActionForm action={action} state={state} className="space-y-2">
        <SubmitButton pendingText="Publishing…">Publish to students</SubmitButton>
      </ActionForm>
      <ConfirmDialog triggerLabel="Delete draft" title="Delete this draft?" confirmLabel="Delete" action={deleteAssignment.bind(null, assignmentId, version)}>
        Students have never seen it. This cannot be undone.
      </ConfirmDialog>
    </div>
  );
}

/** Give one student their own due date, or take it away. */
export function ExtensionForms({
  assignmentId,
  studentId,
  initialDueAt,
  initialReason,
  hasExtension,
  timeZone,
}: {
  assignmentId: number;
  studentId: number;
  initialDueAt: string;
  initialReason: string;
  hasExtension: boolean;
  timeZone: string;
}) {
  const [state, action] = useActionState(grantExtension.bind(null, assignmentId, studentId), initialActionState);
  const [removed, remove] = useActionState(removeExtension.bind(null, assignmentId, studentId), initialActionState);
  return (
    <div className="space-y-6">
      <ActionForm action={action} state={state}>
        <Field
          label="New due date and time"
          name="dueAt"
          type="datetime-local"
          defaultValue={state.values?.dueAt ?? initialDueAt}
          errors={state.fieldErrors?.dueAt}
          hint={`In the section's time zone (${timeZone}).`}
          required
        />
        <TextArea label="Reason" name="reason" rows={2} defaultValue={state.values?.reason ?? initialReason} errors={state.fieldErrors?.reason} required />
        <SubmitButton>Save extension</SubmitButton>
      </ActionForm>
      {hasExtension ? (
        <ActionForm action={remove} state={removed}>
          <SubmitButton variant="secondary" pendingText="Removing…">
            Remove the extension
          </SubmitButton>
        </ActionForm>
      ) : null}
    </div>
  );
}
