/**
 * Outreach scripts as editable templates with named blanks, after the seed's phone script.
 *
 * Template syntax (a small, Mustache-like subset):
 *   {{key}}                      the value of a blank, or a visible marker when it is empty
 *   {{#key}} … {{/key}}          rendered only when the blank has a value
 *   {{^key}} … {{/key}}          rendered only when the blank is empty
 * Unknown keys and unmatched section tags are left in the text as typed, so a student's
 * own edits never silently disappear.
 */

import type { ContactSource } from '@/lib/contacts/vocabulary';
import { occupationPhrase, referrerPhrase } from './wording';

export const SCRIPT_BLANKS = [
  { key: 'contactName', label: "Contact's name" },
  { key: 'myName', label: 'My name' },
  { key: 'courseAndInstitution', label: 'Course and institution' },
  { key: 'referrerName', label: 'Who referred me' },
  // A phrase, "working as a dental hygienist" (occupationPhrase), not the raw title.
  { key: 'field', label: 'Field or occupation' },
  // Only the voicemail needs it; the e-mail shows it when given.
  { key: 'myPhone', label: 'My phone number' },
] as const;

export type BlankKey = (typeof SCRIPT_BLANKS)[number]['key'];
export type ScriptBlanks = Partial<Record<BlankKey, string>>;

const BLANK_KEYS: ReadonlySet<string> = new Set(SCRIPT_BLANKS.map((b) => b.key));

export function isBlankKey(key: string): key is BlankKey {
  return BLANK_KEYS.has(key);
}

/** What an unfilled blank shows, e.g. "[contact's name]", so the gap is obvious on screen. */
export function blankMarker(key: BlankKey): string {
  const blank = SCRIPT_BLANKS.find((b) => b.key === key);
  return `[${(blank?.label ?? key).toLowerCase()}]`;
}

/*
 * The seed's opening, with its blanks named. Course and institution are one blank so the
 * student can write it naturally ("a career-related course at Kwantlen Polytechnic University").
 * The field is a phrase ("working as a dental hygienist", from occupationPhrase) so that both
 * sentences it sits in read as English. Without a referrer the sentence still says why they are
 * calling. A live call can go either way, so both of the contact's answers are on the one sheet.
 */
export const PHONE_SCRIPT_TEMPLATE =
  'Hello, {{contactName}}. My name is {{myName}}. I\'m currently taking {{courseAndInstitution}}. ' +
  '{{#referrerName}}{{referrerName}} suggested that I call you because I\'m interested in {{field}}.{{/referrerName}}' +
  '{{^referrerName}}I\'m calling you because I\'m interested in {{field}}.{{/referrerName}} ' +
  "I've already done some research, but I still have a lot of questions. " +
  'I would really appreciate talking to someone who is actually working in this field, because it would help me ' +
  'to decide if {{field}} is the right choice for me. ' +
  'Could you spare twenty minutes to half an hour some day so that I could come down and talk to you about your ' +
  "line of work? I'm not looking for a job right now, just for information.\n" +
  '\n' +
  'If they agree:\n' +
  "That's great! What day and time would be best for you? I can come to you, whenever suits you.\n" +
  '\n' +
  'If they are too busy:\n' +
  'Okay, I understand. Can you suggest someone else who does the same work who might be willing to talk to me?\n' +
  '\n' +
  'If they suggest someone:\n' +
  'Thanks so much for the lead. Do you happen to have the number, and is it okay if I say that you suggested I call?';

/**
 * The seed's "too busy" branch on its own: ask for someone else, and permission to use their
 * name. The phone script carries it too; this stays for scripts saved as that kind.
 */
export const TOO_BUSY_TEMPLATE =
  'Okay, I understand. Can you suggest someone else who does the same work who might be willing to talk to me?\n' +
  '\n' +
  'If they suggest someone:\n' +
  'Thanks so much for the lead. Do you happen to have the number, and is it okay if I say that you suggested I call?';

/*
 * The seed calls e-mail second best and says it may not work without a phone follow-up,
 * so the e-mail announces the call itself.
 */
export const EMAIL_SCRIPT_TEMPLATE =
  'Subject: Request for a 20–30 minute information interview about {{field}}\n' +
  '\n' +
  'Dear {{contactName}},\n' +
  '\n' +
  "My name is {{myName}}, and I'm currently taking {{courseAndInstitution}}. " +
  '{{#referrerName}}{{referrerName}} suggested that I contact you because I\'m interested in {{field}}.{{/referrerName}}' +
  "{{^referrerName}}I'm writing to you because I'm interested in {{field}}.{{/referrerName}}\n" +
  '\n' +
  "I've already done some research, but I still have a lot of questions, and it would help me a great deal to " +
  'talk with someone who is actually working in this field. Could you spare twenty to thirty minutes, at a time ' +
  'that suits you, so that I could ask you about your line of work?\n' +
  '\n' +
  "To be clear, I'm not looking for a job, just for information about the work and how you came to do it.\n" +
  '\n' +
  "I'll give you a call in a few days to follow up, so there is no need to write back unless you'd prefer to.\n" +
  '\n' +
  'Thank you for considering it.\n' +
  '\n' +
  '{{myName}}{{#myPhone}}\n{{myPhone}}{{/myPhone}}';

/** A voicemail has to stand on its own in under half a minute: who, why, how to call back. */
export const VOICEMAIL_SCRIPT_TEMPLATE =
  "Hello, {{contactName}}. My name is {{myName}}, and I'm currently taking {{courseAndInstitution}}. " +
  '{{#referrerName}}{{referrerName}} suggested that I call you. {{/referrerName}}' +
  "I'm interested in {{field}}, and I'd really appreciate twenty minutes or so to ask you about your line of work. " +
  "I'm not looking for a job, just for information. " +
  'You can reach me at {{myPhone}}. Again, that\'s {{myName}} at {{myPhone}}. ' +
  "Thank you, and I'll try you again in a few days.";

export const SCRIPT_TEMPLATES = {
  phone: PHONE_SCRIPT_TEMPLATE,
  tooBusy: TOO_BUSY_TEMPLATE,
  email: EMAIL_SCRIPT_TEMPLATE,
  voicemail: VOICEMAIL_SCRIPT_TEMPLATE,
} as const;

type Token =
  | { type: 'text'; raw: string }
  | { type: 'var' | 'open' | 'inverse' | 'close'; raw: string; key: BlankKey };

const TAG_RE = /\{\{\s*([#^/]?)\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

function tokenise(template: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of template.matchAll(TAG_RE)) {
    const index = m.index ?? 0;
    if (index > last) tokens.push({ type: 'text', raw: template.slice(last, index) });
    const sigil = m[1] ?? '';
    const key = m[2] ?? '';
    const raw = m[0];
    if (!isBlankKey(key)) {
      // Unknown names stay literal: they may be the student's own text.
      tokens.push({ type: 'text', raw });
    } else {
      const type = sigil === '#' ? 'open' : sigil === '^' ? 'inverse' : sigil === '/' ? 'close' : 'var';
      tokens.push({ type, raw, key });
    }
    last = index + raw.length;
  }
  if (last < template.length) tokens.push({ type: 'text', raw: template.slice(last) });
  return tokens;
}

/** Pair each section opener with its closer (innermost first); unpaired tags stay literal. */
function pairSections(tokens: Token[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  tokens.forEach((t, i) => {
    if (t.type === 'open' || t.type === 'inverse') {
      stack.push(i);
    } else if (t.type === 'close') {
      for (let s = stack.length - 1; s >= 0; s--) {
        const openerIndex = stack[s];
        const opener = openerIndex === undefined ? undefined : tokens[openerIndex];
        if (openerIndex !== undefined && opener && opener.type !== 'text' && opener.key === t.key) {
          pairs.set(openerIndex, i);
          // Openers above the match were never closed inside it: they stay literal.
          stack.length = s;
          break;
        }
      }
    }
  });
  return pairs;
}

/**
 * Fill a template. Values are trimmed and inserted exactly as typed: no HTML escaping (the
 * caller renders plain text) and never through String.replace, so "$&" or "{{field}}" in a
 * value is not interpreted. Empty blanks render as a marker and are reported in `missing`,
 * in SCRIPT_BLANKS order, each once.
 */
export function fillScript(template: string, blanks: ScriptBlanks): { text: string; missing: BlankKey[] } {
  const value = (key: BlankKey): string => (blanks[key] ?? '').trim();
  const tokens = tokenise(template);
  const pairs = pairSections(tokens);
  const missing = new Set<BlankKey>();

  const render = (from: number, to: number): string => {
    let out = '';
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (t === undefined) break;
      if (t.type === 'text') {
        out += t.raw;
      } else if (t.type === 'var') {
        const v = value(t.key);
        if (v.length > 0) {
          out += v;
        } else {
          missing.add(t.key);
          out += blankMarker(t.key);
        }
      } else if ((t.type === 'open' || t.type === 'inverse') && pairs.has(i)) {
        const close = pairs.get(i) ?? i;
        const has = value(t.key).length > 0;
        if (has === (t.type === 'open')) out += render(i + 1, close);
        i = close;
      } else {
        out += t.raw;
      }
    }
    return out;
  };

  const text = render(0, tokens.length);
  return { text, missing: SCRIPT_BLANKS.map((b) => b.key).filter((k) => missing.has(k)) };
}

/** The blanks a template refers to anywhere (variables or sections), in SCRIPT_BLANKS order. */
export function templateBlanks(template: string): BlankKey[] {
  const used = new Set<BlankKey>();
  for (const t of tokenise(template)) if (t.type !== 'text') used.add(t.key);
  return SCRIPT_BLANKS.map((b) => b.key).filter((k) => used.has(k));
}

/** The course and institution a new script starts from: the section's course at the institution. */
export function defaultCourseAndInstitution(section: { courseCode: string; title: string } | undefined, institution: string): string {
  const course = section ? `a career-related course (${section.courseCode} ${section.title})` : 'a career-related course';
  return `${course} at ${institution}`;
}

/**
 * The blanks for one contact, worded for a sentence: the occupation as "working as …", the
 * referrer named whenever one is known (a linked contact, or the person in "how found").
 */
export function contactBlanks(
  contact: {
    name: string;
    occupationTitle: string | null;
    jobTitle: string | null;
    referredBy: { name: string } | null;
    howFound: ContactSource;
    howFoundDetail: string | null;
  },
  own: { myName: string; courseAndInstitution: string; myPhone?: string },
): ScriptBlanks {
  return {
    contactName: contact.name,
    myName: own.myName,
    courseAndInstitution: own.courseAndInstitution,
    referrerName: referrerPhrase(contact),
    field: occupationPhrase(contact.occupationTitle ?? contact.jobTitle),
    myPhone: own.myPhone,
  };
}
