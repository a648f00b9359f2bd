/**
 * What an autosave server action answers. Dependency-free: the client hook in
 * components/ui/autosave.tsx and every autosaving action share it.
 *
 * An autosave action takes the version the text was loaded from and only the fields that
 * changed, and either saves them (raising the version) or says why not, never throwing and never
 * redirecting: a page full of typed text must stay where it is whatever happens.
 */
export type AutosaveValues = Record<string, string>;

export type AutosaveResult =
  | { status: 'saved'; version: number; savedAt: string }
  /** Saved elsewhere (another tab) since `baseVersion`: nothing written; here is what is stored. */
  | { status: 'conflict'; version: number; theirs: AutosaveValues }
  /** No longer open for typing (submitted, reviewed, cancelled…). */
  | { status: 'locked'; message: string }
  | { status: 'invalid'; fieldErrors: Record<string, string[]> }
  /** The session ended: the browser keeps the text until the person signs in again. */
  | { status: 'signed-out' };

export type AutosaveAction = (baseVersion: number, changes: AutosaveValues) => Promise<AutosaveResult>;

/** Where a browser keeps its copy of unsaved text, per person and record. */
export function autosaveStorageKey(userId: number, record: string): string {
  return `hm-autosave:${userId}:${record}`;
}
