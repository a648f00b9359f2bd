/**
 * Turning what a student typed (an occupation title, how they found someone) into words a script
 * can say aloud: "I'm interested in working as an electrician", "My dentist, Dr. Patel, suggested
 * that I call you". Dependency-free and pure, so the builder, the call view and tests share it.
 */

import type { ContactSource } from '@/lib/contacts/vocabulary';

// Words that keep their capital in the middle of a sentence (languages, peoples, places).
const PROPER_WORDS = new Set(
  [
    'english', 'french', 'spanish', 'german', 'italian', 'portuguese', 'mandarin', 'cantonese', 'chinese', 'japanese', 'korean',
    'punjabi', 'hindi', 'arabic', 'tagalog', 'filipino', 'vietnamese', 'russian', 'persian', 'farsi', 'ukrainian', 'asl',
    'indigenous', 'aboriginal', 'first', 'nations', 'métis', 'inuit', 'canadian', 'american', 'european', 'asian', 'african',
    'pacific', 'atlantic', 'canada',
  ],
);

// Fields and disciplines (said "working in …") rather than people ("working as a …").
const FIELD_WORDS = new Set([
  'medicine', 'law', 'education', 'research', 'administration', 'design', 'therapy', 'care', 'healthcare', 'work', 'hygiene',
  'science', 'sciences', 'studies', 'services', 'technology', 'trades', 'arts', 'hospitality', 'tourism', 'retail', 'finance',
  'sales', 'resources', 'relations', 'communications', 'media', 'business', 'government', 'construction', 'agriculture',
  'pharmacy', 'dentistry', 'aviation', 'photography', 'animation', 'film', 'television', 'radio', 'music', 'theatre', 'fashion',
  'insurance', 'real estate', 'estate', 'logistics', 'operations', 'health', 'nutrition', 'security', 'policing', 'welfare',
  'justice', 'architecture', 'journalism', 'horticulture', 'forestry', 'carpentry', 'trucking', 'banking', 'commerce',
]);
const FIELD_ACRONYMS = new Set(['IT', 'HR', 'PR', 'ICT', 'UX', 'AI']);
const FIELD_SUFFIX = /(?:ing|ology|ics|ism|ture|tion|sion|ment|ance|ence|acy|apy|ity)$/;
// People's titles that the suffixes above would take for fields.
const ROLE_WORDS = new Set(['paramedic', 'paramedics', 'medic', 'medics', 'mechanic', 'mechanics', 'critic', 'cleric', 'sentinel']);

const isAcronym = (word: string) => /^[A-Z][A-Z0-9&.]*[A-Z0-9.]$/.test(word) && /[A-Z].*[A-Z]|^[A-Z]\.$/.test(word);
const isCapitalised = (word: string) => /^[A-Z][a-z'’]*$/.test(word);

/** One word of a title as it reads mid-sentence. */
function caseWord(word: string, first: boolean, titleCase: boolean): string {
  return word
    .split(/([-/])/)
    .map((part) => {
      if (part === '-' || part === '/' || !part) return part;
      if (isAcronym(part) || /^[A-Z]$/.test(part)) return part;
      const lower = part.toLowerCase();
      if (PROPER_WORDS.has(lower)) return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
      // A capital at the start of a title, or on every word of one, is the title's: drop it. A
      // capital mid-way through an otherwise lower-case title is a name ("Microsoft"): keep it.
      if (isCapitalised(part) && (first || titleCase)) return lower;
      if (/^[A-Z]+$/.test(part) && part.length > 1 && titleCase) return lower;
      return part;
    })
    .join('');
}

/** A people-word in the plural, made singular ("nurses" → "nurse", "firemen" → "fireman"). */
function singular(word: string): string {
  const lower = word.toLowerCase();
  if (ROLE_WORDS.has(lower) && lower.endsWith('s')) return word.slice(0, -1);
  if (/women$/i.test(word)) return word.slice(0, -3) + 'man';
  if (/men$/i.test(word)) return word.slice(0, -3) + 'man';
  if (/people$/i.test(word)) return word.slice(0, -6) + 'person';
  if (/[a-z]s$/i.test(word) && !/(?:ss|us|is)$/i.test(word)) {
    if (/ies$/i.test(word)) return word.slice(0, -3) + 'y';
    if (/(?:ches|shes|sses|xes)$/i.test(word)) return word.slice(0, -2);
    return word.slice(0, -1);
  }
  return word;
}

function isField(phrase: string): boolean {
  if (FIELD_ACRONYMS.has(phrase)) return true;
  const words = phrase.replace(/\s*\(.*\)\s*$/, '').split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (ROLE_WORDS.has(last)) return false;
  const lastTwo = words.slice(-2).join(' ').toLowerCase();
  return FIELD_WORDS.has(last) || FIELD_WORDS.has(lastTwo) || FIELD_SUFFIX.test(last);
}

/**
 * "a" or "an" before a word, by its sound: "an electrician", "a university lecturer", "an RN",
 * "a UX designer", "an hour", "an X-ray technician".
 */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/[\s/]+/)[0] ?? '';
  if (!word) return 'a';
  if (/^\d/.test(word)) return /^(?:8|11|18)(?!\d)|^8\d/.test(word) ? 'an' : 'a';
  // Said letter by letter: an acronym, or a single letter before a hyphen (X-ray, T-shirt).
  if (isAcronym(word.replace(/[^A-Za-z0-9&.]+$/, '')) || /^[A-Za-z]-/.test(word)) return /^[AEFHILMNORSX]/i.test(word) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(lower)) return 'an';
  if (/^(?:uni(?!n)|use|usu|ura(?!n)|ure|uro|uti|eu|ewe|one(?![rd]))/.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/** An occupation title as it reads mid-sentence: "Dental Hygienists" → "dental hygienist". */
export function occupationNoun(title: string): { noun: string; field: boolean } {
  const cleaned = title
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(/[.;:,]+$/, '');
  if (!cleaned) return { noun: '', field: false };
  const words = cleaned.split(' ');
  const letters = words.filter((w) => /^[A-Za-z]/.test(w) && !isAcronym(w) && !/^(?:of|and|or|in|for|the|to|at|on)$/i.test(w));
  const titleCase = words.length > 1 && letters.length > 0 && letters.every((w) => /^[A-Z]/.test(w));
  // Two or more capitalised words leading a title that is otherwise lower case are a name
  // ("Microsoft Excel trainer", "Air Canada pilot"): they keep their capitals.
  const leadingRun = words.findIndex((w) => !/^[A-Z]/.test(w));
  const namedStart = !titleCase && leadingRun >= 2;
  const cased = words.map((w, i) => caseWord(w, i === 0 && !namedStart, titleCase));
  const field = isField(cased.join(' '));
  if (!field) {
    // The last word before any "(RN)" or " / …" names the person: make it singular.
    const at = cased.findIndex((w, i) => i > 0 && (w.startsWith('(') || w === '/' || w === 'or'));
    const end = at === -1 ? cased.length - 1 : at - 1;
    cased[end] = singular(cased[end] ?? '');
  }
  return { noun: cased.join(' '), field };
}

/**
 * What the student would be doing, for "I'm interested in …" and "…to decide if … is the right
 * choice for me": "working as a dental hygienist", "working in nursing". Empty for no title.
 */
export function occupationPhrase(title: string | null | undefined): string {
  const { noun, field } = occupationNoun(title ?? '');
  if (!noun) return '';
  return field ? `working in ${noun}` : `working as ${indefiniteArticle(noun)} ${noun}`;
}

// How-found sources where the detail names a person who pointed the student to this contact.
const PERSON_SOURCES: ReadonlySet<ContactSource> = new Set<ContactSource>([
  'friend',
  'family',
  'professional',
  'neighbour',
  'previous-employer',
  'fellow-student',
  'instructor-counsellor-advisor',
  'referral',
]);

/**
 * Who sent the student to this contact, as the start of a sentence ("Sam Wong", "My dentist,
 * Dr. Patel,"): the contact they were referred by, else the person written in "how found". The
 * trailing comma closes an apposition so "… suggested that I call you" follows naturally.
 */
export function referrerPhrase(contact: { referredBy?: { name: string } | null; howFound?: ContactSource | null; howFoundDetail?: string | null }): string | undefined {
  const linked = contact.referredBy?.name.trim();
  let who = linked || undefined;
  if (!who && contact.howFound && PERSON_SOURCES.has(contact.howFound)) {
    who =
      (contact.howFoundDetail ?? '')
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/^(?:referred by|suggested by|introduced by|through|via|from)\s+/i, '')
        .replace(/[,;:]+$/, '')
        .trim() || undefined;
  }
  if (!who) return undefined;
  who = who.charAt(0).toUpperCase() + who.slice(1);
  return who.includes(',') ? `${who},` : who;
}
