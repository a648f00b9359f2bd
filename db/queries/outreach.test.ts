import { describe, expect, it } from 'vitest';
import { nextActionsFor } from '@/lib/interviews/rules';
import { getDb } from '../client';
import { interviews } from '../schema';
import { makeUser } from '../testing/factories';
import { countContactsForViewer, insertContact } from './contacts';
import { insertAttempt, listAttemptsForViewer, listContactsNeverReachedForViewer, listEmailAttemptsAwaitingReplyForViewer } from './outreach';
import type { Viewer } from './users';

const day = (n: number) => new Date(Date.UTC(2026, 9, n, 12));

function addContact(viewer: Viewer, name: string, referredByContactId: number | null = null) {
  return insertContact(getDb(), viewer, { name, howFound: referredByContactId ? 'referral' : 'friend', referredByContactId });
}

function attempt(viewer: Viewer, contactId: number, channel: 'phone' | 'email', outcome: 'no-answer' | 'awaiting-reply' | 'agreed' | 'left-message', at: Date) {
  insertAttempt(getDb(), viewer, contactId, { attemptedAt: at, channel, outcome, notes: null });
}

describe('outreach rows for the next actions', () => {
  it('keeps only the latest e-mail per contact when it is unanswered and nothing came after', () => {
    const s = makeUser('student');
    const waiting = addContact(s, 'Waiting');
    attempt(s, waiting, 'email', 'awaiting-reply', day(1));
    attempt(s, waiting, 'email', 'no-answer', day(3));
    const calledSince = addContact(s, 'Called since');
    attempt(s, calledSince, 'email', 'awaiting-reply', day(1));
    attempt(s, calledSince, 'phone', 'left-message', day(2));
    const answered = addContact(s, 'Answered');
    attempt(s, answered, 'email', 'agreed', day(1));
    const phoned = addContact(s, 'Phoned');
    attempt(s, phoned, 'phone', 'no-answer', day(1));

    const rows = listEmailAttemptsAwaitingReplyForViewer(s, s.id);
    expect(rows).toEqual([{ contactId: waiting, contactName: 'Waiting', attemptedAt: day(3), outcome: 'no-answer', hasLaterAttempt: false }]);
    const actions = nextActionsFor({ interviews: [], emailAttempts: rows, contactsNeverReached: [] }, day(6));
    expect(actions.map((a) => [a.kind, a.href])).toEqual([['follow-up-email', `/contacts/${waiting}#outreach`]]);
    expect(nextActionsFor({ interviews: [], emailAttempts: rows, contactsNeverReached: [] }, day(5))).toEqual([]);
  });

  it('lists contacts never reached, oldest first, up to the limit', () => {
    const s = makeUser('student');
    const a = addContact(s, 'First');
    const b = addContact(s, 'Second');
    const c = addContact(s, 'Third');
    const tried = addContact(s, 'Tried');
    attempt(s, tried, 'phone', 'no-answer', day(1));
    const met = addContact(s, 'Met');
    getDb().insert(interviews).values({ studentId: s.id, contactId: met, calendarUid: `met-${met}` }).run();
    expect(listContactsNeverReachedForViewer(s, s.id, 10).map((r) => r.id)).toEqual([a, b, c]);
    expect(listContactsNeverReachedForViewer(s, s.id, 2).map((r) => r.id)).toEqual([a, b]);
    expect(listContactsNeverReachedForViewer(s, s.id, 1)[0]).toMatchObject({ id: a, name: 'First' });
    expect(listContactsNeverReachedForViewer(s, s.id, 1)[0]?.createdAt).toBeInstanceOf(Date);
  });

  it('counts contacts and referrals received', () => {
    const s = makeUser('student');
    const a = addContact(s, 'A');
    addContact(s, 'B', a);
    addContact(s, 'C', a);
    expect(countContactsForViewer(s, s.id)).toEqual({ contacts: 3, referrals: 2 });
  });

  it("another student sees none of it", () => {
    const owner = makeUser('student');
    const other = makeUser('student');
    const contact = addContact(owner, 'Mine', null);
    addContact(owner, 'Also mine', contact);
    attempt(owner, contact, 'email', 'awaiting-reply', day(1));
    for (const viewer of [other, makeUser('instructor')]) {
      expect(listAttemptsForViewer(viewer, contact)).toEqual([]);
      expect(listEmailAttemptsAwaitingReplyForViewer(viewer, owner.id)).toEqual([]);
      expect(listContactsNeverReachedForViewer(viewer, owner.id, 10)).toEqual([]);
      expect(countContactsForViewer(viewer, owner.id)).toEqual({ contacts: 0, referrals: 0 });
    }
    expect(listAttemptsForViewer(owner, contact)).toHaveLength(1);
  });
});
