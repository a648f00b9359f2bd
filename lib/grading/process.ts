/**
 * Process criteria: what the student's own records say about the interview a submission is
 * about. Each rule is met or not, with the reason in words the grader can check
 * ("thank-you sent 31 h after the interview"); the grader pre-selects the best level when it is
 * met and the lowest when not, and the instructor can change it.
 */
import { isChecklistComplete, thankYouSentInTime } from '@/lib/interviews/rules';
import { CHECKLIST_ITEMS, HOUR_MS, THANK_YOU_OVERDUE_AFTER_MS, type Checklist, type InterviewStatus } from '@/lib/interviews/vocabulary';
import type { ProcessRule } from './vocabulary';
import { plural } from '@/lib/text/counts';

export type ProcessFacts = {
  /** The interview the submission is about; null when it names none. */
  interview: {
    status: InterviewStatus;
    startsAt: Date | null;
    completedAt: Date | null;
    thankYouSentAt: Date | null;
    checklist: Checklist;
  } | null;
  /** Contacts recorded as referred in that interview. */
  referralsReceived: number;
  /** Planned questions written down before the interview started. */
  questionsPlannedBefore: number;
};

export type ProcessEvidence = { met: boolean; reason: string };


export function evaluateProcessRule(rule: ProcessRule, facts: ProcessFacts): ProcessEvidence {
  const i = facts.interview;
  if (!i) return { met: false, reason: 'The submission names no interview.' };
  switch (rule) {
    case 'held-interview':
      return i.status === 'completed'
        ? { met: true, reason: 'The interview is recorded as held.' }
        : { met: false, reason: `The interview is ${i.status}, not held.` };
    case 'thank-you-within-48h': {
      if (i.status !== 'completed' || !i.completedAt) return { met: false, reason: 'The interview is not recorded as held.' };
      if (!i.thankYouSentAt) return { met: false, reason: 'No thank-you is recorded.' };
      const hours = Math.floor((i.thankYouSentAt.getTime() - i.completedAt.getTime()) / HOUR_MS);
      const inTime = thankYouSentInTime(i) === true;
      const limit = THANK_YOU_OVERDUE_AFTER_MS / HOUR_MS;
      if (hours < 0) return { met: true, reason: 'Thank-you sent before the interview was marked held.' };
      return inTime
        ? { met: true, reason: `Thank-you sent ${hours} h after the interview (within ${limit} h).` }
        : { met: false, reason: `Thank-you sent ${hours} h after the interview (more than ${limit} h).` };
    }
    case 'referral-received':
      return facts.referralsReceived > 0
        ? { met: true, reason: `${plural(facts.referralsReceived, 'referral')} received in the interview.` }
        : { met: false, reason: 'No referral recorded from the interview.' };
    case 'prepared': {
      const done = CHECKLIST_ITEMS.filter((c) => i.checklist[c.key] === true).length;
      const complete = isChecklistComplete(i.checklist);
      const planned = facts.questionsPlannedBefore;
      const reason = `Checklist ${done} of ${CHECKLIST_ITEMS.length}; ${plural(planned, 'question')} planned before the interview.`;
      return { met: complete && planned > 0, reason };
    }
  }
}

/** The level the evidence supports: the best one when met, the lowest when not. */
export function suggestedLevelId(levels: ReadonlyArray<{ id: number; points: number }>, met: boolean): number | null {
  if (!levels.length) return null;
  const sorted = [...levels].sort((a, b) => a.points - b.points);
  return (met ? sorted[sorted.length - 1] : sorted[0]).id;
}
