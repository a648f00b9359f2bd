'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { AutosaveAction, AutosaveValues } from '@/lib/autosave';
// The engine is a plain module: a 'use client' module exports components, hooks and types only.
import { AutosaveSession, type AutosaveConflict, type AutosaveStatus } from './autosave-session';

export type { AutosaveConflict, AutosaveStatus } from './autosave-session';

/** How long a click on a link waits for the save before asking instead. */
const LEAVE_SAVE_WAIT_MS = 5_000;

const LEAVE_UNSAVED_QUESTION =
  'Your latest changes are not saved: the server could not take them. Leave this page anyway? A copy stays in this browser and is saved when you come back to this page.';

/**
 * A link inside the app navigates without unloading the page, so `beforeunload` never sees it.
 * A click on one while text is waiting or failing to save is held: the save is made first and
 * the link followed once the server has the text; only when it cannot be saved (no connection,
 * refused, changed elsewhere) does the browser's own confirm ask whether to leave anyway. The
 * native confirm rather than an in-page dialog: it is the same question `beforeunload` asks for
 * a reload or a closed tab, it is modal and read out by screen readers, and it needs no code to
 * be fetched, which matters most in the case it is for (no connection).
 */
function guardInAppLinks(session: AutosaveSession): () => void {
  let holding = false;
  let release: HTMLAnchorElement | null = null;
  const onClick = (e: MouseEvent) => {
    const link = (e.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || e.defaultPrevented) return;
    if (release === link) {
      release = null;
      return;
    }
    // New tabs, downloads and other sites leave this page as it is (or unload it: beforeunload asks).
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || link.hasAttribute('download')) return;
    if (link.target && link.target !== '_self') return;
    const to = new URL(link.href, window.location.href);
    if (to.origin !== window.location.origin) return;
    if (to.pathname === window.location.pathname && to.search === window.location.search && to.hash) return;
    if (holding) {
      e.preventDefault();
      return;
    }
    if (!session.unsaved) return;
    e.preventDefault();
    holding = true;
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), LEAVE_SAVE_WAIT_MS));
    void Promise.race([session.settle(), timeout]).then((version) => {
      holding = false;
      if (version === null && session.unsaved && !window.confirm(LEAVE_UNSAVED_QUESTION)) return;
      // Followed as the app's own link would be (client-side, with its scroll and prefetch).
      if (!link.isConnected) return window.location.assign(link.href);
      release = link;
      link.click();
    });
  };
  document.addEventListener('click', onClick, true);
  return () => document.removeEventListener('click', onClick, true);
}

/**
 * What was typed under `container` before the page's scripts ran: a field whose text is no longer
 * what it was rendered with (the engine keeps only its own fields). Read right after hydration,
 * before any render can put the rendered text back.
 */
function typedBeforeStart(container: HTMLElement | null): AutosaveValues {
  const typed: AutosaveValues = {};
  container?.querySelectorAll<HTMLInputElement>('textarea[name],input[name]').forEach((field) => {
    if (field.value !== field.defaultValue) typed[field.name] = field.value;
  });
  return typed;
}

export function useAutosave({
  storageKey,
  version,
  values,
  save,
  delayMs = 700,
}: {
  storageKey: string;
  /** The version the page was rendered from. */
  version: number;
  values: AutosaveValues;
  save: AutosaveAction;
  delayMs?: number;
}) {
  const [session] = useState(() => new AutosaveSession(storageKey, version, values, save, delayMs));
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const fieldsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    session.attach();
    const typedEarly = typedBeforeStart(fieldsRef.current);
    // After hydration, so the first render matches the server's.
    const t = setTimeout(() => session.start(typedEarly), 0);
    const onHide = () => {
      if (document.visibilityState === 'hidden') void session.flush();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!session.unsaved) return;
      void session.flush();
      e.preventDefault();
      e.returnValue = '';
    };
    const stopGuardingLinks = guardInAppLinks(session);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('online', session.reconnected);
    return () => {
      clearTimeout(t);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('online', session.reconnected);
      stopGuardingLinks();
      session.detach();
    };
  }, [session]);

  /** For the element holding the fields: what was typed there before the scripts ran is found, and it says when saving has started. */
  const fields = { ref: fieldsRef, 'data-autosave': snapshot.started ? 'on' : 'starting' } as const;
  return { ...snapshot, fields, setValue: session.setValue, flush: session.flush, settle: session.settle, resolveConflict: session.resolveConflict, currentValues: () => session.getSnapshot().values };
}

const STATUS_TEXT: Record<AutosaveStatus, string> = {
  idle: 'Saves as you type.',
  saving: 'Saving…',
  saved: 'Saved',
  retrying: 'Not saved yet: retrying.',
  conflict: 'Changed elsewhere: choose which text to keep.',
  'signed-out': 'Not saved: you are signed out. Your text is kept in this browser; sign in again (in another tab) and it will be saved.',
  locked: 'Not saved: this can no longer be changed.',
  invalid: 'Not saved: see the message below.',
};

/** The save state, announced politely to screen readers. */
export function AutosaveStatusText({ status, savedAt, message, timeZone }: { status: AutosaveStatus; savedAt: Date | null; message?: string | null; timeZone?: string }) {
  const at = savedAt ? new Intl.DateTimeFormat('en-CA', { hour: 'numeric', minute: '2-digit', timeZone }).format(savedAt) : null;
  const text = status === 'saved' && at ? `Saved at ${at}` : (message ?? STATUS_TEXT[status]);
  const tone = status === 'saved' || status === 'saving' || status === 'idle' ? 'text-stone-700' : 'font-semibold text-red-800';
  return (
    <p role="status" aria-live="polite" className={`text-sm ${tone}`}>
      {text}
    </p>
  );
}

/** Both texts side by side after "changed elsewhere", with the two ways out. */
export function AutosaveConflictPanel({
  conflict,
  labels,
  onResolve,
}: {
  conflict: AutosaveConflict;
  labels: Record<string, ReactNode>;
  onResolve: (choice: 'mine' | 'theirs') => void;
}) {
  return (
    <div role="alert" className="space-y-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-stone-900">
      <p className="font-semibold">This was changed elsewhere (another tab or device) since you opened it. Nothing was overwritten.</p>
      {Object.keys(conflict.mine).map((k) => (
        <div key={k} className="grid gap-2 sm:grid-cols-2">
          <p className="sm:col-span-2 font-semibold">{labels[k] ?? k}</p>
          <div>
            <p className="text-xs font-semibold uppercase text-stone-700">Saved elsewhere</p>
            <p className="whitespace-pre-wrap break-words rounded border border-stone-300 bg-white p-2">{conflict.theirs[k] || '(empty)'}</p>
          </div>
          <div>
            <p className="text-xs font-semibold uppercase text-stone-700">Yours, in this tab</p>
            <p className="whitespace-pre-wrap break-words rounded border border-stone-300 bg-white p-2">{conflict.mine[k] || '(empty)'}</p>
          </div>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => onResolve('mine')} className="rounded-md bg-emerald-800 px-3 py-2 font-semibold text-white hover:bg-emerald-900">
          Keep mine
        </button>
        <button type="button" onClick={() => onResolve('theirs')} className="rounded-md border border-stone-400 bg-white px-3 py-2 font-semibold text-stone-900 hover:bg-stone-100">
          Use the saved version
        </button>
      </div>
    </div>
  );
}
