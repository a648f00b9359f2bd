/**
 * A first draft of the thank-you the seed insists on ("Always, always, always send a
 * thank you"). It reiterates what the student marked as particularly interesting, which
 * the seed says reinforces the sincerity of the approach. It never asks for anything.
 */

import type { ThankYouChannel } from './vocabulary';

export type ThankYouDraftInput = {
  contactName: string;
  myName: string;
  occupation: string;
  highlights: string[];
  channel: ThankYouChannel;
};

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Trim, drop bullets the student typed, drop empties and case-insensitive duplicates. */
export function normaliseHighlights(highlights: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const h of highlights) {
    const text = clean(h.replace(/^\s*(?:[-*\u2022\u2023\u25e6]|\d+[.)])\s+/, ''));
    const key = text.toLocaleLowerCase();
    if (text.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

export function buildThankYouDraft(input: ThankYouDraftInput): string {
  const contact = clean(input.contactName);
  const me = clean(input.myName);
  const occupation = clean(input.occupation);
  const highlights = normaliseHighlights(input.highlights);
  // A card has little room, so it keeps at most three highlights.
  const shown = input.channel === 'card' ? highlights.slice(0, 3) : highlights;

  const about = occupation.length > 0 ? `${occupation} as a career` : 'your line of work';
  const paragraphs: string[] = [];

  paragraphs.push(contact.length > 0 ? `Dear ${contact},` : 'Hello,');
  paragraphs.push(
    `Thank you so much for taking the time to talk with me about your work. ` +
      `I learned a great deal about ${about}, and I really appreciated how openly you shared your experience.`,
  );

  if (shown.length === 0) {
    paragraphs.push(
      'Hearing first-hand what the work is really like gave me information no website or book could, ' +
        'and it will help me decide whether this path is right for me.',
    );
  } else if (shown.length === 1) {
    paragraphs.push(`I found one thing you said particularly interesting:\n- ${shown[0]}`);
  } else {
    paragraphs.push(
      `A few things you said that I found particularly interesting:\n${shown.map((h) => `- ${h}`).join('\n')}`,
    );
  }

  if (shown.length > 0) {
    paragraphs.push('All of this will help me decide whether this path is right for me.');
  }
  if (input.channel === 'both') {
    paragraphs.push("A card is on its way as well, but I didn't want to wait to say thank you.");
  }
  paragraphs.push('Thank you again for your time and your generosity.');
  paragraphs.push(`Warm regards,\n${me.length > 0 ? me : '[your name]'}`);

  const body = paragraphs.join('\n\n');
  if (input.channel === 'card') return body;
  const subject = occupation.length > 0 ? `Thank you for our conversation about ${occupation}` : 'Thank you for your time';
  return `Subject: ${subject}\n\n${body}`;
}
