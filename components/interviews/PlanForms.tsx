'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { VersionField } from '@/components/ui/VersionField';
import { Field } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { addBankQuestions, addOwnQuestion, removePlannedQuestion, saveChecklist, setMustAsk } from '@/lib/interviews/actions';
import { initialActionState, type ActionState } from '@/lib/forms';

export function ChecklistForm({ interviewId, version, items }: { interviewId: number; version: number; items: { key: string; label: string; done: boolean }[] }) {
  const [state, action] = useActionState(saveChecklist.bind(null, interviewId), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <VersionField state={state} version={version} />
      <fieldset>
        <legend className="sr-only">Preparation checklist</legend>
        <ul className="space-y-2">
          {items.map((item) => (
            <li key={item.key} className="flex items-center gap-2">
              <input id={`check-${item.key}`} type="checkbox" name="items" value={item.key} defaultChecked={item.done} className="size-4 accent-emerald-800" />
              <label htmlFor={`check-${item.key}`}>{item.label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SubmitButton variant="secondary">Save checklist</SubmitButton>
    </ActionForm>
  );
}

export type BankGroup = { key: string; label: string; questions: { id: number; text: string; planned: boolean }[] };

export function BankPicker({ interviewId, groups }: { interviewId: number; groups: BankGroup[] }) {
  const [state, action] = useActionState(addBankQuestions.bind(null, interviewId), initialActionState);
  const error = state.fieldErrors?.questionIds;
  return (
    <ActionForm action={action} state={state}>
      {error ? (
        <p id="questionIds-error" className="text-sm font-medium text-red-800">
          {error.join(' ')}
        </p>
      ) : null}
      {groups.map((group) => (
        <fieldset key={group.key} className="space-y-1" aria-describedby={error ? 'questionIds-error' : undefined}>
          <legend className="font-semibold text-stone-900">{group.label}</legend>
          <ul className="space-y-1">
            {group.questions.map((q) => (
              <li key={q.id} className="flex items-start gap-2">
                <input id={`bank-${q.id}`} type="checkbox" name="questionIds" value={q.id} disabled={q.planned} className="mt-1 size-4 shrink-0 accent-emerald-800" />
                <label htmlFor={`bank-${q.id}`} className={q.planned ? 'text-stone-600' : undefined}>
                  {q.text}
                  {q.planned ? <span className="ml-1 text-sm">(in your plan)</span> : null}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <SubmitButton>Add the ticked questions</SubmitButton>
    </ActionForm>
  );
}

export function OwnQuestionForm({ interviewId }: { interviewId: number }) {
  const [state, action] = useActionState(addOwnQuestion.bind(null, interviewId), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <Field
        label="Your own question"
        id="own-question"
        name="text"
        maxLength={500}
        defaultValue={state.status === 'error' ? state.values?.text : ''}
        errors={state.fieldErrors?.text}
        hint="Something your research left open: what you know you don't know."
      />
      <SubmitButton variant="secondary">Add my question</SubmitButton>
    </ActionForm>
  );
}

/** One small button form; only a failure says anything (the list itself shows the change). */
function InlineButton({ action, label, ariaLabel }: { action: (prev: ActionState) => Promise<ActionState>; label: string; ariaLabel: string }) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction}>
      <SubmitButton variant="secondary" size="sm" aria-label={ariaLabel} pendingText="…">
        {label}
      </SubmitButton>
      {state.status === 'error' ? (
        <p role="alert" className="text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

/** Must ask and Remove for one planned question (the order is changed in the reorder editor). */
export function PlanQuestionControls({ interviewId, question }: { interviewId: number; question: { id: number; text: string; mustAsk: boolean } }) {
  const short = question.text.length > 60 ? `${question.text.slice(0, 60)}…` : question.text;
  return (
    <div className="flex flex-wrap gap-2">
      <InlineButton
        key={String(question.mustAsk)}
        action={setMustAsk.bind(null, interviewId, question.id, !question.mustAsk)}
        label={question.mustAsk ? 'Not must-ask' : 'Must ask'}
        ariaLabel={`${question.mustAsk ? 'Not must-ask' : 'Must ask'}: ${short}`}
      />
      <InlineButton action={removePlannedQuestion.bind(null, interviewId, question.id)} label="Remove" ariaLabel={`Remove: ${short}`} />
    </div>
  );
}
