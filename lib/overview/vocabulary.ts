/**
 * The section overview's words: the steps of the method a section's students move through, and
 * the columns its student table sorts by. Dependency-free (SQL, pages and components share it).
 */

/** The seed's method, in order: each step counts the students who have done it at least once. */
export const METHOD_STEPS = ['found-contact', 'reached-out', 'interviewed', 'thanked', 'reflected', 'reviewed'] as const;
export type MethodStep = (typeof METHOD_STEPS)[number];

export const METHOD_STEP_LABELS: Readonly<Record<MethodStep, string>> = {
  'found-contact': 'Found a contact',
  'reached-out': 'Reached out',
  interviewed: 'Interviewed',
  thanked: 'Thanked',
  reflected: 'Reflected',
  reviewed: 'Reviewed',
};

export const METHOD_STEP_HINTS: Readonly<Record<MethodStep, string>> = {
  'found-contact': 'has at least one contact',
  'reached-out': 'logged a call, e-mail or visit',
  interviewed: 'completed an interview',
  thanked: 'recorded a thank-you',
  reflected: 'submitted written answers or wrote a reflection',
  reviewed: 'had work in this section marked reviewed',
};

export const OVERVIEW_SORTS = ['name', 'interviews', 'overdue', 'missing', 'waiting', 'reviewed', 'activity'] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];

export const OVERVIEW_SORT_LABELS: Readonly<Record<OverviewSort, string>> = {
  name: 'Student',
  interviews: 'Interviews completed',
  overdue: 'Thank-yous overdue',
  missing: 'Reflections missing',
  waiting: 'Waiting for review',
  reviewed: 'Reviewed',
  activity: 'Last activity',
};

/** The direction a column sorts in when first clicked: names A→Z, counts and dates largest first. */
export const OVERVIEW_DEFAULT_DIRECTION: Readonly<Record<OverviewSort, 'asc' | 'desc'>> = {
  name: 'asc',
  interviews: 'desc',
  overdue: 'desc',
  missing: 'desc',
  waiting: 'desc',
  reviewed: 'desc',
  activity: 'desc',
};
