'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { AutosaveConflictPanel, AutosaveStatusText, useAutosave } from '@/components/ui/autosave';
import { controlClass } from '@/components/ui/controls';
import { Field, TextArea } from '@/components/ui/Field';
import { autosaveStorageKey, type AutosaveValues } from '@/lib/autosave';
import { detectJobAsk } from '@/lib/outreach/job-ask';
import { autosaveScript } from '@/lib/outreach/actions';
import type { ScriptKind } from '@/lib/outreach/vocabulary';
import { JobAskWarning } from './JobAskWarning';

const LABELS = { title: 'Title', body: 'Script' };

/*
 * A new script is kept in the browser under a key for "a new script for this contact" until its
 * first save creates it. A copy left there after that (the page was left before a later save
 * landed) moves to the created script's own key, so opening that script finds it.
 */
function moveCreatedCopy(newKey: string): void {
  try {
    const created = Number(window.localStorage.getItem(`${newKey}:created`));
    const copy = window.localStorage.getItem(newKey);
    if (!created) return;
    if (!copy) return window.localStorage.removeItem(`${newKey}:created`);
    if ((JSON.parse(copy) as { version?: number }).version === 0) return;
    const ownKey = newKey.replace(/script:new:.*$/, `script:${created}`);
    if (!window.localStorage.getItem(ownKey)) window.localStorage.setItem(ownKey, copy);
    window.localStorage.removeItem(newKey);
    window.localStorage.removeItem(`${newKey}:created`);
  } catch {
    // No storage (private mode): nothing was kept to move.
  }
}

/** The script, for the student to edit: saved as they type, warned as they type if it asks for a job. */
export function ScriptEditor({
  userId,
  contactId,
  scriptId,
  kind,
  title,
  body,
  version,
  courseAndInstitution,
  timeZone,
}: {
  userId: number;
  contactId: number;
  /** The saved script, or null for one not saved yet (its first save creates it). */
  scriptId: number | null;
  kind: ScriptKind;
  title: string;
  body: string;
  /** The saved script's version, 0 for a new one. */
  version: number;
  courseAndInstitution: string;
  timeZone: string;
}) {
  const router = useRouter();
  const idRef = useRef(scriptId);
  const currentRef = useRef<() => AutosaveValues>(() => ({ title, body }));
  const newKey = autosaveStorageKey(userId, `script:new:${contactId}:${kind}`);
  const [finishing, setFinishing] = useState(false);

  const mountedRef = useRef(false);
  // Declared before useAutosave so it runs before the browser copy is restored.
  useEffect(() => {
    mountedRef.current = true;
    moveCreatedCopy(newKey);
    return () => {
      mountedRef.current = false;
    };
  }, [newKey]);

  const autosave = useAutosave({
    storageKey: scriptId ? autosaveStorageKey(userId, `script:${scriptId}`) : newKey,
    version,
    values: { title, body },
    save: async (baseVersion, changes) => {
      const creating = idRef.current === null;
      // A script is created whole: the title and text as they stand, whichever was typed in.
      const sent = creating ? { ...currentRef.current(), ...changes } : changes;
      const result = await autosaveScript(contactId, idRef.current, kind, courseAndInstitution, baseVersion, sent);
      if (result.status === 'saved' && result.scriptId) {
        idRef.current = result.scriptId;
        try {
          window.localStorage.setItem(`${newKey}:created`, String(result.scriptId));
        } catch {
          // No storage: nothing kept under the new-script key either.
        }
        // The address names the script now, so Back or a reload opens it (no re-render: the
        // editor keeps its state and any save on its way). Not once the student has moved on.
        if (mountedRef.current) window.history.replaceState(window.history.state, '', `/contacts/${contactId}/script?script=${result.scriptId}`);
      }
      return result;
    },
  });

  useEffect(() => {
    currentRef.current = autosave.currentValues;
  });

  const { matches } = detectJobAsk(autosave.values.body ?? '');

  async function finish() {
    setFinishing(true);
    // A new script is kept even if nothing in it was changed.
    if (idRef.current === null) for (const [k, v] of Object.entries(autosave.currentValues())) autosave.setValue(k, v);
    const saved = await autosave.settle();
    if (saved === null) return setFinishing(false);
    router.push(`/contacts/${contactId}?saved=script#scripts`);
  }

  return (
    <div className="space-y-4" {...autosave.fields}>
      <AutosaveStatusText status={autosave.status} savedAt={autosave.savedAt} message={autosave.message} timeZone={timeZone} />
      {autosave.conflict ? <AutosaveConflictPanel conflict={autosave.conflict} labels={LABELS} onResolve={autosave.resolveConflict} /> : null}
      <Field
        label="Title"
        name="title"
        maxLength={120}
        value={autosave.values.title ?? ''}
        onChange={(e) => autosave.setValue('title', e.target.value)}
        onBlur={() => void autosave.flush()}
        errors={autosave.fieldErrors.title}
      />
      <TextArea
        label="Script"
        name="body"
        rows={14}
        value={autosave.values.body ?? ''}
        onChange={(e) => autosave.setValue('body', e.target.value)}
        onBlur={() => void autosave.flush()}
        hint="Words in [brackets] are blanks still to fill. Write it in your own words. It saves as you type."
        errors={autosave.fieldErrors.body}
      />
      <div aria-live="polite">
        <JobAskWarning matches={matches} id="job-ask-warning" />
      </div>
      <button type="button" onClick={() => void finish()} disabled={finishing} className={controlClass('primary')}>
        {scriptId ? 'Save changes' : 'Save script'}
      </button>
    </div>
  );
}
