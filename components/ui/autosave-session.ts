import type { AutosaveAction, AutosaveResult, AutosaveValues } from '@/lib/autosave';

/**
 * Long text that saves itself: a few hundred milliseconds after typing stops, when the field is
 * left, and when the page is hidden. Until the server has a change, the browser keeps a copy
 * (localStorage), so a reload, a crash or an expired session loses nothing; a change saved
 * elsewhere since the text was loaded (another tab) is shown beside the student's own instead of
 * being overwritten; leaving saves first, and asks when the text cannot be saved.
 */

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'conflict' | 'signed-out' | 'locked' | 'invalid';

export type AutosaveConflict = { version: number; theirs: AutosaveValues; mine: AutosaveValues };

/**
 * What the browser keeps until the server has it: the changes and the version they were made
 * from. `savedAs` marks a copy whose save landed while the page was hidden (being reloaded or
 * closed): kept until a page loaded at that version or later shows the server has it.
 */
type LocalCopy = { version: number; changes: AutosaveValues; at: number; savedAs?: number };

const RETRY_MS = [2_000, 4_000, 8_000, 15_000, 30_000];

function readLocal(key: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as LocalCopy) : null;
    return parsed && typeof parsed.version === 'number' && parsed.changes && typeof parsed.changes === 'object' && (parsed.savedAs === undefined || typeof parsed.savedAs === 'number') ? parsed : null;
  } catch {
    return null;
  }
}

/** The page is hidden: in another tab, or on its way out (a reload, a link, the tab closed). */
function pageHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

function writeLocal(key: string, copy: LocalCopy | null): void {
  try {
    if (copy && Object.keys(copy.changes).length) window.localStorage.setItem(key, JSON.stringify(copy));
    else window.localStorage.removeItem(key);
  } catch {
    // Private mode or a full store: the server copy still works; nothing else to do.
  }
}

type Snapshot = {
  values: AutosaveValues;
  /** The version the server last confirmed (what a submit must name). */
  version: number;
  status: AutosaveStatus;
  savedAt: Date | null;
  conflict: AutosaveConflict | null;
  message: string | null;
  fieldErrors: Record<string, string[]>;
  /** The engine runs in this page: typing saves from now on (until then the page is only HTML). */
  started: boolean;
};

/**
 * The saving engine, outside React so that its timers and retries are plain code: React reads
 * its snapshot through useSyncExternalStore.
 */
export class AutosaveSession {
  private snapshot: Snapshot;
  private listeners = new Set<() => void>();
  private version: number;
  private pending: AutosaveValues = {};
  private inFlight = false;
  private blocked = false;
  private retries = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlightSave: Promise<void> | null = null;
  /** The page is gone (a link, the Back button): what waited was sent once more; no more timers. */
  private detached = false;
  /** Fields typed in since the engine started (their text in the page is the engine's own). */
  private typed = new Set<string>();

  constructor(
    private readonly storageKey: string,
    private readonly loadedVersion: number,
    private readonly loadedValues: AutosaveValues,
    private readonly save: AutosaveAction,
    private readonly delayMs: number,
  ) {
    this.version = loadedVersion;
    this.snapshot = { values: loadedValues, version: loadedVersion, status: 'idle', savedAt: null, conflict: null, message: null, fieldErrors: {}, started: false };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  get unsaved(): boolean {
    return Object.keys(this.pending).length > 0 || this.inFlight;
  }

  get saving(): boolean {
    return this.inFlight && !this.blocked;
  }

  private set(patch: Partial<Snapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of this.listeners) l();
  }

  private remember(): void {
    writeLocal(this.storageKey, { version: this.version, changes: this.pending, at: Date.now() });
  }

  private schedule(ms: number): void {
    if (this.detached) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  setValue = (name: string, text: string): void => {
    this.typed.add(name);
    this.pending[name] = text;
    this.remember();
    this.set({ values: { ...this.snapshot.values, [name]: text } });
    if (!this.blocked) this.schedule(this.delayMs);
  };

  flush = async (): Promise<void> => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.inFlight || this.blocked || Object.keys(this.pending).length === 0) return;
    const sent = { ...this.pending };
    const base = this.version;
    this.inFlight = true;
    this.set({ status: 'saving' });
    let result: AutosaveResult;
    let done = () => {};
    this.inFlightSave = new Promise<void>((resolve) => (done = resolve));
    try {
      result = await this.save(base, sent);
    } catch {
      this.inFlightSave = null;
      done();
      this.inFlight = false;
      const wait = RETRY_MS[Math.min(this.retries, RETRY_MS.length - 1)];
      this.retries += 1;
      this.set({ status: 'retrying', message: `Not saved: no connection. Trying again in ${Math.round(wait / 1000)} s; your text is kept in this browser.` });
      this.schedule(wait);
      return;
    }
    this.inFlight = false;
    this.inFlightSave = null;
    done();
    this.retries = 0;
    switch (result.status) {
      case 'saved':
        this.version = result.version;
        for (const [k, v] of Object.entries(sent)) if (this.pending[k] === v) delete this.pending[k];
        // Saved while the page was on its way out: the next page may have been read from the
        // server before this save landed, and would show the older text. The copy stays, marked
        // with the version it was saved as, for that page to restore or let go.
        if (pageHidden() && !Object.keys(this.pending).length) writeLocal(this.storageKey, { version: base, changes: sent, at: Date.now(), savedAs: result.version });
        else this.remember();
        this.set({ version: result.version, savedAt: new Date(result.savedAt), fieldErrors: {}, message: null, status: Object.keys(this.pending).length ? 'saving' : 'saved' });
        // Typed while this save was on its way: save that too.
        if (Object.keys(this.pending).length) this.schedule(0);
        return;
      case 'conflict':
        // The server already holds exactly this text: this same save landed before (its answer
        // was lost and it was tried again, or another tab re-sent this tab's browser copy). Not
        // a conflict with anyone: take the server's version and carry on.
        if (Object.keys(result.theirs).length && Object.entries(result.theirs).every(([k, v]) => v === (k in sent ? sent[k] : this.snapshot.values[k]))) {
          this.version = result.version;
          for (const [k, v] of Object.entries(sent)) if (this.pending[k] === v) delete this.pending[k];
          this.remember();
          // Saved moments ago (by the other attempt): say when, as after any save.
          this.set({ version: result.version, savedAt: new Date(), status: Object.keys(this.pending).length ? 'saving' : 'saved', message: null });
          if (Object.keys(this.pending).length) this.schedule(0);
          return;
        }
        this.blocked = true;
        this.set({ status: 'conflict', conflict: { version: result.version, theirs: result.theirs, mine: { ...this.pending } } });
        return;
      case 'invalid':
        this.set({ status: 'invalid', fieldErrors: result.fieldErrors });
        return;
      case 'signed-out':
        this.set({ status: 'signed-out' });
        // Try again in a while: the person may sign in again in another tab.
        this.schedule(15_000);
        return;
      case 'locked':
        this.blocked = true;
        this.set({ status: 'locked', message: result.message || null });
        return;
    }
  };

  /** The browser is back online: a save waiting out its retry goes now, not when its wait ends. */
  reconnected = (): void => {
    if (this.snapshot.status === 'retrying' && !this.detached) void this.flush();
  };

  /** After "changed elsewhere": keep the student's text (saved over theirs), or take theirs. */
  resolveConflict = (choice: 'mine' | 'theirs'): void => {
    const conflict = this.snapshot.conflict;
    if (!conflict) return;
    this.version = conflict.version;
    this.blocked = false;
    if (choice === 'theirs') {
      this.pending = {};
      this.remember();
      this.set({ conflict: null, version: conflict.version, status: 'saved', values: { ...this.snapshot.values, ...conflict.theirs } });
    } else {
      this.pending = { ...conflict.mine, ...this.pending };
      this.remember();
      this.set({ conflict: null, version: conflict.version });
      void this.flush();
    }
  };

  /**
   * Saves whatever is waiting and waits for every save on its way: the version the server has
   * all of it at (what a submit must name), or null when something stands in the way (a
   * conflict, no connection, signed out, invalid, locked), which the status already says.
   */
  settle = async (): Promise<number | null> => {
    for (let i = 0; i < 5; i++) {
      if (this.inFlightSave) await this.inFlightSave;
      if (this.blocked) return null;
      if (Object.keys(this.pending).length === 0) return this.version;
      await this.flush();
      if (['invalid', 'signed-out', 'retrying', 'locked', 'conflict'].includes(this.snapshot.status)) return null;
    }
    return this.unsaved ? null : this.version;
  };

  /**
   * A copy this browser kept from an earlier visit: restored and saved if the server has not
   * moved on since, otherwise shown beside the server's text.
   */
  restoreLocalCopy(): void {
    const local = readLocal(this.storageKey);
    if (!local) return;
    // The server has that save (and perhaps later ones): this page shows it.
    if (local.savedAs !== undefined && this.loadedVersion >= local.savedAs) return writeLocal(this.storageKey, null);
    const differing = Object.fromEntries(Object.entries(local.changes).filter(([k, v]) => this.loadedValues[k] !== v));
    if (Object.keys(differing).length === 0) return writeLocal(this.storageKey, null);
    this.pending = differing;
    if (local.version === this.loadedVersion) {
      this.set({ values: { ...this.snapshot.values, ...differing } });
      void this.flush();
    } else {
      this.blocked = true;
      const theirs = Object.fromEntries(Object.keys(differing).map((k) => [k, this.loadedValues[k] ?? '']));
      this.set({ values: { ...this.snapshot.values, ...differing }, status: 'conflict', conflict: { version: this.loadedVersion, theirs, mine: differing } });
    }
  }

  /**
   * Starts the engine once the page's scripts run: first the copy an earlier visit left in this
   * browser, then what was typed into the page before its scripts had started (on a slow phone a
   * person can type before then; nothing saw that text, and the next render would have put the
   * loaded text back over it). The text typed now is the newest, so it wins over the older copy,
   * except in a field typed in since the engine started.
   */
  start(typedBeforeStart: AutosaveValues): void {
    this.restoreLocalCopy();
    for (const [name, text] of Object.entries(typedBeforeStart)) {
      if (name in this.loadedValues && !this.typed.has(name) && text !== this.snapshot.values[name]) this.setValue(name, text);
    }
    this.set({ started: true });
  }

  attach(): void {
    this.detached = false;
  }

  detach(): void {
    void this.flush();
    this.detached = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
