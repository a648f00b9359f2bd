'use client';

import { useEffect } from 'react';
import { AutosaveConflictPanel, AutosaveStatusText, useAutosave } from '@/components/ui/autosave';
import { TextArea } from '@/components/ui/Field';
import { autosaveStorageKey } from '@/lib/autosave';
import { autosaveInterviewNotes } from '@/lib/interviews/actions';
import { publishInteresting } from './live-notes';

export type NotesQuestion = { id: number; text: string; notes: string | null; interesting: boolean };

const noteField = (id: number) => `note-${id}`;
const interestingField = (id: number) => `interesting-${id}`;

/**
 * Notes against each planned question and general notes, saved as they are typed (from the
 * interview's notes_version, so a schedule edit in the meantime never gets in the way). One
 * column, full width: it is filled in on a phone during or right after the conversation.
 */
export function NotesForm({
  userId,
  interviewId,
  version,
  questions,
  generalNotes,
  timeZone,
}: {
  userId: number;
  interviewId: number;
  version: number;
  questions: NotesQuestion[];
  generalNotes: string | null;
  timeZone: string;
}) {
  const autosave = useAutosave({
    storageKey: autosaveStorageKey(userId, `interview-notes:${interviewId}`),
    version,
    values: {
      generalNotes: generalNotes ?? '',
      ...Object.fromEntries(questions.flatMap((q) => [[noteField(q.id), q.notes ?? ''], [interestingField(q.id), q.interesting ? 'on' : '']])),
    },
    save: autosaveInterviewNotes.bind(null, interviewId),
  });
  const isInteresting = (q: NotesQuestion) => (autosave.values[interestingField(q.id)] ?? (q.interesting ? 'on' : '')) === 'on';
  const interestingIds = questions.filter(isInteresting).map((q) => q.id);
  const interestingKey = interestingIds.join(',');
  useEffect(() => {
    publishInteresting(interviewId, interestingKey ? interestingKey.split(',').map(Number) : []);
  }, [interviewId, interestingKey]);

  const labels: Record<string, string> = { generalNotes: 'General notes' };
  questions.forEach((q, i) => {
    labels[noteField(q.id)] = `Notes on ${i + 1}. ${q.text}`;
    labels[interestingField(q.id)] = `Particularly interesting (${i + 1}): “on” if marked`;
  });
  return (
    <div className="space-y-4" {...autosave.fields}>
      <AutosaveStatusText status={autosave.status} savedAt={autosave.savedAt} message={autosave.message} timeZone={timeZone} />
      {autosave.conflict ? <AutosaveConflictPanel conflict={autosave.conflict} labels={labels} onResolve={autosave.resolveConflict} /> : null}
      {questions.length === 0 ? <p className="text-sm text-stone-700">No questions planned: general notes only.</p> : null}
      {questions.map((q, i) => (
        <fieldset key={q.id} className="space-y-2 border-t border-stone-200 pt-3">
          <legend className="break-words font-semibold text-stone-900">
            {i + 1}. {q.text}
          </legend>
          <TextArea
            label="Notes"
            id={noteField(q.id)}
            name={noteField(q.id)}
            rows={3}
            value={autosave.values[noteField(q.id)] ?? q.notes ?? ''}
            onChange={(e) => autosave.setValue(noteField(q.id), e.target.value)}
            onBlur={() => void autosave.flush()}
            errors={autosave.fieldErrors[noteField(q.id)]}
          />
          <div className="flex items-start gap-2">
            <input
              id={interestingField(q.id)}
              type="checkbox"
              checked={isInteresting(q)}
              onChange={(e) => {
                autosave.setValue(interestingField(q.id), e.target.checked ? 'on' : '');
                void autosave.flush();
              }}
              className="mt-1 size-4 shrink-0 accent-emerald-800"
            />
            <label htmlFor={interestingField(q.id)}>Particularly interesting (named in the thank-you)</label>
          </div>
        </fieldset>
      ))}
      <TextArea
        label="General notes"
        id="generalNotes"
        name="generalNotes"
        rows={4}
        value={autosave.values.generalNotes ?? ''}
        onChange={(e) => autosave.setValue('generalNotes', e.target.value)}
        onBlur={() => void autosave.flush()}
        errors={autosave.fieldErrors.generalNotes}
      />
    </div>
  );
}
