/**
 * What each of the seed's 26 questions is about, as the thank-you letter names it after "hearing
 * about …". Kept apart from ./thank-you.ts so the question texts stay on the server: the page
 * looks each planned question up and hands the browser only the subjects.
 */

import { DEFAULT_INTERVIEW_QUESTIONS } from '../questions/defaults';

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

const TOPIC_BY_TEXT = new Map(DEFAULT_INTERVIEW_QUESTIONS.map((q) => [q.text.replace(/\s+/g, ' ').trim().toLocaleLowerCase(), TOPICS[q.number]]));

/** The subject of a planned question worded as one of the seed's, or null (the student's own). */
export function topicOf(questionText: string): string | null {
  return TOPIC_BY_TEXT.get(questionText.replace(/\s+/g, ' ').trim().toLocaleLowerCase()) ?? null;
}
