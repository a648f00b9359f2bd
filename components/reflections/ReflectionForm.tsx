'use client';

import { AutosaveConflictPanel, AutosaveStatusText, useAutosave } from '@/components/ui/autosave';
import { TextArea } from '@/components/ui/Field';
import { autosaveStorageKey } from '@/lib/autosave';
import { autosaveInterviewReflection } from '@/lib/reflections/actions';
import { answerField } from '@/lib/submissions/vocabulary';

/** The student's personal reflection on one interview: the seed's questions, saved as they type. */
export function ReflectionForm({
  userId,
  interviewId,
  version,
  questions,
  timeZone,
}: {
  userId: number;
  interviewId: number;
  version: number;
  questions: { id: number; text: string; answer: string }[];
  timeZone: string;
}) {
  const autosave = useAutosave({
    storageKey: autosaveStorageKey(userId, `reflection:${interviewId}`),
    version,
    values: Object.fromEntries(questions.map((q) => [answerField(q.id), q.answer])),
    save: autosaveInterviewReflection.bind(null, interviewId),
  });
  const answered = questions.filter((q) => (autosave.values[answerField(q.id)] ?? '').trim()).length;
  const labels = Object.fromEntries(questions.map((q, i) => [answerField(q.id), `${i + 1}. ${q.text}`]));
  return (
    <div className="space-y-4" {...autosave.fields}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm font-semibold text-stone-800">
          {answered} of {questions.length} answered
        </p>
        <AutosaveStatusText status={autosave.status} savedAt={autosave.savedAt} message={autosave.message} timeZone={timeZone} />
      </div>
      {autosave.conflict ? <AutosaveConflictPanel conflict={autosave.conflict} labels={labels} onResolve={autosave.resolveConflict} /> : null}
      <ol className="space-y-4">
        {questions.map((q) => {
          const name = answerField(q.id);
          return (
            <li key={q.id}>
              <TextArea
                label={labels[name]}
                name={name}
                rows={4}
                value={autosave.values[name] ?? ''}
                onChange={(e) => autosave.setValue(name, e.target.value)}
                onBlur={() => void autosave.flush()}
                errors={autosave.fieldErrors[name]}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
