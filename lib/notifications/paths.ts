/**
 * A path inside this app to send someone to, or null: only "/…" paths, never "//host" or
 * "/\\host" (which browsers read as another site) nor anything with a scheme.
 */
export function safeInternalPath(href: string): string | null {
  if (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/\\')) return null;
  if (/[\u0000-\u001f\s]/.test(href)) return null;
  return href;
}
