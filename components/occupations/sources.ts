export type SourceLine = { text: string; href: string | null };

/**
 * The sources field, one per line: a line that is a web address (http or https only, so a
 * "javascript:" line stays text) becomes a link; anything else is a citation shown as typed.
 */
export function sourceLines(sources: string | null): SourceLine[] {
  if (!sources) return [];
  return sources
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((text) => ({ text, href: webAddress(text) }));
}

function webAddress(text: string): string | null {
  if (!/^https?:\/\//i.test(text) || /\s/.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
