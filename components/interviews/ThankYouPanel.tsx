'use client';

import { startTransition, useActionState, useState } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { AutosaveConflictPanel, AutosaveStatusText, useAutosave } from '@/components/ui/autosave';
import { Button } from '@/components/ui/Button';
import { controlClass } from '@/components/ui/controls';
import { Field, SelectField, TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { autosaveStorageKey } from '@/lib/autosave';
import { initialActionState } from '@/lib/forms';
import { autosaveThankYou, recordThankYou } from '@/lib/interviews/actions';
import { buildThankYouLetter, thankYouMailto } from '@/lib/interviews/thank-you';
import { THANK_YOU_CHANNEL_LABELS, type ThankYouChannel } from '@/lib/interviews/vocabulary';
import { useInterestingIds } from './live-notes';

const CHANNEL_OPTIONS = Object.entries(THANK_YOU_CHANNEL_LABELS).map(([value, label]) => ({ value, label }));

/**
 * The thank-you letter: a draft that names what the notes mark as particularly interesting and
 * follows them as they change, until the student edits it (then it is theirs, saved as typed).
 * Copy it, open it in their mail program (addressed when the contact's e-mail is known), and
 * record how and when it went.
 */
export function ThankYouPanel({
  userId,
  interviewId,
  version,
  storedText,
  contactName,
  contactEmail,
  myName,
  plan,
  interesting,
  current,
  today,
  timeZone,
}: {
  userId: number;
  interviewId: number;
  /** The letter's thank_you_version. */
  version: number;
  /** The letter as the student last edited it; null while it follows the notes. */
  storedText: string | null;
  contactName: string;
  contactEmail: string | null;
  myName: string;
  /** Each planned question with its subject (lib/interviews/thank-you-topics.ts), null for the student's own. */
  plan: { id: number; text: string; topic: string | null }[];
  /** The plan ids marked interesting, as the page was rendered. */
  interesting: number[];
  current: { channel: ThankYouChannel; sentOn: string };
  today: string;
  timeZone: string;
}) {
  const autosave = useAutosave({
    storageKey: autosaveStorageKey(userId, `thank-you:${interviewId}`),
    version,
    values: { text: storedText ?? '' },
    save: autosaveThankYou.bind(null, interviewId),
  });
  const [channel, setChannel] = useState<ThankYouChannel>(current.channel);
  const [editedHere, setEditedHere] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const liveIds = useInterestingIds(interviewId, interesting);
  const draft = buildThankYouLetter({ contactName, myName, channel, interesting: plan.filter((q) => liveIds.includes(q.id)) });
  const typed = autosave.values.text ?? '';
  const edited = editedHere || typed !== '';
  const text = edited ? typed : draft.body;
  const [state, formAction] = useActionState(recordThankYou.bind(null, interviewId), initialActionState);

  // What is recorded as sent is the letter as stored: a draft still following the notes is saved first.
  const record = async (form: FormData) => {
    if (!edited) {
      setEditedHere(true);
      autosave.setValue('text', text);
    }
    const settled = await autosave.settle();
    if (settled === null) return;
    form.set('version', String(settled));
    startTransition(() => formAction(form));
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied. Paste it into your e-mail or onto your card.');
    } catch {
      setCopied('Could not copy here: select the letter and copy it yourself.');
    }
  };

  return (
    <div className="space-y-4" {...autosave.fields}>
      <div className="space-y-2">
        <TextArea
          label="Your thank-you letter"
          id="thank-you-text"
          name="text"
          rows={8}
          maxLength={5000}
          value={text}
          onChange={(e) => {
            setEditedHere(true);
            autosave.setValue('text', e.target.value);
          }}
          onBlur={() => void autosave.flush()}
          errors={autosave.fieldErrors.text}
          hint={
            edited
              ? 'Your own words now: it no longer follows your notes.'
              : 'Names what your notes mark as particularly interesting, and follows them until you edit it. Never ask for a job.'
          }
        />
        <AutosaveStatusText status={edited ? autosave.status : 'idle'} savedAt={autosave.savedAt} message={autosave.message} timeZone={timeZone} />
        {autosave.conflict ? <AutosaveConflictPanel conflict={autosave.conflict} labels={{ text: 'Your thank-you letter' }} onResolve={autosave.resolveConflict} /> : null}
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => void copy()}>Copy the letter</Button>
          <a href={thankYouMailto(contactEmail, { subject: draft.subject, body: text })} className={controlClass('secondary')}>
            {contactEmail ? `E-mail it to ${contactEmail}` : 'Open it in my e-mail'}
          </a>
          {edited ? (
            <Button
              variant="quiet"
              onClick={() => {
                setEditedHere(false);
                autosave.setValue('text', '');
              }}
            >
              Start again from my notes
            </Button>
          ) : null}
        </div>
        {copied ? (
          <p role="status" className="text-sm text-stone-700">
            {copied}
          </p>
        ) : null}
      </div>
      <ActionForm action={record} state={state} className="space-y-4 border-t border-stone-200 pt-4">
        <input type="hidden" name="version" value={String(autosave.version)} />
        <div className="grid grid-cols-2 gap-3">
          <SelectField
            label="Sent by"
            name="channel"
            options={CHANNEL_OPTIONS}
            // Uncontrolled, so React's reset after a refused submit brings back what was posted (the select is keyed by it).
            defaultValue={state.values?.channel ?? current.channel}
            onChange={(e) => setChannel(e.target.value as ThankYouChannel)}
            errors={state.fieldErrors?.channel}
          />
          <Field label="Date sent" name="sentOn" type="date" max={today} defaultValue={state.values?.sentOn ?? current.sentOn} errors={state.fieldErrors?.sentOn} />
        </div>
        <SubmitButton>Record the thank-you</SubmitButton>
      </ActionForm>
    </div>
  );
}
