/**
 * The interview's words and windows: statuses, modes, the preparation checklist, thank-you
 * channels and the time windows the rules and the SQL both use. Dependency-free, so the schema,
 * queries, server actions and client components import the same lists.
 */

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

export const INTERVIEW_STATUSES = ['planned', 'scheduled', 'completed', 'cancelled'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

/** Not yet held and not called off. */
export const OPEN_INTERVIEW_STATUSES = ['planned', 'scheduled'] as const satisfies readonly InterviewStatus[];
export type OpenInterviewStatus = (typeof OPEN_INTERVIEW_STATUSES)[number];

export function isOpenInterviewStatus(status: InterviewStatus): status is OpenInterviewStatus {
  return (OPEN_INTERVIEW_STATUSES as readonly string[]).includes(status);
}

export const INTERVIEW_STATUS_LABELS: Readonly<Record<InterviewStatus, string>> = {
  planned: 'Planned',
  scheduled: 'Scheduled',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export function isInterviewStatus(value: string): value is InterviewStatus {
  return (INTERVIEW_STATUSES as readonly string[]).includes(value);
}

export const INTERVIEW_MODES = ['in-person', 'phone', 'video'] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];

export const INTERVIEW_MODE_LABELS: Readonly<Record<InterviewMode, string>> = {
  'in-person': 'In person',
  phone: 'Phone call',
  video: 'Video call',
};

export const THANK_YOU_CHANNELS = ['email', 'card', 'both'] as const;
export type ThankYouChannel = (typeof THANK_YOU_CHANNELS)[number];

export const THANK_YOU_CHANNEL_LABELS: Readonly<Record<ThankYouChannel, string>> = {
  email: 'E-mail',
  card: 'Card',
  both: 'E-mail and card',
};

/** Where a completed interview's thank-you stands (lib/interviews/rules.ts decides which). */
export const THANK_YOU_STATES = ['not-applicable', 'sent', 'due', 'overdue'] as const;
export type ThankYouState = (typeof THANK_YOU_STATES)[number];

export const THANK_YOU_STATE_LABELS: Readonly<Record<ThankYouState, string>> = {
  'not-applicable': '',
  sent: 'Thanked',
  due: 'Thank-you to send',
  overdue: 'Thank-you overdue',
};

/** The seed's preparation checklist, in the order a student works through it. */
export const CHECKLIST_ITEMS = [
  { key: 'research', label: "Research done \u2014 I know what I don't know" },
  { key: 'questions', label: 'Questions written down' },
  { key: 'penAndPaper', label: 'Pen and paper ready' },
  { key: 'scriptPractised', label: 'Script practised' },
  { key: 'confirmed', label: 'Appointment confirmed' },
] as const;

export type ChecklistKey = (typeof CHECKLIST_ITEMS)[number]['key'];
export const CHECKLIST_KEYS = CHECKLIST_ITEMS.map((i) => i.key) as [ChecklistKey, ...ChecklistKey[]];
export type Checklist = Partial<Record<ChecklistKey, boolean>>;

/** "Always send a thank-you": the seed's 48 hours; after that it is overdue everywhere. */
export const THANK_YOU_OVERDUE_AFTER_MS = 2 * DAY_MS;
/** How far ahead an unprepared interview starts to nag. */
export const PREPARATION_WINDOW_MS = 7 * DAY_MS;
/** The seed: ask for twenty to thirty minutes. */
export const DEFAULT_DURATION_MINUTES = 30;
