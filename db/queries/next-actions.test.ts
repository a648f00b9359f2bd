import { describe, expect, it } from 'vitest';
import { nextActionsFor } from '@/lib/interviews/rules';
import type { OutreachChannel, OutreachOutcome } from '@/lib/outreach/vocabulary';
import { getDb } from '../client';
import { interviews } from '../schema';
import { makeUser } from '../testing/factories';
import { insertContact } from './contacts';
import { listContactsInProgressForViewer } from './next-actions';
import { insertAttempt } from './outreach';
import type { Viewer } from './users';

const day = (n: number) => new Date(Date.UTC(2026, 9, n, 12));

function addContact(viewer: Viewer, name: string) {
  return insertContact(getDb(), viewer, { name, howFound: 'friend', referredByContactId: null });
}

function attempt(viewer: Viewer, contactId: number, channel: OutreachChannel, outcome: OutreachOutcome, at: Date) {
  insertAttempt(getDb(), viewer, contactId, { attemptedAt: at, channel, outcome, notes: null });
}

describe('contacts in progress', () => {
  it('gives each contact tried and not yet interviewed with its latest attempt, and each asks for its next step', () => {
    const s = makeUser('student');
    const agreed = addContact(s, 'Agreed');
    attempt(s, agreed, 'phone', 'no-answer', day(1));
    attempt(s, agreed, 'phone', 'agreed', day(2));
    const emailed = addContact(s, 'Emailed');
    attempt(s, emailed, 'email', 'awaiting-reply', day(2));
    const rang = addContact(s, 'Rang');
    attempt(s, rang, 'phone', 'left-message', day(2));
    const declined = addContact(s, 'Declined');
    attempt(s, declined, 'phone', 'declined', day(2));
    const planned = addContact(s, 'Planned');
    attempt(s, planned, 'phone', 'agreed', day(2));
    getDb().insert(interviews).values({ studentId: s.id, contactId: planned, calendarUid: `p-${planned}` }).run();
    const calledOff = addContact(s, 'Called off');
    attempt(s, calledOff, 'phone', 'agreed', day(2));
    getDb().insert(interviews).values({ studentId: s.id, contactId: calledOff, calendarUid: `c-${calledOff}`, status: 'cancelled' }).run();
    addContact(s, 'Never tried');

    const rows = listContactsInProgressForViewer(s, s.id);
    expect(rows.map((r) => [r.contactName, r.channel, r.outcome]).sort()).toEqual(
      [
        ['Agreed', 'phone', 'agreed'],
        ['Called off', 'phone', 'agreed'],
        ['Declined', 'phone', 'declined'],
        ['Emailed', 'email', 'awaiting-reply'],
        ['Rang', 'phone', 'left-message'],
      ].sort(),
    );
    const actions = nextActionsFor({ interviews: [], emailAttempts: [], contactsNeverReached: [], contactsInProgress: rows }, day(3));
    expect(actions.map((a) => [a.kind, a.href])).toEqual([
      ['schedule-interview', `/interviews/new?contact=${agreed}`],
      ['schedule-interview', `/interviews/new?contact=${calledOff}`],
      ['try-again', `/contacts/${rang}#outreach`],
      ['await-reply', `/contacts/${emailed}#outreach`],
    ]);
  });

  it('another student or staff see none of it', () => {
    const owner = makeUser('student');
    const c = addContact(owner, 'Mine');
    attempt(owner, c, 'phone', 'agreed', day(1));
    for (const viewer of [makeUser('student'), makeUser('instructor')]) expect(listContactsInProgressForViewer(viewer, owner.id)).toEqual([]);
    expect(listContactsInProgressForViewer(owner, owner.id)).toHaveLength(1);
  });
});
