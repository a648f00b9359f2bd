'use client';

import { useActionState, useState, useTransition } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Button, ButtonLink } from '@/components/ui/Button';
import { SelectField, TextArea } from '@/components/ui/Field';
import { ReorderableList } from '@/components/ui/ReorderableList';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState, type ActionState } from '@/lib/forms';
import { addStaffQuestion, archiveStaffQuestion, editStaffQuestion, reorderOwnQuestions } from '@/lib/questions/actions';
import { INTERVIEW_QUESTION_CATEGORIES, type QuestionBank } from '@/lib/questions/vocabulary';

const CATEGORY_OPTIONS = [{ value: '', label: 'Choose a category…' }, ...INTERVIEW_QUESTION_CATEGORIES.map((c) => ({ value: c.key, label: c.label }))];

/** A new question of one's own at the end of the bank. */
export function AddQuestionForm({ bank }: { bank: QuestionBank }) {
  const [state, action] = useActionState(addStaffQuestion.bind(null, bank), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <TextArea label="Question" name="text" rows={2} defaultValue={state.status === 'error' ? state.values?.text : ''} errors={state.fieldErrors?.text} required />
      {bank === 'interview' ? (
        <SelectField label="Category" name="category" options={CATEGORY_OPTIONS} defaultValue={state.status === 'error' ? state.values?.category : ''} errors={state.fieldErrors?.category} />
      ) : null}
      <SubmitButton>Add question</SubmitButton>
    </ActionForm>
  );
}

/** New wording for one's own question, refused if it changed since the form was opened. */
export function EditQuestionForm({ id, bank, loadedAt, text, category }: { id: number; bank: QuestionBank; loadedAt: number; text: string; category: string | null }) {
  const [state, action] = useActionState(editStaffQuestion.bind(null, id, loadedAt), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <TextArea label="Question" name="text" rows={3} defaultValue={state.values?.text ?? text} errors={state.fieldErrors?.text} required />
      {bank === 'interview' ? (
        <SelectField label="Category" name="category" options={CATEGORY_OPTIONS} defaultValue={state.values?.category ?? category ?? ''} errors={state.fieldErrors?.category} />
      ) : null}
      <SubmitButton>Save</SubmitButton>
    </ActionForm>
  );
}

/** One's own questions in their order: drag or move to reorder, edit, archive; archived ones restored. */
export function OwnQuestions({ bank, active, archived }: { bank: QuestionBank; active: { id: number; text: string }[]; archived: { id: number; text: string }[] }) {
  const [order, setOrder] = useState(active.map((q) => q.id));
  const [result, setResult] = useState<ActionState>(initialActionState);
  const [pending, startTransition] = useTransition();
  const byId = new Map(active.map((q) => [q.id, q]));
  const items = order.map((id) => byId.get(id)).filter((q): q is { id: number; text: string } => !!q);

  function run(job: () => Promise<ActionState>, undo?: () => void) {
    startTransition(async () => {
      const r = await job();
      setResult(r);
      if (r.status === 'error') undo?.();
    });
  }

  return (
    <div className="space-y-4">
      <p role="status" className="min-h-5 text-sm text-stone-700">
        {pending ? 'Saving…' : result.message}
      </p>
      {items.length ? (
        <ReorderableList
          label="Your questions, in order"
          items={items}
          onReorder={(ids) => {
            const before = order;
            setOrder(ids);
            run(() => reorderOwnQuestions(bank, ids), () => setOrder(before));
          }}
          actions={(q) => (
            <>
              <ButtonLink href={`/staff/questions/${q.id}`} size="sm" aria-label={`Edit: ${q.text}`}>
                Edit
              </ButtonLink>
              <Button size="sm" onClick={() => run(() => archiveStaffQuestion(q.id, true, initialActionState))} aria-label={`Archive: ${q.text}`}>
                Archive
              </Button>
            </>
          )}
        />
      ) : (
        <p className="text-sm text-stone-700">You have not added any questions to this bank yet.</p>
      )}
      {archived.length ? (
        <div>
          <h3 className="mb-1 text-sm font-semibold text-stone-800">Archived (not offered for new assignments or plans)</h3>
          <ul className="divide-y divide-stone-200 rounded-md border border-stone-300 bg-white">
            {archived.map((q) => (
              <li key={q.id} className="flex flex-wrap items-start justify-between gap-2 p-2 text-sm">
                <span className="min-w-0 flex-1 break-words text-stone-800">{q.text}</span>
                <Button size="sm" onClick={() => run(() => archiveStaffQuestion(q.id, false, initialActionState))} aria-label={`Restore: ${q.text}`}>
                  Restore
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
