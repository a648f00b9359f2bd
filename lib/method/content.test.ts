import { describe, expect, it } from 'vitest';
import { GUIDE, THE_RULE, TIP_IDS, TIPS } from './content';

describe('the method’s content', () => {
  it('gives each guide part its own anchor, and each tip a part of the guide to link to', () => {
    const ids = GUIDE.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of TIP_IDS) expect(ids, `tip ${id}`).toContain(TIPS[id].guide);
  });

  it('teaches what issue 8 found missing, in the guide', () => {
    const text = JSON.stringify(GUIDE);
    for (const phrase of [
      THE_RULE,
      'The balance of control is in your favour.',
      'To obtain information.',
      'Less on you and more on them.',
      'People like to talk about themselves and their work.',
      'Try to avoid asking routine questions that are easily answered through online or book research.',
      'It is inappropriate to leave your resume unless they specifically ask for it.',
      'Be on time',
      'Dress as the people in that workplace dress',
      'twenty to thirty minutes',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
  });
});
