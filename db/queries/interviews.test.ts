import { describe, expect, it } from 'vitest';
import { nextActionsFor } from '@/lib/interviews/rules';
import { getDb } from '../client';
import { makeUser } from '../testing/factories';
import { insertContact, listContactInterviewsForViewer } from './contacts';
import { appendPlanQuestions, findInterviewForViewer, insertInterview, countInterviewsForViewer, listContactChoices, listInterviewsNeedingActionForViewer, listInterviewsForViewer, listPlanQuestionsForViewer, listInterviewReferralsForViewer, movePlanQuestion, removePlanQuestion, setPlanQuestionMustAsk, updateInterview } from './interviews';
import { listDefaultReflectionQuestions } from './questions';
import { ensurePersonalReflection, findPersonalReflectionForViewer, saveAnswers } from './submissions';
import type { Viewer } from './users';

const NOW = new Date('2026-10-05T18:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

function contactOf(viewer: Viewer, name = 'Dana Li'): number {
  return insertContact(getDb(), viewer, { name, howFound: 'friend' });
}

function interviewOf(viewer: Viewer, over: Partial<Parameters<typeof insertInterview>[2]> = {}): number {
  return insertInterview(getDb(), viewer, {
    contactId: over.contactId ?? contactOf(viewer),
    occupationId: null,
    status: 'scheduled',
    startsAt: new Date(NOW.getTime() + 3 * DAY),
    durationMinutes: 30,
    mode: 'in-person',
    location: '1 Main St',
    calendarUid: crypto.randomUUID(),
    ...over,
  });
}

describe('interview queries see only the viewer’s own', () => {
  it('another student, a counsellor and an admin get nothing of a student’s interview', () => {
    const owner = makeUser('student');
    const other = makeUser('student');
    const id = interviewOf(owner);
    appendPlanQuestions(getDb(), owner, id, [{ questionId: null, text: 'Q?' }]);
    insertContact(getDb(), owner, { name: 'Referred', howFound: 'referral', referredInInterviewId: id });
    writeReflection(owner, id, { [firstReflectionQuestion()]: 'Yes' });
    const contactId = findInterviewForViewer(owner, id)!.contactId;

    expect(findInterviewForViewer(owner, id)?.contactName).toBe('Dana Li');
    for (const viewer of [other, makeUser('counsellor'), makeUser('admin')]) {
      expect(findInterviewForViewer(viewer, id)).toBeNull();
      expect(listPlanQuestionsForViewer(viewer, id)).toEqual([]);
      expect(listInterviewReferralsForViewer(viewer, id)).toEqual([]);
      expect(listInterviewsForViewer(viewer, owner.id, { now: NOW }).items).toEqual([]);
      expect(listInterviewsNeedingActionForViewer(viewer, owner.id)).toEqual([]);
      expect(countInterviewsForViewer(viewer, owner.id)).toEqual({ completed: 0, thankYousSent: 0 });
      expect(listContactChoices(viewer).items).toEqual([]);
      expect(listContactInterviewsForViewer(viewer, contactId)).toEqual([]);
      expect(findPersonalReflectionForViewer(viewer, id)).toBeNull();
    }
  });

  it('writes with another viewer change nothing', () => {
    const owner = makeUser('student');
    const other = makeUser('student');
    const id = interviewOf(owner);
    appendPlanQuestions(getDb(), owner, id, [{ questionId: null, text: 'Q?' }]);
    const [q] = listPlanQuestionsForViewer(owner, id);
    updateInterview(getDb(), other, id, { status: 'cancelled' }, NOW);
    expect(setPlanQuestionMustAsk(getDb(), other, id, q.id, true)).toBe(false);
    expect(removePlanQuestion(getDb(), other, id, q.id)).toBe(false);
    expect(movePlanQuestion(getDb(), other, id, q.id, 'up')).toBe(false);
    expect(findInterviewForViewer(owner, id)?.status).toBe('scheduled');
    expect(listPlanQuestionsForViewer(owner, id)).toHaveLength(1);
  });
});

describe('the list', () => {
  it('puts upcoming first (soonest first), then undated, then the rest latest first; filters by status', () => {
    const s = makeUser('student');
    const later = interviewOf(s, { startsAt: new Date(NOW.getTime() + 5 * DAY) });
    const soon = interviewOf(s, { startsAt: new Date(NOW.getTime() + 1 * DAY) });
    const undated = interviewOf(s, { status: 'planned', startsAt: null });
    const past = interviewOf(s, { startsAt: new Date(NOW.getTime() - 5 * DAY) });
    const done = interviewOf(s, { startsAt: new Date(NOW.getTime() - 1 * DAY) });
    updateInterview(getDb(), s, done, { status: 'completed', completedAt: NOW }, NOW);
    expect(listInterviewsForViewer(s, s.id, { now: NOW }).items.map((i) => i.id)).toEqual([soon, later, undated, done, past]);
    expect(listInterviewsForViewer(s, s.id, { now: NOW, status: 'completed' }).items.map((i) => i.id)).toEqual([done]);
    expect(listInterviewsForViewer(s, s.id, { now: NOW }).total).toBe(5);
  });
});

describe('the question plan', () => {
  it('reorders by one place, keeps positions dense, and is stable at the ends', () => {
    const s = makeUser('student');
    const id = interviewOf(s);
    appendPlanQuestions(getDb(), s, id, ['A', 'B', 'C', 'D'].map((text) => ({ questionId: null, text })));
    const texts = () => listPlanQuestionsForViewer(s, id).map((q) => q.text);
    const idOf = (t: string) => listPlanQuestionsForViewer(s, id).find((q) => q.text === t)!.id;
    movePlanQuestion(getDb(), s, id, idOf('C'), 'up');
    expect(texts()).toEqual(['A', 'C', 'B', 'D']);
    movePlanQuestion(getDb(), s, id, idOf('A'), 'up');
    expect(texts()).toEqual(['A', 'C', 'B', 'D']);
    movePlanQuestion(getDb(), s, id, idOf('D'), 'down');
    expect(texts()).toEqual(['A', 'C', 'B', 'D']);
    removePlanQuestion(getDb(), s, id, idOf('C'));
    movePlanQuestion(getDb(), s, id, idOf('A'), 'down');
    expect(texts()).toEqual(['B', 'A', 'D']);
    expect(listPlanQuestionsForViewer(s, id).map((q) => q.position)).toEqual([1, 2, 3]);
    appendPlanQuestions(getDb(), s, id, [{ questionId: null, text: 'E' }]);
    expect(texts()).toEqual(['B', 'A', 'D', 'E']);
  });
});

describe('next actions input', () => {
  it('returns only rows that can produce an action, shaped for nextActionsFor', () => {
    const s = makeUser('student');
    const inAWeek = interviewOf(s, { startsAt: new Date(NOW.getTime() + 7 * DAY) });
    // Far ahead, or past its time and not marked completed: each still asks for something.
    const farAhead = interviewOf(s, { startsAt: new Date(NOW.getTime() + 20 * DAY) });
    const pastItsTime = interviewOf(s, { startsAt: new Date(NOW.getTime() - DAY) });
    const undated = interviewOf(s, { status: 'planned', startsAt: null });
    const cancelled = interviewOf(s);
    updateInterview(getDb(), s, cancelled, { status: 'cancelled' }, NOW);
    const owed = interviewOf(s, { startsAt: new Date(NOW.getTime() - 3 * DAY) });
    updateInterview(getDb(), s, owed, { status: 'completed', completedAt: new Date(NOW.getTime() - 3 * DAY) }, NOW);
    const settled = interviewOf(s, { startsAt: new Date(NOW.getTime() - 3 * DAY) });
    updateInterview(getDb(), s, settled, { status: 'completed', completedAt: new Date(NOW.getTime() - 3 * DAY), thankYouSentAt: NOW }, NOW);
    writeReflection(s, settled, Object.fromEntries(listDefaultReflectionQuestions().map((q) => [q.id, 'It suits me.'])));
    const emptyReflection = interviewOf(s, { startsAt: new Date(NOW.getTime() - 3 * DAY) });
    updateInterview(getDb(), s, emptyReflection, { status: 'completed', completedAt: NOW, thankYouSentAt: NOW }, NOW);
    writeReflection(s, emptyReflection, { [firstReflectionQuestion()]: '   ' });
    const partReflection = interviewOf(s, { startsAt: new Date(NOW.getTime() - 3 * DAY) });
    updateInterview(getDb(), s, partReflection, { status: 'completed', completedAt: NOW, thankYouSentAt: NOW }, NOW);
    const defaults = listDefaultReflectionQuestions();
    writeReflection(s, partReflection, Object.fromEntries(defaults.slice(0, 4).map((q) => [q.id, 'Yes.'])));

    const rows = listInterviewsNeedingActionForViewer(s, s.id);
    expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual([inAWeek, farAhead, pastItsTime, undated, owed, emptyReflection, partReflection].sort((a, b) => a - b));
    const o = rows.find((r) => r.id === owed)!;
    expect(o).toMatchObject({ contactName: 'Dana Li', status: 'completed', thankYouSentAt: null, hasReflection: false, checklist: {} });
    // Four of the questions answered is not a reflection done.
    expect(rows.find((r) => r.id === partReflection)).toMatchObject({ hasReflection: false, reflectionAnswered: 4, reflectionTotal: defaults.length });
    const actions = nextActionsFor({ interviews: rows, emailAttempts: [], contactsNeverReached: [] }, NOW);
    const kinds = actions.map((a) => a.kind);
    expect(kinds).toContain('thank-you-overdue');
    expect(kinds).toContain('prepare-interview');
    expect(kinds).toContain('interview-ahead');
    expect(kinds).toContain('record-interview');
    expect(kinds).toContain('set-interview-time');
    expect(kinds.filter((k) => k === 'reflect')).toHaveLength(3);
    expect(actions.find((a) => a.href === `/interviews/${partReflection}#reflection`)?.detail).toMatch(new RegExp(`^4 of ${defaults.length} answered\\. `));
    expect(countInterviewsForViewer(s, s.id)).toEqual({ completed: 4, thankYousSent: 3 });
  });
});

describe('reflections', () => {
  it('is done once every default question is answered, in the personal reflection or another submission about the interview', () => {
    const s = makeUser('student');
    const id = interviewOf(s);
    const qs = listDefaultReflectionQuestions().map((q) => q.id);
    writeReflection(s, id, { [qs[0]]: 'Yes', [qs[1]]: '' });
    expect(findPersonalReflectionForViewer(s, id)?.answers).toEqual({ [qs[0]]: 'Yes', [qs[1]]: '' });
    expect(findInterviewForViewer(s, id)?.hasReflection).toBe(false);
    writeReflection(s, id, Object.fromEntries(qs.map((q) => [q, `Answer ${q}`])));
    expect(findInterviewForViewer(s, id)?.hasReflection).toBe(true);
  });
});

function firstReflectionQuestion(): number {
  return listDefaultReflectionQuestions()[0].id;
}

/** Writes answers to a student's personal reflection as the action does (at whatever version it is). */
function writeReflection(s: Viewer, interviewId: number, answers: Record<number, string>): void {
  getDb().transaction((tx) => {
    const id = ensurePersonalReflection(tx, s, interviewId, NOW);
    const version = findPersonalReflectionForViewer(s, interviewId)?.version ?? 0;
    const r = saveAnswers(tx, s, id, version, Object.entries(answers).map(([q, text]) => ({ questionId: Number(q), text })), NOW);
    if (r.status !== 'saved') throw new Error(r.status);
  });
}
