import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVIEW_QUESTIONS } from '../questions/defaults';
import { detectJobAsk } from '../outreach/job-ask';
import { buildThankYouLetter, interestingSentences, joinInProse, thankYouMailto, type InterestingQuestion, type ThankYouLetterInput } from './thank-you';
import { topicOf } from './thank-you-topics';

const text = (n: number) => DEFAULT_INTERVIEW_QUESTIONS.find((d) => d.number === n)!.text;
/** A planned question as the page hands it to the letter: its wording and subject. */
const as = (t: string): InterestingQuestion => ({ text: t, topic: topicOf(t) });
const q = (n: number) => as(text(n));
const base: ThankYouLetterInput = { contactName: 'Dana Li', myName: 'Sam Patel', interesting: [q(1), q(4)], channel: 'email' };

describe('buildThankYouLetter', () => {
  it('is a short letter that names what was particularly interesting in prose, not the questions pasted with notes', () => {
    const { subject, body } = buildThankYouLetter(base);
    expect(subject).toBe('Thank you for our conversation');
    const paragraphs = body.split('\n\n');
    expect(paragraphs[0]).toBe('Dear Dana Li,');
    expect(body).toContain('I especially appreciated hearing about your typical day and how you got to where you are today.');
    // No transcript: no question marks, no bullets, no "Subject:" line in the letter itself.
    expect(body).not.toMatch(/\?|^- |Subject:/m);
    expect(body.endsWith('Warm regards,\nSam Patel')).toBe(true);
    expect(paragraphs.length).toBeLessThanOrEqual(6);
  });

  it('quotes the student’s own questions, and lists three or more with commas and “and”', () => {
    const own = buildThankYouLetter({ ...base, interesting: [as('What does a night shift on the ward feel like?')] }).body;
    expect(own).toContain('Your answer to my question “What does a night shift on the ward feel like?” has stayed with me.');
    expect(own).not.toContain('especially appreciated');
    expect(interestingSentences([q(10), q(15), q(17), as('A?'), as('B?')])).toEqual([
      'I especially appreciated hearing about pay and benefits, the hours the work involves and your working environment.',
      'Your answers to my questions “A?” and “B?” have stayed with me.',
    ]);
    expect(joinInProse(['a'])).toBe('a');
  });

  it('names every one of the seed’s 26 questions by its subject (spacing and case aside); the student’s own have none', () => {
    expect(topicOf(`  ${text(1).toUpperCase()} `)).toBe('your typical day');
    expect(topicOf('What does on-call feel like?')).toBeNull();
    for (const d of DEFAULT_INTERVIEW_QUESTIONS) expect(interestingSentences([as(d.text)])[0]).toMatch(/^I especially appreciated hearing about [a-z]/);
  });

  it('says something sincere when nothing is marked, de-duplicates, and a card names at most three', () => {
    expect(buildThankYouLetter({ ...base, interesting: [] }).body).toContain('Hearing first-hand what the work is really like');
    expect(buildThankYouLetter({ ...base, interesting: [q(1), { ...q(1), text: ` ${text(1)} ` }] }).body).toContain('hearing about your typical day.');
    const card = buildThankYouLetter({ ...base, channel: 'card', interesting: [q(1), q(2), q(3), q(4)] }).body;
    expect(card).not.toContain('how you got to where you are today');
    expect(card).toContain('your typical day, the best and worst things about your occupation and what is most rewarding');
  });

  it('mentions the card for both, not otherwise; falls back without names', () => {
    expect(buildThankYouLetter({ ...base, channel: 'both' }).body).toContain('A card is on its way as well');
    expect(buildThankYouLetter(base).body).not.toContain('card');
    const body = buildThankYouLetter({ ...base, contactName: ' ', myName: '' }).body;
    expect(body.startsWith('Hello,')).toBe(true);
    expect(body.endsWith('[your name]')).toBe(true);
  });

  it.each(['email', 'card', 'both'] as const)('never asks for a job (%s)', (channel) => {
    for (const interesting of [[], DEFAULT_INTERVIEW_QUESTIONS.map((d) => as(d.text)), [as('Could I work for you one day?')]]) {
      const r = detectJobAsk(buildThankYouLetter({ ...base, channel, interesting: interesting.slice(0, 26) }).body.replace(/“[^”]*”/g, ''));
      expect(r.matches).toEqual([]);
    }
  });
});

describe('thankYouMailto', () => {
  it('addresses the contact when the e-mail is known, with subject and body encoded', () => {
    const href = thankYouMailto('dana.li@example.org', { subject: 'Thank you', body: 'Dear Dana & co,\n\nThanks' });
    expect(href).toBe('mailto:dana.li@example.org?subject=Thank%20you&body=Dear%20Dana%20%26%20co%2C%0A%0AThanks');
    expect(thankYouMailto(null, { subject: 'S', body: 'B' })).toBe('mailto:?subject=S&body=B');
  });
});
