'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState } from '@/lib/forms';
import { addUnknown, deleteUnknown, turnUnknownIntoQuestion } from '@/lib/occupations/actions';

export type UnknownListItem = { id: number; text: string; questionId: number | null };

function TurnIntoQuestionButton({ unknownId, describedBy }: { unknownId: number; describedBy: string }) {
  const [state, action] = useActionState(turnUnknownIntoQuestion.bind(null, unknownId), initialActionState);
  return (
    <ActionForm action={action} state={state} className="inline">
      <SubmitButton variant="secondary" size="sm" pendingText="Adding…" aria-describedby={describedBy}>
        Turn into a question
      </SubmitButton>
    </ActionForm>
  );
}

function DeleteUnknownButton({ unknownId, text }: { unknownId: number; text: string }) {
  const [state, action] = useActionState(deleteUnknown.bind(null, unknownId), initialActionState);
  return (
    <ActionForm action={action} state={state} className="inline">
      <SubmitButton variant="secondary" size="sm" pendingText="Deleting…" aria-label={`Delete “${text}”`}>
        Delete
      </SubmitButton>
    </ActionForm>
  );
}

/** "What I still don't know": each item can become one of the student's own interview questions. */
export function UnknownList({ items }: { items: UnknownListItem[] }) {
  if (!items.length) return <p className="text-stone-700">Nothing listed yet. What would you ask someone who does this work?</p>;
  return (
    <ul className="divide-y divide-stone-200">
      {items.map((item) => {
        const textId = `unknown-${item.id}-text`;
        return (
          // The text keeps at least 16rem (or the whole row): when the buttons do not fit beside
          // it, they go below it, rather than squeezing it to a few letters a line.
          <li key={item.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
            <span id={textId} className="min-w-0 grow basis-64">
              {item.text}
            </span>
            <span className="flex flex-wrap items-center gap-2">
              {item.questionId ? (
                <span className="rounded-full border border-emerald-300 bg-emerald-50 px-3 py-1 text-sm font-medium text-emerald-950">In your question bank</span>
              ) : (
                <TurnIntoQuestionButton unknownId={item.id} describedBy={textId} />
              )}
              <DeleteUnknownButton unknownId={item.id} text={item.text} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** No maxLength: the server names the limit (see OccupationForm). */
export function AddUnknownForm({ occupationId }: { occupationId: number }) {
  const [state, action] = useActionState(addUnknown.bind(null, occupationId), initialActionState);
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <ActionForm action={action} state={state} className="space-y-3">
      <Field
        label="Something I still don’t know"
        name="text"
        required
        autoComplete="off"
        hint="A question you would ask someone who does this work, e.g. how many hours a week do people really work?"
        defaultValue={values?.text}
        errors={state.fieldErrors?.text}
      />
      <SubmitButton>Add</SubmitButton>
    </ActionForm>
  );
}
