/**
 * A first draft of the thank-you the seed insists on ("Always, always, always send a thank
 * you"): a short letter that names, in prose, what the student marked as particularly
 * interesting, which the seed says reinforces the sincerity of the approach. It never asks for
 * anything, and it never pastes the notes (they are the student's shorthand, not a letter).
 * Dependency-free and small: the browser builds it again as notes change. Each question's subject
 * ("your typical day") is looked up on the server (./thank-you-topics.ts) and handed in.
 */

import type { ThankYouChannel } from './vocabulary';

export type ThankYouLetterInput = {
  contactName: string;
  myName: string;
  /** The planned questions marked particularly interesting: as worded in the plan, and their subject when known. */
  interesting: readonly InterestingQuestion[];
  channel: ThankYouChannel;
};

export type ThankYouLetter = { subject: string; body: string };

/** A question marked interesting: its wording, and what it is about (null for the student's own). */
export type InterestingQuestion = { text: string; topic: string | null };

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** "a", "a and b", "a, b and c". */
export function joinInProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Trims, drops empties and case-insensitive duplicates (by wording), keeps the order. */
function distinct(items: readonly InterestingQuestion[]): InterestingQuestion[] {
  const seen = new Set<string>();
  const out: InterestingQuestion[] = [];
  for (const q of items) {
    const text = clean(q.text);
    const key = text.toLocaleLowerCase();
    if (text.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push({ text, topic: q.topic });
  }
  return out;
}

/**
 * What the letter says about the interesting questions: the seed's questions by their subject
 * ("hearing about your typical day and how you got to where you are today"), the student's own
 * quoted ("your answer to my question “…”").
 */
export function interestingSentences(questions: readonly InterestingQuestion[]): string[] {
  const topics: string[] = [];
  const own: string[] = [];
  for (const q of distinct(questions)) {
    if (q.topic) topics.push(q.topic);
    else own.push(`\u201c${q.text}\u201d`);
  }
  const sentences: string[] = [];
  if (topics.length) sentences.push(`I especially appreciated hearing about ${joinInProse(topics)}.`);
  if (own.length === 1) sentences.push(`Your answer to my question ${own[0]} has stayed with me.`);
  if (own.length > 1) sentences.push(`Your answers to my questions ${joinInProse(own)} have stayed with me.`);
  return sentences;
}

export function buildThankYouLetter(input: ThankYouLetterInput): ThankYouLetter {
  const contact = clean(input.contactName);
  const me = clean(input.myName);
  // A card has little room: at most three things named.
  const interesting = input.channel === 'card' ? distinct(input.interesting).slice(0, 3) : input.interesting;
  const named = interestingSentences(interesting);

  const paragraphs: string[] = [];
  paragraphs.push(contact.length > 0 ? `Dear ${contact},` : 'Hello,');
  paragraphs.push('Thank you so much for taking the time to talk with me about your work. I really appreciated how openly you shared your experience.');
  paragraphs.push(
    named.length
      ? `${named.join(' ')} Hearing it first-hand will help me decide whether this path is right for me.`
      : 'Hearing first-hand what the work is really like gave me information no website or book could, and it will help me decide whether this path is right for me.',
  );
  if (input.channel === 'both') paragraphs.push("A card is on its way as well, but I didn't want to wait to say thank you.");
  paragraphs.push('Thank you again for your time and your generosity.');
  paragraphs.push(`Warm regards,\n${me.length > 0 ? me : '[your name]'}`);
  return { subject: 'Thank you for our conversation', body: paragraphs.join('\n\n') };
}

/** A mailto: link that opens the letter in the student's own mail program, addressed when the e-mail is known. */
export function thankYouMailto(email: string | null, letter: ThankYouLetter): string {
  const to = email ? encodeURIComponent(email).replace(/%40/g, '@') : '';
  return `mailto:${to}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(letter.body)}`;
}
