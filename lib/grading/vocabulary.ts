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

/** Grader filters: who is waiting, who is done, who handed in late. */
export const GRADER_FILTERS = ['all', 'ungraded', 'graded', 'late'] as const;
export type GraderFilter = (typeof GRADER_FILTERS)[number];

export const GRADER_FILTER_LABELS: Readonly<Record<GraderFilter, string>> = {
  all: 'Everyone',
  ungraded: 'Ungraded',
  graded: 'Graded',
  late: 'Late',
};

/** Gradebook orders. */
export const GRADEBOOK_SORTS = ['name', 'total'] as const;
export type GradebookSort = (typeof GRADEBOOK_SORTS)[number];

/** Grade audit actions. */
export const GRADE_AUDIT_ACTIONS = ['saved', 'released'] as const;
export type GradeAuditAction = (typeof GRADE_AUDIT_ACTIONS)[number];

export const GRADE_AUDIT_ACTION_LABELS: Readonly<Record<GradeAuditAction, string>> = {
  saved: 'Saved',
  released: 'Released',
};

/** Canvas ignores gradebook columns whose titles contain these words (case-insensitive). */
export const CANVAS_RESERVED_WORDS = ['Current', 'Final', 'Override', 'Score', 'Points', 'Grade'] as const;

/** The distribution chart's bands, as percentages of points possible (the last one takes extra credit too). */
export const DISTRIBUTION_BANDS = [0, 50, 60, 70, 80, 90] as const;

/** Roster import: what a row will do, and the longest file taken. */
export const ROSTER_ACTIONS = ['create', 'update', 'skip'] as const;
export type RosterAction = (typeof ROSTER_ACTIONS)[number];
export const ROSTER_ACTION_LABELS: Readonly<Record<RosterAction, string>> = {
  create: 'New account',
  update: 'Enrol existing account',
  skip: 'Skipped',
};
export const ROSTER_MAX_ROWS = 5000;
/** Rows sent to the server at a time while importing, so the page can show progress. */
export const ROSTER_BATCH_SIZE = 250;

/** Longest feedback and override reason. */
export const FEEDBACK_MAX = 10_000;
export const OVERRIDE_REASON_MAX = 500;
