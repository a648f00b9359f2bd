'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState } from '@/lib/forms';
import { saveInterviewReflection } from '@/lib/reflections/actions';

export function ReflectionForm({ interviewId, version, questions }: { interviewId: number; version: number; questions: { id: number; text: string; answer: string }[] }) {
  const [state, action] = useActionState(saveInterviewReflection.bind(null, interviewId), initialActionState);
  const v = state.status === 'error' ? state.values : undefined;
  return (
    <ActionForm action={action} state={state}>
      {/* The version this text was loaded from: a save from a stale tab is refused, not applied. */}
      <input type="hidden" name="version" value={state.values?.version ?? version} readOnly />
      <ol className="space-y-4">
        {questions.map((q, i) => (
          <li key={q.id}>
            <TextArea
              label={`${i + 1}. ${q.text}`}
              name={`answer-${q.id}`}
              rows={4}
              maxLength={10000}
              defaultValue={v ? v[`answer-${q.id}`] : q.answer}
              errors={state.fieldErrors?.[`answer-${q.id}`]}
            />
          </li>
        ))}
      </ol>
      <SubmitButton>Save reflection</SubmitButton>
    </ActionForm>
  );
}
