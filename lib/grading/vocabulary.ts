/**
 * Grading's words: process criteria that the student's own records can score, grade states,
 * and the limits of the late policy. Dependency-free.
 */

/**
 * A rubric criterion may be scored from what the student did, not only what they wrote. Each
 * rule looks at the interview a submission is about.
 */
export const PROCESS_RULES = ['held-interview', 'thank-you-within-48h', 'referral-received', 'prepared'] as const;
export type ProcessRule = (typeof PROCESS_RULES)[number];

export const PROCESS_RULE_LABELS: Readonly<Record<ProcessRule, string>> = {
  'held-interview': 'Held the interview',
  'thank-you-within-48h': 'Sent a thank-you within 48 hours',
  'referral-received': 'Asked for and received a referral',
  prepared: 'Prepared (checklist complete, questions planned before the interview)',
};

export const GRADE_STATUSES = ['draft', 'released'] as const;
export type GradeStatus = (typeof GRADE_STATUSES)[number];

export const GRADE_STATUS_LABELS: Readonly<Record<GradeStatus, string>> = {
  draft: 'Draft (not released)',
  released: 'Released',
};
