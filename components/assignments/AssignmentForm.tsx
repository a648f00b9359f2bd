'use client';

import Link from '@/components/ui/Link';
import { useActionState, useState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Button } from '@/components/ui/Button';
import { Field, TextArea } from '@/components/ui/Field';
import { ReorderableList } from '@/components/ui/ReorderableList';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { createAssignment, updateAssignment } from '@/lib/assignments/actions';
import { initialActionState } from '@/lib/forms';

export type QuestionChoice = { id: number; text: string; isDefault: boolean; ownerName: string | null; archived?: boolean };

export type AssignmentFormValues = {
  title: string;
  instructions: string;
  questionIds: number[];
  dueAt: string;
  closesAt: string;
  requiresInterview: boolean;
  pointsPossible: string;
  resubmissionsAllowed: string;
};

/** Create or edit an assignment: its wording, the questions in their order, and its dates (in the section's zone). */
export function AssignmentForm({
  target,
  initial,
  choices,
  timeZone,
}: {
  target: { kind: 'create'; sectionId: number } | { kind: 'edit'; assignmentId: number; version: number };
  initial: AssignmentFormValues;
  choices: QuestionChoice[];
  timeZone: string;
}) {
  const bound = target.kind === 'create' ? createAssignment.bind(null, target.sectionId) : updateAssignment.bind(null, target.assignmentId, target.version);
  const [state, action] = useActionState(bound, initialActionState);
  const [chosen, setChosen] = useState<number[]>(initial.questionIds);
  const byId = new Map(choices.map((c) => [c.id, c]));
  const v = state.values;
  const chosenItems = chosen.map((id) => ({ id, text: byId.get(id)?.text ?? `Question ${id}` }));
  const available = choices.filter((c) => !chosen.includes(c.id) && !c.archived);
  const group = (title: string, list: QuestionChoice[]) =>
    list.length ? (
      <div>
        <h3 className="mb-1 text-sm font-semibold text-stone-800">{title}</h3>
        <ul className="divide-y divide-stone-200 rounded-md border border-stone-300 bg-white">
          {list.map((c) => (
            <li key={c.id} className="flex flex-wrap items-start justify-between gap-2 p-2 text-sm">
              <span className="min-w-0 flex-1 break-words">
                {c.text}
                {c.ownerName && !c.isDefault ? <span className="block text-xs text-stone-700">Added by {c.ownerName}</span> : null}
              </span>
              <Button size="sm" onClick={() => setChosen((ids) => [...ids, c.id])} aria-label={`Add: ${c.text}`}>
                Add
              </Button>
            </li>
          ))}
        </ul>
      </div>
    ) : null;
  const questionErrors = state.fieldErrors?.questionIds;
  return (
    <ActionForm action={action} state={state}>
      <Field label="Title" name="title" defaultValue={v?.title ?? initial.title} errors={state.fieldErrors?.title} maxLength={200} required />
      <TextArea
        label="Instructions (optional)"
        name="instructions"
        rows={5}
        defaultValue={v?.instructions ?? initial.instructions}
        errors={state.fieldErrors?.instructions}
        hint="Plain text; line breaks are kept."
      />
      <fieldset className="space-y-3" aria-describedby={questionErrors?.length ? 'questionIds-error' : undefined}>
        <legend className="text-sm font-semibold text-stone-800">Questions, in the order students see them</legend>
        {chosen.map((id) => (
          <input key={id} type="hidden" name="questionIds" value={id} />
        ))}
        <ReorderableList
          label="Chosen questions"
          items={chosenItems}
          onReorder={setChosen}
          actions={(item) => (
            <Button size="sm" onClick={() => setChosen((ids) => ids.filter((x) => x !== item.id))} aria-label={`Remove: ${item.text}`}>
              Remove
            </Button>
          )}
        />
        {questionErrors?.length ? (
          <p id="questionIds-error" tabIndex={-1} aria-invalid="true" className="text-sm font-medium text-red-800">
            {questionErrors.join(' ')}
          </p>
        ) : null}
        {group("The seed's reflective questions", available.filter((c) => c.isDefault))}
        {group('Questions you and your colleagues added', available.filter((c) => !c.isDefault))}
        <p className="text-sm text-stone-700">
          Add your own reflection questions on the <Link href="/staff/questions?bank=reflection">question bank</Link> page.
        </p>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Due date and time"
          name="dueAt"
          type="datetime-local"
          defaultValue={v?.dueAt ?? initial.dueAt}
          errors={state.fieldErrors?.dueAt}
          hint={`In the section's time zone (${timeZone}). Work is still accepted after it, marked late.`}
          required
        />
        <Field
          label="Closes (optional)"
          name="closesAt"
          type="datetime-local"
          defaultValue={v?.closesAt ?? initial.closesAt}
          errors={state.fieldErrors?.closesAt}
          hint="After this nothing more is accepted (except from a student whose extension runs later). Leave empty to accept late work at any time."
        />
        <Field
          label="Points possible (optional)"
          name="pointsPossible"
          inputMode="decimal"
          defaultValue={v?.pointsPossible ?? initial.pointsPossible}
          errors={state.fieldErrors?.pointsPossible}
        />
        <Field
          label="Resubmissions allowed"
          name="resubmissionsAllowed"
          type="number"
          min={0}
          max={10}
          defaultValue={v?.resubmissionsAllowed ?? initial.resubmissionsAllowed}
          errors={state.fieldErrors?.resubmissionsAllowed}
          hint="How many times a student may submit again after their work is returned."
        />
      </div>
      <div className="flex items-center gap-2">
        <input
          id="field-requiresInterview"
          type="checkbox"
          name="requiresInterview"
          defaultChecked={v ? v.requiresInterview === 'on' : initial.requiresInterview}
          className="h-5 w-5"
        />
        <label htmlFor="field-requiresInterview" className="text-sm font-semibold text-stone-800">
          Must be about one of the student&rsquo;s completed interviews
        </label>
      </div>
      <SubmitButton>{target.kind === 'create' ? 'Create draft' : 'Save changes'}</SubmitButton>
    </ActionForm>
  );
}
