/**
 * Reflection assignments and the submissions that answer them: statuses, who moves a submission
 * from one to the next, and their labels. Dependency-free, so the schema, the SQL, server
 * actions and client components use the same lists.
 */

export const ASSIGNMENT_STATUSES = ['draft', 'published'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const ASSIGNMENT_STATUS_LABELS: Readonly<Record<AssignmentStatus, string>> = {
  draft: 'Draft',
  published: 'Published',
};

/**
 * A submission's life: a draft saved as the student types; submitted; returned for revision
 * (with comments) or marked reviewed by a counsellor; resubmitted after a return.
 * A personal reflection (no assignment) stays a draft: there is nobody to submit it to.
 */
export const SUBMISSION_STATUSES = ['draft', 'submitted', 'returned', 'resubmitted', 'reviewed'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** Waiting for a counsellor: the review queue holds exactly these. */
export const AWAITING_REVIEW_STATUSES = ['submitted', 'resubmitted'] as const satisfies readonly SubmissionStatus[];
/** The student may type: a draft, or work returned for revision. */
export const EDITABLE_SUBMISSION_STATUSES = ['draft', 'returned'] as const satisfies readonly SubmissionStatus[];

export function isAwaitingReview(status: SubmissionStatus): boolean {
  return (AWAITING_REVIEW_STATUSES as readonly string[]).includes(status);
}

export function isEditableSubmission(status: SubmissionStatus): boolean {
  return (EDITABLE_SUBMISSION_STATUSES as readonly string[]).includes(status);
}

export const SUBMISSION_STATUS_LABELS: Readonly<Record<SubmissionStatus, string>> = {
  draft: 'Draft',
  submitted: 'Submitted',
  returned: 'Returned for revision',
  resubmitted: 'Resubmitted',
  reviewed: 'Reviewed',
};

/** What a student's assignment list shows: "not started" is the absence of any answer. */
export const STUDENT_ASSIGNMENT_STATES = ['not-started', 'draft', 'submitted', 'returned', 'reviewed'] as const;
export type StudentAssignmentState = (typeof STUDENT_ASSIGNMENT_STATES)[number];

export const STUDENT_ASSIGNMENT_STATE_LABELS: Readonly<Record<StudentAssignmentState, string>> = {
  'not-started': 'Not started',
  draft: 'Draft',
  submitted: 'Submitted',
  returned: 'Returned for revision',
  reviewed: 'Reviewed',
};

export function studentAssignmentState(status: SubmissionStatus | null, answered: number): StudentAssignmentState {
  if (status === null || (status === 'draft' && answered === 0)) return 'not-started';
  if (status === 'resubmitted') return 'submitted';
  return status;
}

export const SUBMISSION_EVENTS = ['submit', 'return', 'review'] as const;
export type SubmissionEvent = (typeof SUBMISSION_EVENTS)[number];

/** The only moves there are; anything else is refused. */
export const SUBMISSION_TRANSITIONS: Readonly<Record<SubmissionEvent, Partial<Record<SubmissionStatus, SubmissionStatus>>>> = {
  submit: { draft: 'submitted', returned: 'resubmitted' },
  return: { submitted: 'returned', resubmitted: 'returned' },
  review: { submitted: 'reviewed', resubmitted: 'reviewed' },
};

/** The status after `event`, or null when the move is not allowed from `from`. */
export function nextSubmissionStatus(from: SubmissionStatus, event: SubmissionEvent): SubmissionStatus | null {
  return SUBMISSION_TRANSITIONS[event][from] ?? null;
}

/** What a reviewer decided about one submitted version. */
export const REVIEW_DECISIONS = ['returned', 'reviewed'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const NOTIFICATION_KINDS = ['submission-submitted', 'submission-resubmitted', 'submission-returned', 'submission-reviewed', 'grade-released'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The longest answer a student may write to one question. */
export const ANSWER_MAX = 10_000;

/** The form field holding a question's answer ("answer-12"), in the forms (client) and their validation (server) alike. */
export function answerField(questionId: number): string {
  return `answer-${questionId}`;
}

/** The question id behind an answer field's name, or null. */
export function questionIdOfField(field: string): number | null {
  const m = /^answer-([1-9]\d{0,9})$/.exec(field);
  return m ? Number(m[1]) : null;
}

/** The field an assignment's answer page keeps the interview it is about in (autosaved with the answers). */
export const INTERVIEW_FIELD = 'interviewId';

/** The longest comment a reviewer may write on one answer, or overall. */
export const COMMENT_MAX = 5_000;

/** The review form's field for the overall comment, and for the comment on one answer. */
export const OVERALL_COMMENT_FIELD = 'comment-overall';

export function commentField(questionId: number): string {
  return `comment-${questionId}`;
}
