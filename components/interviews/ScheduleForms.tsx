'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { VersionField } from '@/components/ui/VersionField';
import { Field, SelectField } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { cancelInterview, completeInterview, createInterview, replanInterview, updateSchedule } from '@/lib/interviews/actions';
import { initialActionState, type ActionState } from '@/lib/forms';
import type { NewInterviewStatus } from '@/lib/interviews/stages';
import { INTERVIEW_MODE_LABELS, INTERVIEW_MODES, type InterviewMode } from '@/lib/interviews/vocabulary';
import { endSentence } from '@/lib/text/sentence';

export type OccupationChoice = { id: number; title: string };

export type ScheduleValues = {
  occupationId: number | null;
  status: NewInterviewStatus;
  /** A datetime-local value in the viewer's zone, or ''. */
  startsAt: string;
  durationMinutes: number;
  mode: InterviewMode;
  location: string;
};

const MODE_OPTIONS = INTERVIEW_MODES.map((value) => ({ value, label: INTERVIEW_MODE_LABELS[value] }));

/** The status choice spelt out for someone deciding between them. */
const STATUS_CHOICE_LABELS: Readonly<Record<NewInterviewStatus, string>> = {
  planned: 'Planned: no date agreed yet',
  scheduled: 'Scheduled: date and time agreed',
  completed: 'Already happened: I am recording it afterwards',
};
const OPEN_STATUS_OPTIONS = (['planned', 'scheduled'] as const).map((value) => ({ value, label: STATUS_CHOICE_LABELS[value] }));
const NEW_STATUS_OPTIONS = (['planned', 'scheduled', 'completed'] as const).map((value) => ({ value, label: STATUS_CHOICE_LABELS[value] }));

function ScheduleFields({
  state,
  current,
  occupations,
  statusChoice,
  timeZone,
}: {
  state: ActionState;
  current: ScheduleValues;
  occupations: OccupationChoice[];
  /** Which statuses to offer: a new interview may also be one that already happened. */
  statusChoice: 'new' | 'open' | null;
  timeZone: string;
}) {
  const v = state.status === 'error' ? state.values : undefined;
  const e = state.fieldErrors;
  return (
    <>
      {statusChoice ? (
        <SelectField
          label="Status"
          name="status"
          defaultValue={v?.status ?? current.status}
          errors={e?.status}
          options={statusChoice === 'new' ? NEW_STATUS_OPTIONS : OPEN_STATUS_OPTIONS}
          hint={statusChoice === 'new' ? 'Without a date and time it is saved as planned. Already happened: enter its real date.' : undefined}
        />
      ) : (
        <input type="hidden" name="status" value="scheduled" />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Date and time"
          name="startsAt"
          type="datetime-local"
          defaultValue={v?.startsAt ?? current.startsAt}
          errors={e?.startsAt}
          hint={`Your time zone: ${timeZone}. Leave empty if no time is agreed yet.`}
        />
        <Field
          label="Length in minutes"
          name="durationMinutes"
          type="number"
          min={10}
          max={120}
          step={5}
          defaultValue={v?.durationMinutes ?? String(current.durationMinutes)}
          errors={e?.durationMinutes}
          hint="20 to 30 minutes is usual."
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="How" name="mode" options={MODE_OPTIONS} defaultValue={v?.mode ?? current.mode} errors={e?.mode} />
        <Field
          label="Place, phone number or link"
          name="location"
          maxLength={300}
          defaultValue={v?.location ?? current.location}
          errors={e?.location}
          hint="An address in person, a number for a call, an https:// link for video."
        />
      </div>
      <SelectField
        label="Occupation"
        name="occupationId"
        defaultValue={v?.occupationId ?? (current.occupationId ? String(current.occupationId) : '')}
        errors={e?.occupationId}
        options={[{ value: '', label: 'No occupation' }, ...occupations.map((o) => ({ value: String(o.id), label: o.title }))]}
      />
    </>
  );
}

export function CreateInterviewForm({
  contactId,
  current,
  occupations,
  timeZone,
}: {
  contactId: number;
  current: ScheduleValues;
  occupations: OccupationChoice[];
  timeZone: string;
}) {
  const [state, action] = useActionState(createInterview, initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <input type="hidden" name="contactId" value={contactId} />
      <ScheduleFields state={state} current={current} occupations={occupations} statusChoice="new" timeZone={timeZone} />
      <SubmitButton>Create interview</SubmitButton>
    </ActionForm>
  );
}

export function ScheduleForm({
  interviewId,
  version,
  current,
  occupations,
  timeZone,
}: {
  interviewId: number;
  version: number;
  current: ScheduleValues;
  occupations: OccupationChoice[];
  timeZone: string;
}) {
  const [state, action] = useActionState(updateSchedule.bind(null, interviewId), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <VersionField state={state} version={version} />
      <ScheduleFields state={state} current={current} occupations={occupations} statusChoice={current.status === 'planned' ? 'open' : null} timeZone={timeZone} />
      <SubmitButton>Save schedule</SubmitButton>
    </ActionForm>
  );
}

/**
 * "Mark completed", with when it ended. Before the start time it asks first: the interview may
 * still be to come (the action refuses it unless confirmed: early=yes).
 */
export function CompleteForm({ interviewId, defaultEnd, startsAtLocal, startsAtLabel }: { interviewId: number; defaultEnd: string; startsAtLocal: string | null; startsAtLabel: string | null }) {
  const [state, formAction] = useActionState(completeInterview.bind(null, interviewId), initialActionState);
  const action = (form: FormData) => {
    const ended = String(form.get('completedAt') ?? '').trim() || defaultEnd;
    // Both are datetime-local values in the viewer's zone: they compare as text.
    if (startsAtLocal && ended < startsAtLocal) {
      if (!window.confirm(`${endSentence(`This interview is due to start at ${startsAtLabel}`)} Mark it completed anyway?`)) return;
      form.set('early', 'yes');
    }
    formAction(form);
  };
  return (
    <ActionForm action={action} state={state}>
      <Field
        label="When it ended"
        name="completedAt"
        type="datetime-local"
        defaultValue={state.values?.completedAt ?? defaultEnd}
        errors={state.fieldErrors?.completedAt}
        hint="Leave as it is if it just ended."
      />
      <SubmitButton>Mark completed</SubmitButton>
    </ActionForm>
  );
}

export function CancelButton({ interviewId }: { interviewId: number }) {
  const [state, action] = useActionState(cancelInterview.bind(null, interviewId), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <SubmitButton variant="secondary" pendingText="Cancelling…">
        Cancel this interview
      </SubmitButton>
    </ActionForm>
  );
}

export function ReplanButton({ interviewId }: { interviewId: number }) {
  const [state, action] = useActionState(replanInterview.bind(null, interviewId), initialActionState);
  return (
    <ActionForm action={action} state={state}>
      <SubmitButton variant="secondary">Plan it again</SubmitButton>
    </ActionForm>
  );
}
