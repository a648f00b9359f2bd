'use client';

import { useActionState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { Field, SelectField } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState, type ActionState } from '@/lib/forms';

export type SettingsValues = {
  version: number;
  pointsPossible: string;
  rubricId: string;
  latePenaltyPerDay: string;
  latePenaltyFloor: string;
  allowExtraCredit: boolean;
};

export function GradingSettingsForm({
  action,
  values,
  rubrics,
  rubricLocked,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  values: SettingsValues;
  rubrics: { value: string; label: string }[];
  rubricLocked: boolean;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const v = state.status === 'error' && state.values ? state.values : null;
  const e = state.fieldErrors ?? {};
  return (
    <ActionForm action={formAction} state={state}>
      <input type="hidden" name="version" value={values.version} />
      <Field label="Points possible" name="pointsPossible" inputMode="decimal" defaultValue={v?.pointsPossible ?? values.pointsPossible} errors={e.pointsPossible} hint="The assignment is graded once it has points possible." />
      <SelectField
        label="Rubric"
        name="rubricId"
        defaultValue={v?.rubricId ?? values.rubricId}
        options={[{ value: '', label: 'No rubric: type the points' }, ...rubrics]}
        errors={e.rubricId}
        hint={rubricLocked ? 'Grades have been given with this rubric; it stays attached.' : undefined}
      />
      <fieldset className="space-y-3 rounded-lg border border-stone-300 p-4">
        <legend className="px-1 font-semibold">Late policy</legend>
        <Field label="Penalty per day late (%)" name="latePenaltyPerDay" inputMode="decimal" defaultValue={v?.latePenaltyPerDay ?? values.latePenaltyPerDay} errors={e.latePenaltyPerDay} hint="Blank: no penalty. A day late starts a minute after the due time." />
        <Field label="Floor (% of the score kept at least)" name="latePenaltyFloor" inputMode="decimal" defaultValue={v?.latePenaltyFloor ?? values.latePenaltyFloor} errors={e.latePenaltyFloor} hint="E.g. 50: however late, the work keeps half its score." />
      </fieldset>
      <div className="flex items-center gap-2">
        <input id="field-allowExtraCredit" type="checkbox" name="allowExtraCredit" className="h-5 w-5" defaultChecked={v ? v.allowExtraCredit === 'on' : values.allowExtraCredit} />
        <label htmlFor="field-allowExtraCredit" className="text-sm font-semibold text-stone-800">
          Allow extra credit (scores above points possible)
        </label>
      </div>
      <SubmitButton>Save grading settings</SubmitButton>
    </ActionForm>
  );
}
