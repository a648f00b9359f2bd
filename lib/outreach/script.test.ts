import { describe, it, expect } from 'vitest';
import {
  blankMarker,
  contactBlanks,
  defaultCourseAndInstitution,
  EMAIL_SCRIPT_TEMPLATE,
  fillScript,
  PHONE_SCRIPT_TEMPLATE,
  SCRIPT_BLANKS,
  SCRIPT_TEMPLATES,
  templateBlanks,
  TOO_BUSY_TEMPLATE,
  VOICEMAIL_SCRIPT_TEMPLATE,
  type ScriptBlanks,
} from './script';

const all: ScriptBlanks = {
  contactName: 'Ms. Dana Li',
  myName: 'Sam Patel',
  courseAndInstitution: 'a career-related course at Kwantlen Polytechnic University',
  referrerName: 'Dr. Chen',
  field: 'dental technology',
  myPhone: '604-555-0100',
};

describe('SCRIPT_BLANKS', () => {
  it('lists the five blanks and the optional phone, in order, with labels', () => {
    expect(SCRIPT_BLANKS.map((b) => b.key)).toEqual([
      'contactName',
      'myName',
      'courseAndInstitution',
      'referrerName',
      'field',
      'myPhone',
    ]);
    expect(SCRIPT_BLANKS[0].label).toBe("Contact's name");
  });

  it('derives visible markers from the labels', () => {
    expect(blankMarker('contactName')).toBe("[contact's name]");
    expect(blankMarker('field')).toBe('[field or occupation]');
  });
});

describe('PHONE_SCRIPT_TEMPLATE', () => {
  it('fills every blank with the referral sentence', () => {
    const { text, missing } = fillScript(PHONE_SCRIPT_TEMPLATE, all);
    expect(missing).toEqual([]);
    expect(text.startsWith(
      "Hello, Ms. Dana Li. My name is Sam Patel. I'm currently taking a career-related course at Kwantlen Polytechnic University. " +
        "Dr. Chen suggested that I call you because I'm interested in dental technology. I've already done some research",
    )).toBe(true);
    expect(text).toContain('help me to decide if dental technology is the right choice for me.');
    expect(text).toContain("I'm not looking for a job right now, just for information.");
    expect(text).toContain("That's great! What day and time would be best for you?");
    expect(text).not.toMatch(/\{\{|\}\}|\[/);
  });

  it('uses the no-referral wording when there is no referrer, without reporting it missing', () => {
    const { text, missing } = fillScript(PHONE_SCRIPT_TEMPLATE, { ...all, referrerName: '   ' });
    expect(missing).toEqual([]);
    expect(text).toContain("I'm calling you because I'm interested in dental technology.");
    expect(text).not.toContain('suggested that I call you');
    expect(text).not.toContain('[who referred me]');
  });

  it('marks missing blanks visibly and lists each once in SCRIPT_BLANKS order', () => {
    const { text, missing } = fillScript(PHONE_SCRIPT_TEMPLATE, { myName: 'Sam', contactName: '' });
    // field appears twice in the script but is reported once.
    expect(missing).toEqual(['contactName', 'courseAndInstitution', 'field']);
    expect(text).toContain("Hello, [contact's name]. My name is Sam.");
    expect(text).toContain('decide if [field or occupation] is the right choice');
    expect(text.split('[field or occupation]')).toHaveLength(3);
  });

  it('trims values but keeps apostrophes and accents untouched', () => {
    const { text } = fillScript(PHONE_SCRIPT_TEMPLATE, {
      ...all,
      contactName: "  Siobhán O'Brien-Nguyễn \n",
      referrerName: 'Zoë d\u2019Arcy',
    });
    expect(text).toContain("Hello, Siobhán O'Brien-Nguyễn. My name");
    expect(text).toContain('Zoë d\u2019Arcy suggested');
    expect(text).not.toContain('&#39;');
    expect(text).not.toContain('&amp;');
  });
});

describe('fillScript', () => {
  it('does not re-expand placeholders inside values', () => {
    const { text, missing } = fillScript('Hi {{contactName}}, about {{field}}.', {
      contactName: '{{field}}',
      field: '{{myName}}',
    });
    expect(text).toBe('Hi {{field}}, about {{myName}}.');
    expect(missing).toEqual([]);
  });

  it('does not interpret $-replacement patterns in values', () => {
    for (const v of ['$&', "$'", '$`', '$1', '$$', '$<name>']) {
      expect(fillScript('[{{myName}}]', { myName: v }).text).toBe(`[${v}]`);
    }
  });

  it('leaves HTML-like text alone (output is plain text)', () => {
    expect(fillScript('{{myName}}', { myName: '<b>Sam & Co</b>' }).text).toBe('<b>Sam & Co</b>');
  });

  it('leaves unknown placeholders and unknown sections as typed', () => {
    const t = 'Hello {{nickname}} {{#mood}}x{{/mood}} {{ myName }}';
    expect(fillScript(t, { myName: 'Sam' }).text).toBe('Hello {{nickname}} {{#mood}}x{{/mood}} Sam');
  });

  it('tolerates spaces inside braces', () => {
    expect(fillScript('{{ #referrerName }}by {{ referrerName }}{{ /referrerName }}', { referrerName: 'Jo' }).text).toBe('by Jo');
  });

  it('handles sections and inverse sections, including nesting', () => {
    const t = '{{#referrerName}}R={{referrerName}}{{#myPhone}} P={{myPhone}}{{/myPhone}}{{/referrerName}}{{^referrerName}}none{{/referrerName}}';
    expect(fillScript(t, { referrerName: 'Jo', myPhone: '1' }).text).toBe('R=Jo P=1');
    expect(fillScript(t, { referrerName: 'Jo' }).text).toBe('R=Jo');
    expect(fillScript(t, { myPhone: '1' }).text).toBe('none');
  });

  it('does not report a blank missing when it only appears inside a skipped section', () => {
    const t = '{{#referrerName}}{{field}}{{/referrerName}}';
    expect(fillScript(t, {})).toEqual({ text: '', missing: [] });
    expect(fillScript(t, { referrerName: 'Jo' })).toEqual({ text: '[field or occupation]', missing: ['field'] });
  });

  it('keeps unmatched section tags literally rather than dropping text', () => {
    expect(fillScript('a {{#referrerName}}b', { referrerName: 'x' }).text).toBe('a {{#referrerName}}b');
    expect(fillScript('a {{/referrerName}} b', {}).text).toBe('a {{/referrerName}} b');
    // Crossed sections: the outer pair wins, the inner opener stays literal.
    expect(fillScript('{{#myName}}A{{#field}}B{{/myName}}C{{/field}}', { myName: 'm', field: 'f' }).text).toBe(
      'A{{#field}}BC{{/field}}',
    );
  });

  it('returns the template unchanged when it has no tags', () => {
    expect(fillScript('Plain text.', all)).toEqual({ text: 'Plain text.', missing: [] });
    expect(fillScript('', all)).toEqual({ text: '', missing: [] });
  });
});

describe('other templates', () => {
  it('too-busy branch asks for someone else and permission to use the name', () => {
    const { text, missing } = fillScript(TOO_BUSY_TEMPLATE, {});
    expect(missing).toEqual([]);
    expect(text).toContain('Can you suggest someone else who does the same work who might be willing to talk to me?');
    expect(text).toContain('is it okay if I say that you suggested I call?');
  });

  it('e-mail has a subject, proposes 20–30 minutes, says it is not about a job and promises a call', () => {
    const { text, missing } = fillScript(EMAIL_SCRIPT_TEMPLATE, all);
    expect(missing).toEqual([]);
    const [subject, blank, greeting] = text.split('\n');
    expect(subject).toBe('Subject: Request for a 20–30 minute information interview about dental technology');
    expect(blank).toBe('');
    expect(greeting).toBe('Dear Ms. Dana Li,');
    expect(text).toContain('twenty to thirty minutes');
    expect(text).toContain("I'm not looking for a job, just for information");
    expect(text).toMatch(/give you a call in a few days to follow up/);
    expect(text).toContain('Dr. Chen suggested that I contact you');
    expect(text.endsWith('Sam Patel\n604-555-0100')).toBe(true);
  });

  it('e-mail without phone or referrer still reads whole', () => {
    const { text, missing } = fillScript(EMAIL_SCRIPT_TEMPLATE, { ...all, myPhone: '', referrerName: undefined });
    expect(missing).toEqual([]);
    expect(text).toContain("I'm writing to you because I'm interested in dental technology.");
    expect(text.endsWith('Thank you for considering it.\n\nSam Patel')).toBe(true);
  });

  it('voicemail requires the phone number and repeats it', () => {
    const filled = fillScript(VOICEMAIL_SCRIPT_TEMPLATE, all).text;
    expect(filled.split('604-555-0100')).toHaveLength(3);
    expect(fillScript(VOICEMAIL_SCRIPT_TEMPLATE, { ...all, myPhone: '' }).missing).toEqual(['myPhone']);
  });

  it('every template refers only to known blanks', () => {
    expect(templateBlanks(PHONE_SCRIPT_TEMPLATE)).toEqual(['contactName', 'myName', 'courseAndInstitution', 'referrerName', 'field']);
    expect(templateBlanks(TOO_BUSY_TEMPLATE)).toEqual([]);
    expect(templateBlanks(VOICEMAIL_SCRIPT_TEMPLATE)).toContain('myPhone');
    expect(templateBlanks('{{nope}} {{#field}}{{/field}}')).toEqual(['field']);
    for (const t of Object.values(SCRIPT_TEMPLATES)) {
      expect(fillScript(t, all).text).not.toMatch(/\{\{|\}\}/);
    }
  });
});

describe('a phone script for a contact, ready to read aloud', () => {
  type Contact = Parameters<typeof contactBlanks>[0];
  const contact: Contact = { name: 'Aiko Sato', occupationTitle: null, jobTitle: null, referredBy: null, howFound: 'other', howFoundDetail: null };
  const own = { myName: 'Sam Patel', courseAndInstitution: 'a career-related course (CAPS 1100 Career and Life Planning) at Kwantlen Polytechnic University' };
  const phone = (c: Partial<Contact>) => fillScript(PHONE_SCRIPT_TEMPLATE, contactBlanks({ ...contact, ...c }, own));

  it.each([
    ['Dental hygienist', 'working as a dental hygienist'],
    ['Electrician', 'working as an electrician'],
    ['HVAC Technician', 'working as an HVAC technician'],
    ['UX designer', 'working as a UX designer'],
    ['Nursing', 'working in nursing'],
    ['Social Workers', 'working as a social worker'],
  ])('reads as English for "%s"', (title, phrase) => {
    const { text, missing } = phone({ occupationTitle: title });
    expect(missing).toEqual([]);
    expect(text).toContain(`I'm calling you because I'm interested in ${phrase}.`);
    expect(text).toContain(`to decide if ${phrase} is the right choice for me.`);
    expect(text).not.toContain(`in ${title}`);
  });

  it('falls back to the job title, and marks the field when there is neither', () => {
    expect(phone({ jobTitle: 'Orthodontist' }).text).toContain('interested in working as an orthodontist.');
    expect(phone({}).missing).toEqual(['field']);
  });

  it('names the referrer written only in "how found"', () => {
    const { text } = phone({ occupationTitle: 'Dental hygienist', howFound: 'professional', howFoundDetail: 'my dentist, Dr. Patel' });
    expect(text).toContain("My dentist, Dr. Patel, suggested that I call you because I'm interested in working as a dental hygienist.");
    expect(text).not.toContain("I'm calling you because");
  });

  it('names a linked referrer over the detail', () => {
    expect(phone({ referredBy: { name: 'Sam Wong' }, howFound: 'referral', howFoundDetail: 'at the clinic' }).text).toContain('Sam Wong suggested that I call you');
  });

  it('says the course with the institution', () => {
    expect(phone({}).text).toContain("I'm currently taking a career-related course (CAPS 1100 Career and Life Planning) at Kwantlen Polytechnic University.");
    expect(defaultCourseAndInstitution({ courseCode: 'CAPS 1100', title: 'Career and Life Planning' }, 'Vancouver Community College')).toBe(
      'a career-related course (CAPS 1100 Career and Life Planning) at Vancouver Community College',
    );
    expect(defaultCourseAndInstitution(undefined, 'my college')).toBe('a career-related course at my college');
  });

  it('puts both of the contact\'s answers on the one sheet, "agrees" before "too busy"', () => {
    const { text } = phone({ occupationTitle: 'Chef' });
    const agree = text.indexOf('If they agree:\nThat\'s great! What day and time would be best for you?');
    const busy = text.indexOf('If they are too busy:\nOkay, I understand. Can you suggest someone else who does the same work who might be willing to talk to me?');
    const lead = text.indexOf('If they suggest someone:\nThanks so much for the lead.');
    expect(agree).toBeGreaterThan(0);
    expect(busy).toBeGreaterThan(agree);
    expect(lead).toBeGreaterThan(busy);
  });
});
