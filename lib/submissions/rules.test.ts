import { describe, expect, it } from 'vitest';
import { answeredSummary, daysLate, effectiveDueAt, isClosedFor, isLate, resubmissionsLeft, submitRefusal, unansweredQuestionIds, type SubmitCheck } from './rules';
import { nextSubmissionStatus, studentAssignmentState, SUBMISSION_STATUSES, SUBMISSION_EVENTS } from './vocabulary';

const DUE = new Date('2026-12-04T23:59:00-08:00');
const at = (ms: number) => new Date(DUE.getTime() + ms);
const due = (o: Partial<{ closesAt: Date | null; extensionDueAt: Date | null }> = {}) => ({ dueAt: DUE, closesAt: null, extensionDueAt: null, ...o });

describe('due dates', () => {
  it('is on time at the exact due instant and late one millisecond after', () => {
    expect(isLate(DUE, due())).toBe(false);
    expect(isLate(at(1), due())).toBe(true);
    expect(isLate(at(-60_000), due())).toBe(false);
  });

  it('an extension moves the student’s own due instant, both ways', () => {
    const ext = at(2 * 86_400_000);
    expect(effectiveDueAt(due({ extensionDueAt: ext }))).toEqual(ext);
    expect(isLate(at(86_400_000), due({ extensionDueAt: ext }))).toBe(false);
    expect(isLate(ext, due({ extensionDueAt: ext }))).toBe(false);
    expect(isLate(new Date(ext.getTime() + 1), due({ extensionDueAt: ext }))).toBe(true);
    // An extension to an earlier date is still the date that counts for that student.
    expect(isLate(at(-1), due({ extensionDueAt: at(-2) }))).toBe(true);
  });

  it('closes after the closing instant, not at it; an extension past the close keeps it open for that student', () => {
    const closes = at(3 * 86_400_000);
    expect(isClosedFor(at(10 * 86_400_000), due())).toBe(false);
    expect(isClosedFor(closes, due({ closesAt: closes }))).toBe(false);
    expect(isClosedFor(new Date(closes.getTime() + 1), due({ closesAt: closes }))).toBe(true);
    const ext = at(5 * 86_400_000);
    expect(isClosedFor(at(4 * 86_400_000), due({ closesAt: closes, extensionDueAt: ext }))).toBe(false);
    expect(isClosedFor(new Date(ext.getTime() + 1), due({ closesAt: closes, extensionDueAt: ext }))).toBe(true);
  });

  it('counts days late rounding up', () => {
    expect(daysLate(DUE, due())).toBe(0);
    expect(daysLate(at(60_000), due())).toBe(1);
    expect(daysLate(at(86_400_000), due())).toBe(1);
    expect(daysLate(at(86_400_001), due())).toBe(2);
  });
});

describe('status transitions', () => {
  it('allows exactly the moves of the workflow', () => {
    const allowed = SUBMISSION_EVENTS.flatMap((e) => SUBMISSION_STATUSES.filter((s) => nextSubmissionStatus(s, e) !== null).map((s) => `${e}: ${s} → ${nextSubmissionStatus(s, e)}`));
    expect(allowed).toEqual([
      'submit: draft → submitted',
      'submit: returned → resubmitted',
      'return: submitted → returned',
      'return: resubmitted → returned',
      'review: submitted → reviewed',
      'review: resubmitted → reviewed',
    ]);
  });

  it('shows a student where each assignment stands', () => {
    expect(studentAssignmentState(null, 0)).toBe('not-started');
    expect(studentAssignmentState('draft', 0)).toBe('not-started');
    expect(studentAssignmentState('draft', 3)).toBe('draft');
    expect(studentAssignmentState('resubmitted', 10)).toBe('submitted');
    expect(studentAssignmentState('returned', 10)).toBe('returned');
    expect(studentAssignmentState('reviewed', 10)).toBe('reviewed');
  });
});

describe('submitting', () => {
  const base: SubmitCheck = { status: 'draft', attempt: 0, resubmissionsAllowed: 1, requiresInterview: false, interviewId: null, unanswered: 0, due: due() };
  const now = at(0);

  it('accepts a complete draft, late or not, until the assignment closes', () => {
    expect(submitRefusal(base, now)).toBeNull();
    expect(submitRefusal(base, at(30 * 86_400_000))).toBeNull();
    expect(submitRefusal({ ...base, due: due({ closesAt: at(1) }) }, at(2))).toBe('closed');
  });

  it('refuses unanswered questions, a missing interview, and moves that are not allowed', () => {
    expect(submitRefusal({ ...base, unanswered: 1 }, now)).toBe('unanswered');
    expect(submitRefusal({ ...base, requiresInterview: true }, now)).toBe('interview-required');
    expect(submitRefusal({ ...base, requiresInterview: true, interviewId: 7 }, now)).toBeNull();
    expect(submitRefusal({ ...base, status: 'submitted', attempt: 1 }, now)).toBe('not-allowed');
    expect(submitRefusal({ ...base, status: 'reviewed', attempt: 1 }, now)).toBe('not-allowed');
  });

  it('counts resubmissions after a return', () => {
    expect(resubmissionsLeft(1, 1)).toBe(1);
    expect(resubmissionsLeft(2, 1)).toBe(0);
    expect(resubmissionsLeft(0, 0)).toBe(0);
    expect(submitRefusal({ ...base, status: 'returned', attempt: 1 }, now)).toBeNull();
    expect(submitRefusal({ ...base, status: 'returned', attempt: 2 }, now)).toBe('no-resubmissions');
    expect(submitRefusal({ ...base, status: 'returned', attempt: 1, resubmissionsAllowed: 0 }, now)).toBe('no-resubmissions');
  });

  it('names the unanswered questions in order, blank text counting as unanswered', () => {
    expect(unansweredQuestionIds([3, 1, 2], { 1: 'yes', 2: '   ', 3: '' })).toEqual([3, 2]);
    expect(unansweredQuestionIds([1], new Map([[1, 'x']]))).toEqual([]);
    expect(answeredSummary(4, 10)).toBe('4 of 10 answered');
  });
});
