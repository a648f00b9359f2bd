/**
 * Ends a sentence with a full stop unless it already has one. Times read "3:30 p.m." in the
 * app's English, so a sentence that ends on a time (or on "etc.", a question, a quotation that
 * ends itself) must not get a second one: "3:30 p.m..".
 */
export function endSentence(text: string): string {
  const t = text.trimEnd();
  if (!t) return t;
  // A closing quote after the stop keeps it inside; a closing parenthesis does not: "(late)."
  return /[.!?\u2026]["'\u201d\u2019]*$/.test(t) ? t : `${t}.`;
}
