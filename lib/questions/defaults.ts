/**
 * The default question banks, copied word for word from the method text (the seed).
 * Staff may add their own questions beside these but the defaults are never deleted, so
 * their wording here is the canonical one. The only normalisation is the seed's double
 * space after a question mark, which would otherwise show as uneven spacing on screen.
 */

import type { InterviewQuestionCategory } from './vocabulary';

export type DefaultInterviewQuestion = {
  readonly number: number;
  readonly category: InterviewQuestionCategory;
  readonly text: string;
};

export type DefaultReflectionQuestion = {
  readonly number: number;
  readonly text: string;
};

export const DEFAULT_INTERVIEW_QUESTIONS: readonly DefaultInterviewQuestion[] = [
  { number: 1, category: 'day-and-work', text: 'What do you do in a typical day?' },
  { number: 2, category: 'day-and-work', text: 'What are the best and worst things about this occupation?' },
  {
    number: 3,
    category: 'day-and-work',
    text: 'What is the most rewarding thing about your work? What is the greatest source of pressure or strain?',
  },
  {
    number: 4,
    category: 'paths-and-training',
    text: 'How did you get to where you are today? How did you prepare yourself for this type of work?',
  },
  {
    number: 5,
    category: 'paths-and-training',
    text: 'What qualifications or type of training or educational background is required for this occupation?',
  },
  {
    number: 6,
    category: 'paths-and-training',
    text: 'Which training or educational programs are most recognized in this occupation?',
  },
  {
    number: 7,
    category: 'getting-in',
    text: 'What other steps, besides training or education, are helpful to get into this occupation?',
  },
  {
    number: 8,
    category: 'getting-in',
    text: 'What work experiences, volunteer work or hobbies would be helpful in gaining relevant experience to get a job in this field?',
  },
  // Personal qualities are what it takes to be taken on, hence "getting in".
  {
    number: 9,
    category: 'getting-in',
    text: 'What personal qualities or personality traits are important in this occupation?',
  },
  {
    number: 10,
    category: 'conditions-and-pay',
    text: 'What is the typical salary range? What is the typical starting salary? What is the maximum salary? What about benefits?',
  },
  {
    number: 11,
    category: 'outlook',
    text: 'What is the occupational outlook for people in this field? Will the demand likely increase, decrease or stay the same in the next five years?',
  },
  { number: 12, category: 'outlook', text: 'What role will changing technology play in this field?' },
  {
    number: 13,
    category: 'outlook',
    text: 'How is the job security in this field? Is there much turnover in this line of work?',
  },
  { number: 14, category: 'outlook', text: 'What are the opportunities for advancement?' },
  {
    number: 15,
    category: 'conditions-and-pay',
    text: 'What are the hours of work? Overtime? Weekends? Shifts? On-call? Travel? Seasonal?',
  },
  { number: 16, category: 'day-and-work', text: 'What kind of tools or equipment do you use most often?' },
  // The physical environment is a working condition (the reflection questions call it that).
  {
    number: 17,
    category: 'conditions-and-pay',
    text: 'What is the work environment like (i.e., temperature, indoor/outdoor, noise level, fumes/odours, chemicals, etc.)?',
  },
  // 18 and 19 describe the daily work setting, not advice from people, so they stay with the day.
  {
    number: 18,
    category: 'day-and-work',
    text: 'How much of your time do you spend working with others versus working alone?',
  },
  { number: 19, category: 'day-and-work', text: 'What type of people do you work with?' },
  {
    number: 20,
    category: 'getting-in',
    text: 'How are openings in this field generally filled (advertising or word-of-mouth)?',
  },
  { number: 21, category: 'people-and-advice', text: 'What other occupations are related to yours?' },
  {
    number: 22,
    category: 'people-and-advice',
    text: 'Do you have any other personal advice about how to get into this field?',
  },
  {
    number: 23,
    category: 'people-and-advice',
    text: 'In general, would you advise other people to enter your occupation? Why or why not?',
  },
  { number: 24, category: 'getting-in', text: 'What do you think my chances are of getting into this field?' },
  {
    number: 25,
    category: 'people-and-advice',
    text: 'Can you suggest anyone else working in your field that it might be helpful for me to speak with?',
  },
  {
    number: 26,
    category: 'people-and-advice',
    text: 'What questions do you think I should be asking you and haven\u2019t asked yet?',
  },
];

export const DEFAULT_REFLECTION_QUESTIONS: readonly DefaultReflectionQuestion[] = [
  {
    number: 1,
    text: 'Would this occupation be compatible with your interests, personality, values and skills, etc.? Why or why not?',
  },
  { number: 2, text: 'What aspects of this occupation would you particularly like?' },
  { number: 3, text: 'What aspects of this occupation would you particularly dislike?' },
  {
    number: 4,
    text: 'Could you handle the working conditions and/or atmosphere associated with this occupation (stress, overtime/shift/weekend work, distance, etc.)?',
  },
  {
    number: 5,
    text: 'What would you have to do to acquire the skills and training or education necessary for this occupation? Would you be willing to undertake that training or education?',
  },
  { number: 6, text: 'In this occupation, would you make enough money to meet your needs (and wants)?' },
  { number: 7, text: 'What are the advantages of this occupation for you?' },
  { number: 8, text: 'What are the disadvantages of this occupation for you?' },
  { number: 9, text: 'Would you consider this occupation? Why or why not?' },
  { number: 10, text: 'What was it like for you to set up and conduct this interview?' },
];
