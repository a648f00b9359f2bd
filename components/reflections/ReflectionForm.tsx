'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState } from '@/lib/forms';
import { saveInterviewReflection } from '@/lib/reflections/actions';

export function ReflectionForm({ interviewId, questions }: { interviewId: number; questions: { id: number; text: string; answer: string }[] }) {
  const [state, action] = useActionState(saveInterviewReflection.bind(null, interviewId), initialActionState);
  const v = state.status === 'error' ? state.values : undefined;
  return (
    <ActionForm action={action} state={state}>
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
