import { describe, it, expect } from 'vitest';
import { DEFAULT_INTERVIEW_QUESTIONS, DEFAULT_REFLECTION_QUESTIONS } from './defaults';
import { INTERVIEW_QUESTION_CATEGORIES, interviewQuestionCategoryLabel } from './vocabulary';

// Copied verbatim from the seed's numbered lists (double spaces and all), so the test runs
// without the shared/ folder and still catches any drift in wording.
const SEED_INTERVIEW_QUESTIONS = [
  "What do you do in a typical day?",
  "What are the best and worst things about this occupation?",
  "What is the most rewarding thing about your work?  What is the greatest source of pressure or strain?",
  "How did you get to where you are today?  How did you prepare yourself for this type of work?",
  "What qualifications or type of training or educational background is required for this occupation?",
  "Which training or educational programs are most recognized in this occupation?",
  "What other steps, besides training or education, are helpful to get into this occupation?",
  "What work experiences, volunteer work or hobbies would be helpful in gaining relevant experience to get a job in this field?",
  "What personal qualities or personality traits are important in this occupation?",
  "What is the typical salary range?  What is the typical starting salary?  What is the maximum salary?  What about benefits?",
  "What is the occupational outlook for people in this field?  Will the demand likely increase, decrease or stay the same in the next five years?",
  "What role will changing technology play in this field?",
  "How is the job security in this field?  Is there much turnover in this line of work?",
  "What are the opportunities for advancement?",
  "What are the hours of work?  Overtime?  Weekends?  Shifts?  On-call?  Travel?  Seasonal?",
  "What kind of tools or equipment do you use most often?",
  "What is the work environment like (i.e., temperature, indoor/outdoor, noise level, fumes/odours, chemicals, etc.)?",
  "How much of your time do you spend working with others versus working alone?",
  "What type of people do you work with?",
  "How are openings in this field generally filled (advertising or word-of-mouth)?",
  "What other occupations are related to yours?",
  "Do you have any other personal advice about how to get into this field?",
  "In general, would you advise other people to enter your occupation?  Why or why not?",
  "What do you think my chances are of getting into this field?",
  "Can you suggest anyone else working in your field that it might be helpful for me to speak with?",
  "What questions do you think I should be asking you and haven’t asked yet?",
];

const SEED_REFLECTION_QUESTIONS = [
  "Would this occupation be compatible with your interests, personality, values and skills, etc.?  Why or why not?",
  "What aspects of this occupation would you particularly like?",
  "What aspects of this occupation would you particularly dislike?",
  "Could you handle the working conditions and/or atmosphere associated with this occupation (stress, overtime/shift/weekend work, distance, etc.)?",
  "What would you have to do to acquire the skills and training or education necessary for this occupation?  Would you be willing to undertake that training or education?",
  "In this occupation, would you make enough money to meet your needs (and wants)?",
  "What are the advantages of this occupation for you?",
  "What are the disadvantages of this occupation for you?",
  "Would you consider this occupation?  Why or why not?",
  "What was it like for you to set up and conduct this interview?",
];

// The one normalisation the module is allowed: runs of spaces after '?' become one space.
const normalise = (s: string): string => s.replace(/\? {2,}/g, '? ');

describe('INTERVIEW_QUESTION_CATEGORIES', () => {
  it('has the six categories in the agreed order', () => {
    expect(INTERVIEW_QUESTION_CATEGORIES.map((c) => c.key)).toEqual([
      'day-and-work',
      'paths-and-training',
      'getting-in',
      'conditions-and-pay',
      'outlook',
      'people-and-advice',
    ]);
    expect(INTERVIEW_QUESTION_CATEGORIES.map((c) => c.label)).toEqual([
      'The day and the work',
      'Paths and training',
      'Getting in',
      'Conditions and pay',
      'Outlook',
      'People and advice',
    ]);
  });

  it('maps keys to labels', () => {
    expect(interviewQuestionCategoryLabel('outlook')).toBe('Outlook');
    expect(interviewQuestionCategoryLabel('day-and-work')).toBe('The day and the work');
  });
});

describe('DEFAULT_INTERVIEW_QUESTIONS', () => {
  it('has 26 questions numbered 1..26 in order', () => {
    expect(DEFAULT_INTERVIEW_QUESTIONS).toHaveLength(26);
    expect(DEFAULT_INTERVIEW_QUESTIONS.map((q) => q.number)).toEqual(
      Array.from({ length: 26 }, (_, i) => i + 1),
    );
  });

  it('matches the seed word for word, after collapsing double spaces after "?"', () => {
    expect(SEED_INTERVIEW_QUESTIONS).toHaveLength(26);
    expect(DEFAULT_INTERVIEW_QUESTIONS.map((q) => q.text)).toEqual(SEED_INTERVIEW_QUESTIONS.map(normalise));
  });

  it('keeps exact punctuation, including the curly apostrophe in question 26', () => {
    expect(DEFAULT_INTERVIEW_QUESTIONS[25]?.text).toBe(
      'What questions do you think I should be asking you and haven\u2019t asked yet?',
    );
    expect(DEFAULT_INTERVIEW_QUESTIONS[14]?.text).toBe(
      'What are the hours of work? Overtime? Weekends? Shifts? On-call? Travel? Seasonal?',
    );
    expect(DEFAULT_INTERVIEW_QUESTIONS[16]?.text).toContain('(i.e., temperature, indoor/outdoor');
  });

  it('has no double spaces, no leading/trailing whitespace and ends every text with "?"', () => {
    for (const q of DEFAULT_INTERVIEW_QUESTIONS) {
      expect(q.text).not.toMatch(/ {2}/);
      expect(q.text).toBe(q.text.trim());
      expect(q.text.endsWith('?')).toBe(true);
    }
  });

  it('uses every category and only known ones', () => {
    const keys = new Set<string>(INTERVIEW_QUESTION_CATEGORIES.map((c) => c.key));
    const used = new Set(DEFAULT_INTERVIEW_QUESTIONS.map((q) => q.category));
    for (const c of used) expect(keys.has(c)).toBe(true);
    expect(used.size).toBe(keys.size);
  });

  it('puts the telling questions where a student would look for them', () => {
    const cat = (n: number): string | undefined => DEFAULT_INTERVIEW_QUESTIONS[n - 1]?.category;
    expect(cat(1)).toBe('day-and-work');
    expect(cat(4)).toBe('paths-and-training');
    expect(cat(5)).toBe('paths-and-training');
    expect(cat(7)).toBe('getting-in');
    expect(cat(10)).toBe('conditions-and-pay');
    expect(cat(15)).toBe('conditions-and-pay');
    expect(cat(11)).toBe('outlook');
    expect(cat(12)).toBe('outlook');
    expect(cat(13)).toBe('outlook');
    expect(cat(14)).toBe('outlook');
    expect(cat(20)).toBe('getting-in');
    expect(cat(24)).toBe('getting-in');
    expect(cat(21)).toBe('people-and-advice');
    expect(cat(25)).toBe('people-and-advice');
    expect(cat(26)).toBe('people-and-advice');
  });

  it('has unique texts', () => {
    expect(new Set(DEFAULT_INTERVIEW_QUESTIONS.map((q) => q.text)).size).toBe(26);
  });
});

describe('DEFAULT_REFLECTION_QUESTIONS', () => {
  it('has 10 questions numbered 1..10', () => {
    expect(DEFAULT_REFLECTION_QUESTIONS).toHaveLength(10);
    expect(DEFAULT_REFLECTION_QUESTIONS.map((q) => q.number)).toEqual(
      Array.from({ length: 10 }, (_, i) => i + 1),
    );
  });

  it('matches the seed word for word, after collapsing double spaces after "?"', () => {
    expect(SEED_REFLECTION_QUESTIONS).toHaveLength(10);
    expect(DEFAULT_REFLECTION_QUESTIONS.map((q) => q.text)).toEqual(SEED_REFLECTION_QUESTIONS.map(normalise));
  });

  it('ends with the question about setting up and conducting the interview', () => {
    expect(DEFAULT_REFLECTION_QUESTIONS[9]?.text).toBe(
      'What was it like for you to set up and conduct this interview?',
    );
    expect(DEFAULT_REFLECTION_QUESTIONS[0]?.text).toBe(
      'Would this occupation be compatible with your interests, personality, values and skills, etc.? Why or why not?',
    );
  });
});
