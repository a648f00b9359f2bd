import { describe, it, expect } from 'vitest';
import { buildThankYouDraft, normaliseHighlights, type ThankYouDraftInput } from './thank-you';
import { detectJobAsk } from '../outreach/job-ask';

const base: ThankYouDraftInput = {
  contactName: 'Dana Li',
  myName: 'Sam Patel',
  occupation: 'dental technology',
  highlights: ['how openings are mostly filled by word of mouth', 'the precision work on crowns'],
  channel: 'email',
};

describe('buildThankYouDraft', () => {
  it('writes an e-mail with a subject, greeting, the highlights as bullets, and a signature', () => {
    const text = buildThankYouDraft(base);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Subject: Thank you for our conversation about dental technology');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('Dear Dana Li,');
    expect(text).toContain('about dental technology as a career');
    expect(text).toContain(
      'A few things you said that I found particularly interesting:\n- how openings are mostly filled by word of mouth\n- the precision work on crowns',
    );
    expect(text.endsWith('Warm regards,\nSam Patel')).toBe(true);
  });

  it('uses a generic line when there are no highlights', () => {
    const text = buildThankYouDraft({ ...base, highlights: ['', '   '] });
    expect(text).not.toContain('particularly interesting');
    expect(text).toContain('Hearing first-hand what the work is really like');
  });

  it('words a single highlight in the singular', () => {
    const text = buildThankYouDraft({ ...base, highlights: ['the night shifts'] });
    expect(text).toContain('I found one thing you said particularly interesting:\n- the night shifts');
  });

  it('card: no subject line and at most three highlights', () => {
    const text = buildThankYouDraft({ ...base, channel: 'card', highlights: ['one', 'two', 'three', 'four'] });
    expect(text.startsWith('Dear Dana Li,')).toBe(true);
    expect(text).not.toContain('Subject:');
    expect(text).toContain('- three');
    expect(text).not.toContain('- four');
  });

  it('both: the e-mail mentions the card on its way', () => {
    const text = buildThankYouDraft({ ...base, channel: 'both' });
    expect(text.startsWith('Subject:')).toBe(true);
    expect(text).toContain('A card is on its way as well');
    expect(buildThankYouDraft(base)).not.toContain('card');
  });

  it('copes with blank names and occupation', () => {
    const text = buildThankYouDraft({ ...base, contactName: ' ', myName: '', occupation: '  ' });
    expect(text).toContain('Subject: Thank you for your time');
    expect(text).toContain('\n\nHello,\n\n');
    expect(text).toContain('about your line of work');
    expect(text.endsWith('Warm regards,\n[your name]')).toBe(true);
  });

  it('keeps accents and apostrophes as typed', () => {
    const text = buildThankYouDraft({ ...base, contactName: "Siobhán O'Brien-Nguyễn", highlights: ['the café’s night shift'] });
    expect(text).toContain("Dear Siobhán O'Brien-Nguyễn,");
    expect(text).toContain('- the café’s night shift');
  });

  it.each(['email', 'card', 'both'] as const)('never asks for a job (%s)', (channel) => {
    for (const highlights of [[], base.highlights, ['the outlook for the next five years']]) {
      const r = detectJobAsk(buildThankYouDraft({ ...base, channel, highlights }));
      expect(r.matches).toEqual([]);
      expect(r.flagged).toBe(false);
    }
  });
});

describe('normaliseHighlights', () => {
  it('strips typed bullets and numbering, collapses spaces and de-duplicates case-insensitively', () => {
    expect(normaliseHighlights(['- a  point', '• A point', '2) second\nline', '  ', '*third', '* third'])).toEqual([
      'a point',
      'second line',
      '*third',
      'third',
    ]);
  });
});
