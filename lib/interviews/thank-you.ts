/**
 * A first draft of the thank-you the seed insists on ("Always, always, always send a thank
 * you"): a short letter that names, in prose, what the student marked as particularly
 * interesting, which the seed says reinforces the sincerity of the approach. It never asks for
 * anything, and it never pastes the notes (they are the student's shorthand, not a letter).
 * Dependency-free: the page builds it on the server and again in the browser as notes change.
 */

import { DEFAULT_INTERVIEW_QUESTIONS } from '../questions/defaults';
import type { ThankYouChannel } from './vocabulary';

export type ThankYouLetterInput = {
  contactName: string;
  myName: string;
  /** The planned questions marked particularly interesting, as worded in the plan. */
  interesting: readonly string[];
  channel: ThankYouChannel;
};

export type ThankYouLetter = { subject: string; body: string };

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** How the letter names each default question's subject, after "hearing about …". */
const TOPICS: Readonly<Record<number, string>> = {
  1: 'your typical day',
  2: 'the best and worst things about your occupation',
  3: 'what is most rewarding in your work, and what is hardest',
  4: 'how you got to where you are today',
  5: 'the training and qualifications the work calls for',
  6: 'which programs are most respected in your field',
  7: 'the steps besides training that help people get in',
  8: 'the kinds of experience and volunteer work that help',
  9: 'the personal qualities the work calls for',
  10: 'pay and benefits',
  11: 'where your field is heading',
  12: 'how technology is changing your field',
  13: 'job security in your field',
  14: 'the opportunities for advancement',
  15: 'the hours the work involves',
  16: 'the tools and equipment you use',
  17: 'your working environment',
  18: 'how your time is shared between working with others and working alone',
  19: 'the people you work with',
  20: 'how newcomers get their start in your field',
  21: 'the occupations related to yours',
  22: 'your advice on getting into the field',
  23: 'whether you would advise others to enter your occupation',
  24: 'my chances of getting into the field',
  25: 'the people you suggested I speak with',
  26: 'the questions you thought I should be asking',
};

const topicByText = new Map(DEFAULT_INTERVIEW_QUESTIONS.map((q) => [clean(q.text).toLocaleLowerCase(), TOPICS[q.number]]));

/** "a", "a and b", "a, b and c". */
export function joinInProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Trims, drops empties and case-insensitive duplicates, keeps the order. */
function distinct(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.map(clean).filter((t) => t.length > 0 && !seen.has(t.toLocaleLowerCase()) && (seen.add(t.toLocaleLowerCase()), true));
}

/**
 * What the letter says about the interesting questions: the seed's questions by their subject
 * ("hearing about your typical day and how you got to where you are today"), the student's own
 * quoted ("your answer to my question “…”").
 */
export function interestingSentences(questions: readonly string[]): string[] {
  const topics: string[] = [];
  const own: string[] = [];
  for (const q of distinct(questions)) {
    const topic = topicByText.get(q.toLocaleLowerCase());
    if (topic) topics.push(topic);
    else own.push(`\u201c${q}\u201d`);
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
