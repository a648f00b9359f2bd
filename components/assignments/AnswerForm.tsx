'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { AutosaveConflictPanel, AutosaveStatusText, useAutosave } from '@/components/ui/autosave';
import { SelectField, TextArea } from '@/components/ui/Field';
import { controlClass } from '@/components/ui/controls';
import { autosaveStorageKey } from '@/lib/autosave';
import { autosaveAssignmentAnswers, earlierAnswersForAssignment, submitAssignment, type SubmitState } from '@/lib/submissions/actions';
import { answerField, INTERVIEW_FIELD } from '@/lib/submissions/vocabulary';
import { ReviewerComments, type CommentView } from './ReviewerComments';

export type AnswerQuestion = { id: number; text: string; answer: string; comments: CommentView[] };

/**
 * The student's answers to one assignment: a text area per question (saved as they type, a
 * browser copy kept until the server has it), the interview they are about, and the submit.
 * Comments from a return sit beside the answer they are about.
 */
export function AnswerForm({
  userId,
  assignmentId,
  version,
  questions,
  interview,
  timeZone,
  submitLabel,
}: {
  userId: number;
  assignmentId: number;
  version: number;
  questions: AnswerQuestion[];
  interview: { required: boolean; chosenId: number | null; choices: { id: number; label: string }[] };
  timeZone: string;
  submitLabel: string;
}) {
  const router = useRouter();
  const autosave = useAutosave({
    storageKey: autosaveStorageKey(userId, `assignment:${assignmentId}`),
    version,
    values: { ...Object.fromEntries(questions.map((q) => [answerField(q.id), q.answer])), [INTERVIEW_FIELD]: interview.chosenId ? String(interview.chosenId) : '' },
    save: autosaveAssignmentAnswers.bind(null, assignmentId),
  });
  const [result, setResult] = useState<SubmitState>({ status: 'idle' });
  const [pending, startTransition] = useTransition();
  const submitting = useRef(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const answered = questions.filter((q) => (autosave.values[answerField(q.id)] ?? '').trim()).length;
  const labels: Record<string, string> = Object.fromEntries(questions.map((q, i) => [answerField(q.id), `${i + 1}. ${q.text}`]));
  labels[INTERVIEW_FIELD] = 'The interview these answers are about';

  async function chooseInterview(value: string) {
    autosave.setValue(INTERVIEW_FIELD, value);
    if (!value) return;
    // What they already wrote about this interview fills the answers still empty.
    const earlier = await earlierAnswersForAssignment(assignmentId, Number(value));
    for (const [field, text] of Object.entries(earlier)) {
      if (!(autosave.currentValues()[field] ?? '').trim()) autosave.setValue(field, text);
    }
  }

  function submit() {
    if (submitting.current) return; // a double click submits once
    submitting.current = true;
    startTransition(async () => {
      try {
        const at = await autosave.settle();
        if (at === null) {
          setResult({ status: 'error', message: 'Not submitted: your latest text is not saved yet (see the message above the questions).' });
          return;
        }
        const r = await submitAssignment(assignmentId, at);
        setResult(r);
        if (r.status === 'ok') router.refresh();
      } finally {
        submitting.current = false;
        messageRef.current?.focus();
      }
    });
  }

  const errorsFor = (name: string) => [...(autosave.fieldErrors[name] ?? []), ...(result.fieldErrors?.[name] ?? [])];

  return (
    <div className="space-y-5" {...autosave.fields}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm font-semibold text-stone-800">
          {answered} of {questions.length} answered
        </p>
        <AutosaveStatusText status={autosave.status} savedAt={autosave.savedAt} message={autosave.message} timeZone={timeZone} />
      </div>
      {autosave.conflict ? <AutosaveConflictPanel conflict={autosave.conflict} labels={labels} onResolve={autosave.resolveConflict} /> : null}
      <SelectField
        label={interview.required ? 'The interview these answers are about' : 'The interview these answers are about (optional)'}
        name={INTERVIEW_FIELD}
        value={autosave.values[INTERVIEW_FIELD] ?? ''}
        onChange={(e) => void chooseInterview(e.target.value)}
        errors={errorsFor(INTERVIEW_FIELD)}
        hint={
          interview.choices.length
            ? 'Choosing one fills empty answers with what you already wrote about it.'
            : 'You have no completed interviews yet: record one on your Interviews page first.'
        }
        options={[{ value: '', label: interview.choices.length ? 'Choose an interview…' : 'No completed interviews' }, ...interview.choices.map((c) => ({ value: String(c.id), label: c.label }))]}
      />
      <ol className="space-y-5">
        {questions.map((q) => {
          const name = answerField(q.id);
          return (
            <li key={q.id} className={q.comments.length ? 'grid gap-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]' : ''}>
              <TextArea
                label={labels[name]}
                name={name}
                rows={5}
                value={autosave.values[name] ?? ''}
                onChange={(e) => autosave.setValue(name, e.target.value)}
                onBlur={() => void autosave.flush()}
                errors={errorsFor(name)}
              />
              {q.comments.length ? <ReviewerComments comments={q.comments} timeZone={timeZone} label={`Comments on question ${questions.indexOf(q) + 1}`} /> : null}
            </li>
          );
        })}
      </ol>
      <div className="space-y-3">
        <div ref={messageRef} tabIndex={-1} role={result.status === 'error' ? 'alert' : 'status'}>
          {result.message ? (
            <p className={result.status === 'error' ? 'rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900' : 'rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900'}>
              {result.message}
            </p>
          ) : null}
        </div>
        <button type="button" onClick={submit} disabled={pending} aria-disabled={pending} className={controlClass('primary')}>
          {pending ? 'Submitting…' : submitLabel}
        </button>
      </div>
    </div>
  );
}
