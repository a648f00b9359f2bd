import { describe, it, expect } from 'vitest';
import { checklistProgress, isChecklistComplete, isPreparationIncomplete, isThankYouOverdue, needsPhoneFollowUp, nextActionsFor, rankNextActions, relativeDayPossessive, thankYouSentInTime, thankYouState, type NextAction, type NextActionContactProgress, type NextActionInterview, type NextActionsInput } from './rules';
import { type Checklist, CHECKLIST_ITEMS, DAY_MS, THANK_YOU_OVERDUE_AFTER_MS } from '@/lib/interviews/vocabulary';
import { EMAIL_FOLLOW_UP_AFTER_MS } from '@/lib/outreach/vocabulary';

const NOW = new Date('2025-03-06T18:00:00.000Z'); // a Thursday
const at = (msFromNow: number): Date => new Date(NOW.getTime() + msFromNow);
const FULL: Checklist = { research: true, questions: true, penAndPaper: true, scriptPractised: true, confirmed: true };

describe('constants', () => {
  it('are two and three days', () => {
    expect(THANK_YOU_OVERDUE_AFTER_MS).toBe(172_800_000);
    expect(EMAIL_FOLLOW_UP_AFTER_MS).toBe(259_200_000);
  });

  it('lists the checklist in order', () => {
    expect(CHECKLIST_ITEMS.map((c) => c.key)).toEqual(['research', 'questions', 'penAndPaper', 'scriptPractised', 'confirmed']);
    expect(CHECKLIST_ITEMS[0].label).toBe("Research done \u2014 I know what I don't know");
    expect(CHECKLIST_ITEMS[4].label).toBe('Appointment confirmed');
  });
});

describe('checklist', () => {
  it('is complete only when every item is exactly true', () => {
    expect(isChecklistComplete(FULL)).toBe(true);
    expect(isChecklistComplete({ ...FULL, confirmed: false })).toBe(false);
    expect(isChecklistComplete({ research: true })).toBe(false);
    expect(isChecklistComplete({})).toBe(false);
  });

  it('reports progress and the first undone item', () => {
    expect(checklistProgress({ research: true, penAndPaper: true })).toEqual({ done: 2, total: 5, nextItem: 'questions' });
    expect(checklistProgress(FULL)).toEqual({ done: 5, total: 5, nextItem: null });
  });
});

describe('thank-you', () => {
  const completed = (completedAt: Date | null, thankYouSentAt: Date | null = null) =>
    ({ status: 'completed', completedAt, thankYouSentAt }) as const;

  it('is overdue at exactly 48 hours, not 1 ms before', () => {
    expect(isThankYouOverdue(completed(at(-THANK_YOU_OVERDUE_AFTER_MS)), NOW)).toBe(true);
    expect(isThankYouOverdue(completed(at(-THANK_YOU_OVERDUE_AFTER_MS + 1)), NOW)).toBe(false);
    expect(isThankYouOverdue(completed(at(-THANK_YOU_OVERDUE_AFTER_MS - 1)), NOW)).toBe(true);
  });

  it('is never overdue once sent, or when the interview is not completed', () => {
    expect(isThankYouOverdue(completed(at(-10 * DAY_MS), at(-9 * DAY_MS)), NOW)).toBe(false);
    for (const status of ['planned', 'scheduled', 'cancelled'] as const) {
      expect(isThankYouOverdue({ status, completedAt: at(-10 * DAY_MS), thankYouSentAt: null }, NOW)).toBe(false);
    }
  });

  it('classifies every state', () => {
    expect(thankYouState({ status: 'scheduled', completedAt: null, thankYouSentAt: null }, NOW)).toBe('not-applicable');
    expect(thankYouState({ status: 'cancelled', completedAt: at(-DAY_MS), thankYouSentAt: at(0) }, NOW)).toBe('not-applicable');
    expect(thankYouState(completed(at(-DAY_MS), at(-1)), NOW)).toBe('sent');
    expect(thankYouState(completed(at(-DAY_MS)), NOW)).toBe('due');
    expect(thankYouState(completed(null), NOW)).toBe('due');
    expect(thankYouState(completed(at(DAY_MS)), NOW)).toBe('due'); // clock skew: completion "in the future"
    expect(thankYouState(completed(at(-2 * DAY_MS)), NOW)).toBe('overdue');
  });

  it('was sent within 48 hours when sent before it would have become overdue', () => {
    const done = at(-10 * DAY_MS);
    const after = (ms: number) => new Date(done.getTime() + ms);
    expect(thankYouSentInTime({ completedAt: done, thankYouSentAt: after(THANK_YOU_OVERDUE_AFTER_MS - 1) })).toBe(true);
    expect(thankYouSentInTime({ completedAt: done, thankYouSentAt: after(THANK_YOU_OVERDUE_AFTER_MS) })).toBe(false);
    expect(thankYouSentInTime({ completedAt: done, thankYouSentAt: after(-DAY_MS) })).toBe(true); // thanked ahead of time
    expect(thankYouSentInTime({ completedAt: done, thankYouSentAt: null })).toBeNull();
    expect(thankYouSentInTime({ completedAt: null, thankYouSentAt: at(0) })).toBeNull();
  });
});

describe('needsPhoneFollowUp', () => {
  const email = (attemptedAt: Date, outcome = 'awaiting-reply', hasLaterAttempt = false) => ({
    channel: 'email',
    outcome,
    attemptedAt,
    hasLaterAttempt,
  });

  it('is due at exactly 72 hours, not 1 ms before', () => {
    expect(needsPhoneFollowUp(email(at(-EMAIL_FOLLOW_UP_AFTER_MS)), NOW)).toBe(true);
    expect(needsPhoneFollowUp(email(at(-EMAIL_FOLLOW_UP_AFTER_MS + 1)), NOW)).toBe(false);
    expect(needsPhoneFollowUp(email(at(-EMAIL_FOLLOW_UP_AFTER_MS - 1)), NOW)).toBe(true);
  });

  it('accepts no-answer too, and nothing else', () => {
    const old = at(-5 * DAY_MS);
    expect(needsPhoneFollowUp(email(old, 'no-answer'), NOW)).toBe(true);
    for (const outcome of ['agreed', 'declined', 'too-busy', 'replied', '']) {
      expect(needsPhoneFollowUp(email(old, outcome), NOW)).toBe(false);
    }
  });

  it('is not due for other channels or when the contact was tried again', () => {
    const old = at(-5 * DAY_MS);
    expect(needsPhoneFollowUp({ ...email(old), channel: 'phone' }, NOW)).toBe(false);
    expect(needsPhoneFollowUp(email(old, 'awaiting-reply', true), NOW)).toBe(false);
  });
});

describe('isPreparationIncomplete', () => {
  const upcoming = (startsAt: Date | null, checklist: Checklist = {}, status: NextActionInterview['status'] = 'scheduled') => ({
    status,
    startsAt,
    checklist,
  });

  it('includes an interview starting exactly 7 days from now, not 1 ms later', () => {
    expect(isPreparationIncomplete(upcoming(at(7 * DAY_MS)), NOW)).toBe(true);
    expect(isPreparationIncomplete(upcoming(at(7 * DAY_MS + 1)), NOW)).toBe(false);
    expect(isPreparationIncomplete(upcoming(at(7 * DAY_MS - 1)), NOW)).toBe(true);
  });

  it('excludes an interview starting now or already started', () => {
    expect(isPreparationIncomplete(upcoming(at(0)), NOW)).toBe(false);
    expect(isPreparationIncomplete(upcoming(at(-1)), NOW)).toBe(false);
    expect(isPreparationIncomplete(upcoming(at(1)), NOW)).toBe(true);
  });

  it('is false when the checklist is complete, unscheduled, or the status is not upcoming', () => {
    expect(isPreparationIncomplete(upcoming(at(DAY_MS), FULL), NOW)).toBe(false);
    expect(isPreparationIncomplete(upcoming(null), NOW)).toBe(false);
    expect(isPreparationIncomplete(upcoming(at(DAY_MS), {}, 'planned'), NOW)).toBe(true);
    expect(isPreparationIncomplete(upcoming(at(DAY_MS), {}, 'cancelled'), NOW)).toBe(false);
    expect(isPreparationIncomplete(upcoming(at(DAY_MS), {}, 'completed'), NOW)).toBe(false);
  });
});

describe('relativeDayPossessive', () => {
  it('says today, tomorrow, a weekday, or next weekday in the given zone', () => {
    expect(relativeDayPossessive(at(HOUR(2)), NOW, 'UTC')).toBe("today's");
    expect(relativeDayPossessive(at(DAY_MS), NOW, 'UTC')).toBe("tomorrow's");
    expect(relativeDayPossessive(new Date('2025-03-11T17:00:00Z'), NOW, 'UTC')).toBe("Tuesday's");
    expect(relativeDayPossessive(new Date('2025-03-13T09:00:00Z'), NOW, 'UTC')).toBe("next Thursday's");
  });

  it('uses the student time zone for the calendar day', () => {
    // 2025-03-07T03:00Z is Friday in UTC but still Thursday evening in Vancouver.
    const late = new Date('2025-03-07T03:00:00Z');
    expect(relativeDayPossessive(late, NOW, 'UTC')).toBe("tomorrow's");
    expect(relativeDayPossessive(late, NOW, 'America/Vancouver')).toBe("today's");
  });

  it('falls back to UTC for an unknown zone instead of throwing', () => {
    expect(relativeDayPossessive(at(DAY_MS), NOW, 'Mars/Olympus_Mons')).toBe("tomorrow's");
  });
});

function HOUR(n: number): number {
  return n * 60 * 60 * 1000;
}

const interview = (over: Partial<NextActionInterview> & { id: number }): NextActionInterview => ({
  contactName: 'Dana Li',
  status: 'scheduled',
  startsAt: null,
  completedAt: null,
  checklist: {},
  thankYouSentAt: null,
  hasReflection: false,
  ...over,
});

const empty: NextActionsInput = { interviews: [], emailAttempts: [], contactsNeverReached: [] };

describe('nextActionsFor', () => {
  it('returns nothing for nothing', () => {
    expect(nextActionsFor(empty, NOW)).toEqual([]);
  });

  it('turns an overdue thank-you into a friendly title with the day count', () => {
    const [a] = nextActionsFor(
      { ...empty, interviews: [interview({ id: 7, status: 'completed', completedAt: at(-3 * DAY_MS - HOUR(5)), hasReflection: true })] },
      NOW,
    );
    expect(a).toMatchObject({
      kind: 'thank-you-overdue',
      title: "Thank Dana Li \u2014 it's been 3 days",
      href: '/interviews/7#thank-you',
      dueAt: at(-DAY_MS - HOUR(5)),
    });
  });

  it('switches from due to overdue exactly at 48 hours', () => {
    const make = (completedAt: Date) =>
      nextActionsFor({ ...empty, interviews: [interview({ id: 1, status: 'completed', completedAt, hasReflection: true })] }, NOW);
    expect(make(at(-2 * DAY_MS + 1)).map((a) => a.kind)).toEqual(['thank-you-due']);
    const [overdue] = make(at(-2 * DAY_MS));
    expect(overdue?.kind).toBe('thank-you-overdue');
    expect(overdue?.title).toBe("Thank Dana Li \u2014 it's been 2 days");
  });

  it('asks for a reflection on completed interviews without one', () => {
    const actions = nextActionsFor(
      { ...empty, interviews: [interview({ id: 3, status: 'completed', completedAt: at(-HOUR(1)), thankYouSentAt: at(0) })] },
      NOW,
    );
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: 'reflect', href: '/interviews/3#reflection', dueAt: null });
    expect(actions[0]?.title).toBe('Reflect on your interview with Dana Li');
  });

  it('prepares upcoming interviews with a weekday title and checklist progress', () => {
    const [a] = nextActionsFor(
      {
        ...empty,
        interviews: [interview({ id: 9, startsAt: new Date('2025-03-11T17:00:00Z'), checklist: { research: true } })],
      },
      NOW,
      'America/Vancouver',
    );
    expect(a).toMatchObject({
      kind: 'prepare-interview',
      title: "Prepare for Tuesday's interview with Dana Li",
      href: '/interviews/9',
      dueAt: new Date('2025-03-11T17:00:00Z'),
      detail: '1 of 5 checklist items done. Next: questions written down.',
    });
  });

  it('respects the 7-day window exactly: further ahead it is only a quiet reminder', () => {
    const kinds = (startsAt: Date) => nextActionsFor({ ...empty, interviews: [interview({ id: 1, startsAt })] }, NOW).map((a) => a.kind);
    expect(kinds(at(7 * DAY_MS))).toEqual(['prepare-interview']);
    expect(kinds(at(7 * DAY_MS + 1))).toEqual(['interview-ahead']);
  });

  it('never produces actions for cancelled interviews', () => {
    const actions = nextActionsFor(
      {
        ...empty,
        interviews: [
          interview({ id: 1, status: 'cancelled', startsAt: at(DAY_MS) }),
          interview({ id: 2, status: 'cancelled', completedAt: at(-5 * DAY_MS) }),
        ],
      },
      NOW,
    );
    expect(actions).toEqual([]);
  });

  it('follows up unanswered e-mails from exactly 72 hours, once per contact (latest attempt)', () => {
    const attempt = (contactId: number, attemptedAt: Date, outcome = 'awaiting-reply', hasLaterAttempt = false) => ({
      contactId,
      contactName: contactId === 4 ? 'Ravi Singh' : 'Mo Park',
      attemptedAt,
      outcome,
      hasLaterAttempt,
    });
    const actions = nextActionsFor(
      {
        ...empty,
        emailAttempts: [
          attempt(4, at(-3 * DAY_MS)),
          attempt(4, at(-4 * DAY_MS)),
          attempt(5, at(-3 * DAY_MS + 1)),
          attempt(6, at(-9 * DAY_MS), 'replied'),
          attempt(8, at(-9 * DAY_MS), 'no-answer', true),
        ],
      },
      NOW,
    );
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      kind: 'follow-up-email',
      title: 'Follow up by phone with Ravi Singh',
      href: '/contacts/4#outreach',
      dueAt: NOW,
      detail: "You e-mailed 3 days ago and haven't heard back. A phone call works best.",
    });
  });

  it('suggests reaching contacts never reached, and names a blank contact kindly', () => {
    const actions = nextActionsFor(
      { ...empty, contactsNeverReached: [{ id: 12, name: '  ', createdAt: at(-DAY_MS) }] },
      NOW,
    );
    expect(actions).toEqual([
      {
        kind: 'reach-contact',
        title: 'Reach out to your contact',
        detail: 'Use your script: ask for information, not a job.',
        href: '/contacts/12',
        dueAt: null,
        urgency: 100,
      },
    ]);
  });

  it('orders everything by urgency across kinds', () => {
    const actions = nextActionsFor(
      {
        interviews: [
          interview({ id: 1, contactName: 'Zed Ng', startsAt: at(3 * DAY_MS) }),
          interview({ id: 2, contactName: 'Amy Bo', startsAt: at(1 * DAY_MS) }),
          interview({ id: 3, contactName: 'Cy Do', status: 'completed', completedAt: at(-HOUR(3)) }),
          interview({ id: 4, contactName: 'Di Fa', status: 'completed', completedAt: at(-5 * DAY_MS), hasReflection: true }),
        ],
        emailAttempts: [{ contactId: 9, contactName: 'Eve Go', attemptedAt: at(-4 * DAY_MS), outcome: 'no-answer', hasLaterAttempt: false }],
        contactsNeverReached: [
          { id: 20, name: 'Yan Hu', createdAt: at(-DAY_MS) },
          { id: 21, name: 'Bea Io', createdAt: at(-2 * DAY_MS) },
        ],
      },
      NOW,
    );
    expect(actions.map((a) => `${a.kind}:${a.href}`)).toEqual([
      'thank-you-overdue:/interviews/4#thank-you',
      'follow-up-email:/contacts/9#outreach',
      'prepare-interview:/interviews/2',
      'prepare-interview:/interviews/1',
      'thank-you-due:/interviews/3#thank-you',
      'reflect:/interviews/3#reflection',
      'reach-contact:/contacts/21',
      'reach-contact:/contacts/20',
    ]);
    const urgencies = actions.map((a) => a.urgency);
    expect([...urgencies].sort((x, y) => y - x)).toEqual(urgencies);
  });
});

describe('every state of a contact or an interview asks for its next step', () => {
  const progress = (over: Partial<NextActionContactProgress>): NextActionContactProgress => ({
    contactId: 4,
    contactName: 'Ravi Singh',
    channel: 'phone',
    outcome: 'agreed',
    attemptedAt: at(-HOUR(2)),
    ...over,
  });
  const only = (input: Partial<NextActionsInput>, zone = 'UTC') => {
    const actions = nextActionsFor({ ...empty, ...input }, NOW, zone);
    expect(actions).toHaveLength(1);
    return actions[0]!;
  };
  const noDoubleStop = (a: NextAction) => {
    expect(`${a.title} ${a.detail}`).not.toMatch(/\.\./);
  };

  it('a contact never reached: reach out', () => {
    expect(only({ contactsNeverReached: [{ id: 12, name: 'Mo Park', createdAt: at(-DAY_MS) }] })).toMatchObject({ kind: 'reach-contact', title: 'Reach out to Mo Park' });
  });

  it('agreed to talk: schedule the interview with them, from their contact', () => {
    const a = only({ contactsInProgress: [progress({ attemptedAt: new Date('2025-03-06T15:30:00Z') })] }, 'UTC');
    expect(a).toMatchObject({ kind: 'schedule-interview', title: 'Schedule the interview with Ravi Singh', href: '/interviews/new?contact=4' });
    // The time ends the sentence: one full stop, not "3:30 p.m..".
    expect(a.detail).toMatch(/^Ravi Singh agreed to talk today at 3:30 p\.m\. Settle a time/);
    noDoubleStop(a);
  });

  it('agreed by e-mail: schedule too, not "wait for a reply"', () => {
    expect(only({ contactsInProgress: [progress({ channel: 'email', attemptedAt: at(-5 * DAY_MS) })] }).kind).toBe('schedule-interview');
  });

  it('an e-mail awaiting a reply: wait, and phone from 72 hours on', () => {
    const sent = progress({ channel: 'email', outcome: 'awaiting-reply', attemptedAt: at(-DAY_MS) });
    const waiting = only({ contactsInProgress: [sent] });
    expect(waiting).toMatchObject({ kind: 'await-reply', title: 'Wait for Ravi Singh to answer your e-mail', href: '/contacts/4#outreach', dueAt: at(2 * DAY_MS) });
    expect(waiting.detail).toBe('If Ravi Singh has not answered by Saturday at 6:00 p.m., phone them: e-mails may not work without a call.');
    const late = only({ contactsInProgress: [{ ...sent, attemptedAt: at(-3 * DAY_MS) }] });
    expect(late).toMatchObject({ kind: 'follow-up-email', title: 'Follow up by phone with Ravi Singh' });
    // Given both ways (the old e-mail rows and the contact's progress), still one reminder.
    expect(nextActionsFor({ ...empty, emailAttempts: [{ ...sent, attemptedAt: at(-3 * DAY_MS), hasLaterAttempt: false }], contactsInProgress: [{ ...sent, attemptedAt: at(-3 * DAY_MS) }] }, NOW)).toHaveLength(1);
  });

  it('no answer, a message left, or "I will get back to you" on the phone: try again', () => {
    for (const [outcome, said] of [
      ['no-answer', 'No answer today at 4:00 p.m.'],
      ['left-message', 'You left a message today at 4:00 p.m.'],
      ['awaiting-reply', 'You have waited for Ravi Singh to get back to you since today at 4:00 p.m.'],
    ] as const) {
      const a = only({ contactsInProgress: [progress({ outcome })] });
      expect(a).toMatchObject({ kind: 'try-again', title: 'Try Ravi Singh again', href: '/contacts/4#outreach' });
      expect(a.detail.startsWith(`${said} Call at another time of day`)).toBe(true);
      noDoubleStop(a);
    }
  });

  it('declined: nothing more to ask of that contact', () => {
    for (const outcome of ['declined', 'declined-suggested']) expect(nextActionsFor({ ...empty, contactsInProgress: [progress({ outcome })] }, NOW)).toEqual([]);
  });

  it('planned without a time: set one', () => {
    for (const status of ['planned', 'scheduled'] as const) {
      expect(only({ interviews: [interview({ id: 5, status, startsAt: null })] })).toMatchObject({ kind: 'set-interview-time', title: 'Set a time for your interview with Dana Li', href: '/interviews/5' });
    }
  });

  it('scheduled within the week and not prepared: prepare', () => {
    expect(only({ interviews: [interview({ id: 5, startsAt: at(DAY_MS) })] })).toMatchObject({ kind: 'prepare-interview', title: "Prepare for tomorrow's interview with Dana Li" });
  });

  it('scheduled and prepared: a reminder of when, and how to behave on the day', () => {
    const a = only({ interviews: [interview({ id: 5, startsAt: at(HOUR(2)), checklist: FULL })] });
    expect(a).toMatchObject({ kind: 'interview-ahead', title: 'Interview with Dana Li today at 8:00 p.m.', href: '/interviews/5' });
    expect(a.detail).toMatch(/^You are prepared\. Be on time/);
    const far = only({ interviews: [interview({ id: 5, startsAt: at(20 * DAY_MS) })] });
    expect(far.title).toBe('Interview with Dana Li on Wed, Mar 26 at 6:00 p.m.');
    expect(far.detail).toBe('0 of 5 checklist items done. Next: research done \u2014 I know what I don\'t know.');
  });

  it('its time has passed and it is not marked completed: record how it went', () => {
    const a = only({ interviews: [interview({ id: 5, startsAt: at(-HOUR(2)), checklist: FULL })] });
    expect(a).toMatchObject({ kind: 'record-interview', title: 'How did your interview with Dana Li go?', href: '/interviews/5' });
    expect(a.detail).toBe('It was set for today at 4:00 p.m. Mark it completed and write down what you learned, or set a new time.');
    expect(only({ interviews: [interview({ id: 5, startsAt: NOW })] }).kind).toBe('record-interview');
  });

  it('completed without a thank-you: send one; after 48 hours it is overdue', () => {
    expect(only({ interviews: [interview({ id: 5, status: 'completed', completedAt: at(-HOUR(47)), hasReflection: true })] }).kind).toBe('thank-you-due');
    expect(only({ interviews: [interview({ id: 5, status: 'completed', completedAt: at(-HOUR(48)), hasReflection: true })] }).kind).toBe('thank-you-overdue');
  });

  it('a reflection with 4 of 10 answered keeps its next action and says how far it got', () => {
    const a = only({ interviews: [interview({ id: 5, status: 'completed', completedAt: at(-DAY_MS), thankYouSentAt: at(-HOUR(1)), reflectionAnswered: 4, reflectionTotal: 10 })] });
    expect(a).toMatchObject({ kind: 'reflect', href: '/interviews/5#reflection' });
    expect(a.detail).toBe('4 of 10 answered. Answer the post-interview questions in writing while it is fresh.');
  });

  it('thanked and reflected: done', () => {
    expect(nextActionsFor({ ...empty, interviews: [interview({ id: 5, status: 'completed', completedAt: at(-DAY_MS), thankYouSentAt: at(-HOUR(1)), hasReflection: true })] }, NOW)).toEqual([]);
  });

  it('an assignment partly answered: still due, with how far it got; submitted: done', () => {
    const assignment = {
      id: 3,
      title: 'After your first interview',
      timeZone: 'UTC',
      dueAt: at(2 * DAY_MS),
      closesAt: null,
      extensionDueAt: null,
      status: 'draft' as const,
      answered: 4,
      questionCount: 10,
      attempt: 0,
      resubmissionsAllowed: 1,
    };
    const a = only({ assignments: [assignment] });
    expect(a).toMatchObject({ kind: 'assignment-due', href: '/assignments/3', detail: '4 of 10 answered.' });
    noDoubleStop(a);
    expect(nextActionsFor({ ...empty, assignments: [{ ...assignment, status: 'submitted', answered: 10, attempt: 1 }] }, NOW)).toEqual([]);
    expect(only({ assignments: [{ ...assignment, status: 'returned', attempt: 1 }] }).kind).toBe('assignment-returned');
  });
});

describe('rankNextActions', () => {
  const action = (kind: NextAction['kind'], title: string, dueAt: Date | null, urgency = 0): NextAction => ({
    kind,
    title,
    detail: '',
    href: '/',
    dueAt,
    urgency,
  });

  it('ranks by kind regardless of the urgency field or input order', () => {
    const ranked = rankNextActions(
      [
        action('reach-contact', 'a', null, 999),
        action('reflect', 'b', null),
        action('thank-you-due', 'c', at(DAY_MS)),
        action('prepare-interview', 'd', at(DAY_MS)),
        action('follow-up-email', 'e', at(-DAY_MS)),
        action('thank-you-overdue', 'f', at(-DAY_MS)),
      ],
      NOW,
    );
    expect(ranked.map((a) => a.title)).toEqual(['f', 'e', 'd', 'c', 'b', 'a']);
  });

  it('within a kind sorts by dueAt (undated last), then title, then input order', () => {
    const first = action('prepare-interview', 'Same', at(HOUR(1)));
    const second = action('prepare-interview', 'Same', at(HOUR(1)));
    const ranked = rankNextActions(
      [
        action('prepare-interview', 'B', null),
        action('prepare-interview', 'A', null),
        action('prepare-interview', 'Late', at(2 * DAY_MS)),
        first,
        second,
      ],
      NOW,
    );
    expect(ranked.map((a) => a.title)).toEqual(['Same', 'Same', 'Late', 'A', 'B']);
    expect(ranked[0]).toBe(first);
    expect(ranked[1]).toBe(second);
  });

  it('promotes a stale thank-you-due whose deadline has passed, without changing it', () => {
    const stale = action('thank-you-due', 'Stale', at(-1));
    const ranked = rankNextActions([action('follow-up-email', 'Call', at(-DAY_MS)), stale], NOW);
    expect(ranked[0]).toBe(stale);
    expect(stale.kind).toBe('thank-you-due');
    // At the exact deadline it is promoted; 1 ms before it is not.
    expect(rankNextActions([action('follow-up-email', 'Call', null), action('thank-you-due', 'T', NOW)], NOW)[0]?.title).toBe('T');
    expect(rankNextActions([action('follow-up-email', 'Call', null), action('thank-you-due', 'T', at(1))], NOW)[0]?.title).toBe('Call');
  });

  it('does not mutate its input', () => {
    const input = [action('reflect', 'x', null), action('thank-you-overdue', 'y', null)];
    const copy = [...input];
    rankNextActions(input, NOW);
    expect(input).toEqual(copy);
  });
});
