/** The question banks and the seed's interview-question categories. Dependency-free. */

export const QUESTION_BANKS = ['interview', 'reflection'] as const;
export type QuestionBank = (typeof QUESTION_BANKS)[number];

export const QUESTION_BANK_LABELS: Readonly<Record<QuestionBank, string>> = {
  interview: 'Interview questions',
  reflection: 'Reflection questions',
};

export const INTERVIEW_QUESTION_CATEGORIES = [
  { key: 'day-and-work', label: 'The day and the work' },
  { key: 'paths-and-training', label: 'Paths and training' },
  { key: 'getting-in', label: 'Getting in' },
  { key: 'conditions-and-pay', label: 'Conditions and pay' },
  { key: 'outlook', label: 'Outlook' },
  { key: 'people-and-advice', label: 'People and advice' },
] as const;

export type InterviewQuestionCategory = (typeof INTERVIEW_QUESTION_CATEGORIES)[number]['key'];

/** The category of a question someone wrote for themselves (a student's own, or staff's). */
export const OWN_QUESTION_CATEGORY = 'own';
export const OWN_QUESTION_CATEGORY_LABEL = 'My own questions';

export function interviewQuestionCategoryLabel(key: string): string {
  return INTERVIEW_QUESTION_CATEGORIES.find((c) => c.key === key)?.label ?? OWN_QUESTION_CATEGORY_LABEL;
}
