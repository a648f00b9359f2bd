import { describe, it, expect } from 'vitest';
import { detectJobAsk } from './job-ask';
import { fillScript, SCRIPT_TEMPLATES } from './script';
import { DEFAULT_INTERVIEW_QUESTIONS, DEFAULT_REFLECTION_QUESTIONS } from '../questions/defaults';

// The seed's own phone script, verbatim (blanks and all): it must never be flagged.
const SEED_PHONE_SCRIPT =
  "Hello, _________.  My name is _________.  I'm currently taking a career-related course at Kwantlen Polytechnic University.  _________ suggested that I call you because I'm interested in _________.  I've already done some research, but I still have a lot of questions.  I would really appreciate talking to someone who is actually working in this field, because it would help me to decide if _________ is the right choice for me.  Could you spare twenty minutes to half an hour some day so that I could come down and talk to you about your line of work?  I'm not looking for a job right now, just for information.";

describe('detectJobAsk: flags asks', () => {
  it.each([
    ['Could you look at my resume?', 'resume', 'my resume'],
    ['Are you hiring?', 'openings', 'Are you hiring'],
    ['Do you have any openings?', 'openings', 'Do you have any openings'],
    ["I'd love to work for you", 'job', 'love to work for you'],
    ['Can I send you my CV?', 'resume', 'CV'],
    ['Hi, is there a job available at your clinic?', 'openings', 'is there a job available'],
    ['We could meet. A job available soon?', 'job', 'A job available'],
    ['I have attached my résumé for your reference.', 'resume', 'my résumé'],
    ['RÉSUMÉ attached', 'resume', 'RÉSUMÉ attached'],
    ['Voici mon résumé', 'resume', 'résumé'],
    ['Please find my Curriculum Vitae enclosed.', 'resume', 'Curriculum Vitae'],
    ['Would you consider hiring me? Please hire me!', 'job', 'hire me'],
    ['Could you give me a job?', 'job', 'give me a job'],
    ["I'm looking for a part-time position.", 'job', 'looking for a part-time position'],
    ['Are there any vacancies on your team?', 'openings', 'Are there any vacancies'],
    ['Does your company have any internships?', 'openings', 'Does your company have any internships'],
    ['Any summer internship openings?', 'openings', 'Any summer internship openings'],
    ['Is your firm currently hiring?', 'openings', 'Is your firm currently hiring'],
    ['I would be keen to join your team.', 'job', 'keen to join your team'],
    ['Resume attached.', 'resume', 'Resume attached'],
    ['Could you put in a good word for me?', 'job', 'put in a good word'],
    ['I’m asking you for a job.', 'job', 'asking you for a job'],
  ] as const)('%s', (text, reason, phrase) => {
    const result = detectJobAsk(text);
    expect(result.flagged).toBe(true);
    expect(result.matches).toContainEqual({ phrase, reason });
  });

  it('reports several distinct matches in order, without overlaps', () => {
    const r = detectJobAsk('Do you have any openings? Can I send my CV? Are you hiring?');
    expect(r.matches.map((m) => m.reason)).toEqual(['openings', 'resume', 'openings']);
  });

  it('is not fooled by an earlier negation in another clause', () => {
    expect(detectJobAsk("I don't want to take much of your time, but could you look at my resume?").flagged).toBe(true);
    expect(detectJobAsk("I'm not in a hurry. Are you hiring?").flagged).toBe(true);
    expect(detectJobAsk('No pressure: do you have any openings?').flagged).toBe(true);
  });

  it('finds an accented resume written with combining marks and reports it as typed', () => {
    const decomposed = 'my re\u0301sume\u0301';
    const r = detectJobAsk(`Here is ${decomposed}.`);
    expect(r.matches).toEqual([{ phrase: decomposed, reason: 'resume' }]);
  });
});

describe('detectJobAsk: does not flag information-seeking or negated text', () => {
  it.each([
    SEED_PHONE_SCRIPT,
    "I'm not looking for a job right now, just for information.",
    'I am not asking for a job.',
    "I'm not looking for work, only advice.",
    "I won't bring a resume.",
    'I will not be bringing my CV, and I am never going to ask you to hire me.',
    'I want to learn what the job is like.',
    'How are openings in this field generally filled (advertising or word-of-mouth)?',
    'What work experiences, volunteer work or hobbies would be helpful in gaining relevant experience to get a job in this field?',
    'I picked up a prescription at CVS Pharmacy on the way.',
    'He was jobless for a year before retraining.',
    "Let's resume our conversation next week; I will resume my studies in May.",
    "I'd love to work in this field one day.",
    "I'm looking for work experience ideas and a role model.",
    'What type of people do you work with?',
    'What are the opportunities for advancement?',
    'Thank you for the opening remarks at the career fair.',
    "I'd love the chance to join you for a coffee near your office.",
    '',
  ])('%s', (text) => {
    const r = detectJobAsk(text);
    expect(r.matches).toEqual([]);
    expect(r.flagged).toBe(false);
  });

  it('does not flag any default template, filled or empty', () => {
    const blanks = {
      contactName: 'Dana Li',
      myName: 'Sam Patel',
      courseAndInstitution: 'a career-related course at Kwantlen Polytechnic University',
      referrerName: 'Dr. Chen',
      field: 'dental technology',
      myPhone: '604-555-0100',
    };
    for (const template of Object.values(SCRIPT_TEMPLATES)) {
      expect(detectJobAsk(template).flagged).toBe(false);
      expect(detectJobAsk(fillScript(template, blanks).text).flagged).toBe(false);
      expect(detectJobAsk(fillScript(template, {}).text).flagged).toBe(false);
    }
  });

  it('does not flag any of the default interview or reflection questions', () => {
    for (const q of [...DEFAULT_INTERVIEW_QUESTIONS, ...DEFAULT_REFLECTION_QUESTIONS]) {
      expect({ text: q.text, matches: detectJobAsk(q.text).matches }).toEqual({ text: q.text, matches: [] });
    }
  });

  it('still flags an ask appended to an otherwise clean script', () => {
    const r = detectJobAsk(`${SEED_PHONE_SCRIPT} Also, are you hiring?`);
    expect(r.flagged).toBe(true);
    expect(r.matches).toEqual([{ phrase: 'are you hiring', reason: 'openings' }]);
  });
});

describe('detectJobAsk: asks that slipped past before', () => {
  it.each([
    ['I want a job at VCC.', 'I want a job', 'job'],
    ['Could I work for you as an intern?', 'I work for you as an intern', 'job'],
    ['Would it be possible for me to work for you as an intern next term?', 'me to work for you as an intern', 'job'],
    ['I really want a summer job with your company.', 'I really want a summer job', 'job'],
    ['I need an internship for my program.', 'I need an internship', 'job'],
    ["I'm hoping to land a position at your firm.", "I'm hoping to land a position", 'job'],
    ['Can I come and work for you?', 'I come and work for you', 'job'],
    ['Could I intern at your clinic?', 'I intern at your', 'openings'],
    ['Do you need an intern?', 'Do you need an intern', 'openings'],
    ['Are you looking for a summer student?', 'Are you looking for a summer student', 'openings'],
  ] as const)('%s', (text, phrase, reason) => {
    expect(detectJobAsk(text).matches).toEqual([{ phrase, reason }]);
  });

  it.each([
    "I'm not looking for a job, just for information.",
    "I don't want a job, just twenty minutes of your time.",
    'What do you like most about your job?',
    'How did you get your first job in this field?',
    'What is it like to work for your organisation?',
    'Did you work as an intern before you were hired?',
    'I worked as an intern at a clinic last year.',
    'When you were an intern, what did you learn?',
    'I want to learn about the work you do.',
    'I want information about working as a nurse.',
    'I would like a job like yours one day.',
  ])('leaves alone: %s', (text) => {
    expect(detectJobAsk(text).matches).toEqual([]);
  });
});
