import { isOwnOccupation, listOccupationOptions } from './occupations';
import { describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { interviews, occupations } from '../schema';
import { makeUser } from '../testing/factories';
import { countContactDependents, deleteOwnContact, findContactForViewer, insertContact, listContactOptions, listContactsForViewer, listContactInterviewsForViewer, listContactReferralsForViewer, updateOwnContact, wouldCreateReferralCycle } from './contacts';
import { insertAttempt } from './outreach';
import type { Viewer } from './users';
import type { Checklist } from '@/lib/interviews/vocabulary';

const db = () => getDb();
let uid = 0;

function addContact(viewer: Viewer, name: string, extra: Partial<Parameters<typeof insertContact>[2]> = {}) {
  return insertContact(db(), viewer, { name, howFound: 'friend', ...extra });
}

function attempt(viewer: Viewer, contactId: number, outcome: Parameters<typeof insertAttempt>[3]['outcome'], at = new Date('2026-10-01T12:00:00Z')) {
  insertAttempt(db(), viewer, contactId, { attemptedAt: at, channel: 'phone', outcome, notes: null });
}

function interview(viewer: Viewer, contactId: number, status: 'planned' | 'scheduled' | 'completed' | 'cancelled') {
  const checklist: Checklist = {};
  return db()
    .insert(interviews)
    .values({ studentId: viewer.id, contactId, status, calendarUid: `uid-${++uid}-${Math.random()}`, checklist })
    .returning({ id: interviews.id })
    .get().id;
}

function occupation(viewer: Viewer, title: string) {
  return db().insert(occupations).values({ studentId: viewer.id, title }).returning({ id: occupations.id }).get().id;
}

describe('contact list', () => {
  it('derives each status in SQL, filters and counts by it', () => {
    const s = makeUser('student');
    const fresh = addContact(s, 'Ada Fresh');
    const trying = addContact(s, 'Ben Trying');
    attempt(s, trying, 'left-message');
    const agreed = addContact(s, 'Cy Agreed');
    attempt(s, agreed, 'no-answer', new Date('2026-10-01T10:00:00Z'));
    attempt(s, agreed, 'agreed', new Date('2026-10-02T10:00:00Z'));
    const planned = addContact(s, 'Di Planned');
    attempt(s, planned, 'agreed');
    interview(s, planned, 'scheduled');
    const done = addContact(s, 'Ed Done');
    interview(s, done, 'planned');
    interview(s, done, 'completed');
    const declined = addContact(s, 'Flo Declined');
    attempt(s, declined, 'no-answer', new Date('2026-10-01T10:00:00Z'));
    attempt(s, declined, 'declined-suggested', new Date('2026-10-03T10:00:00Z'));
    const cancelledOnly = addContact(s, 'Gus Cancelled');
    attempt(s, cancelledOnly, 'agreed');
    interview(s, cancelledOnly, 'cancelled');

    const all = listContactsForViewer(s, s.id);
    expect(all.items.map((c) => [c.name, c.status])).toEqual([
      ['Ada Fresh', 'not-contacted'],
      ['Ben Trying', 'reaching-out'],
      ['Cy Agreed', 'agreed'],
      ['Di Planned', 'interview-scheduled'],
      ['Ed Done', 'interviewed'],
      ['Flo Declined', 'declined'],
      ['Gus Cancelled', 'agreed'],
    ]);
    expect(fresh).toBeGreaterThan(0);
    const agreedOnly = listContactsForViewer(s, s.id, { status: 'agreed' });
    expect(agreedOnly.items.map((c) => c.id)).toEqual([agreed, cancelledOnly]);
    expect(agreedOnly.total).toBe(2);
    expect(listContactsForViewer(s, s.id, { status: 'declined' }).items.map((c) => c.id)).toEqual([declined]);
    expect(listContactsForViewer(s, s.id, { status: 'interviewed' }).items.map((c) => c.id)).toEqual([done]);
    expect(listContactsForViewer(s, s.id, { status: 'not-contacted' }).total).toBe(1);
  });

  it('searches name, job title, organisation and how-found detail; filters by occupation; paginates', () => {
    const s = makeUser('student');
    const nursing = occupation(s, 'Nursing');
    addContact(s, 'Hana Nurse', { jobTitle: 'Charge nurse', organisation: 'Royal Columbian', occupationId: nursing });
    addContact(s, 'Ivan Plumber', { organisation: 'Pipes 100% Inc', howFound: 'community-agency', howFoundDetail: 'Chamber of Commerce' });
    expect(listContactsForViewer(s, s.id, { q: 'charge' }).items.map((c) => c.name)).toEqual(['Hana Nurse']);
    expect(listContactsForViewer(s, s.id, { q: 'chamber' }).items.map((c) => c.name)).toEqual(['Ivan Plumber']);
    expect(listContactsForViewer(s, s.id, { q: '100%' }).items.map((c) => c.name)).toEqual(['Ivan Plumber']);
    expect(listContactsForViewer(s, s.id, { q: '%' }).total).toBe(1);
    const byOccupation = listContactsForViewer(s, s.id, { occupationId: nursing });
    expect(byOccupation.items.map((c) => [c.name, c.occupationTitle])).toEqual([['Hana Nurse', 'Nursing']]);

    for (let i = 0; i < 30; i++) addContact(s, `Zed ${String(i).padStart(2, '0')}`);
    const page2 = listContactsForViewer(s, s.id, { page: 2 });
    expect(page2.total).toBe(32);
    expect(page2.pageCount).toBe(2);
    expect(page2.items).toHaveLength(7);
  });

  it("another student's contacts, occupations and interviews are invisible to every query", () => {
    const owner = makeUser('student');
    const other = makeUser('student');
    const counsellor = makeUser('counsellor');
    const nursing = occupation(owner, 'Nursing');
    const referrer = addContact(owner, 'Jo Referrer');
    const contact = addContact(owner, 'Kim Contact', { howFound: 'referral', referredByContactId: referrer, occupationId: nursing });
    interview(owner, contact, 'planned');
    attempt(owner, contact, 'agreed');
    for (const viewer of [other, counsellor]) {
      expect(findContactForViewer(viewer, contact)).toBeNull();
      expect(listContactsForViewer(viewer, owner.id).total).toBe(0);
      expect(listContactReferralsForViewer(viewer, referrer)).toEqual([]);
      expect(listContactOptions(viewer)).toEqual([]);
      expect(listOccupationOptions(viewer)).toEqual([]);
      expect(isOwnOccupation(viewer, nursing)).toBe(false);
      expect(listContactInterviewsForViewer(viewer, contact)).toEqual([]);
      expect(countContactDependents(viewer, contact)).toEqual({ interviews: 0, attempts: 0 });
      expect(updateOwnContact(db(), viewer, contact, { name: 'Hacked', howFound: 'other' }, new Date())).toBe(false);
      expect(deleteOwnContact(db(), viewer, contact)).toBe(false);
    }
    const record = findContactForViewer(owner, contact);
    expect(record).toMatchObject({ name: 'Kim Contact', occupationTitle: 'Nursing', referredBy: { id: referrer, name: 'Jo Referrer' }, status: 'interview-scheduled' });
    expect(listContactReferralsForViewer(owner, referrer).map((r) => r.name)).toEqual(['Kim Contact']);
    expect(countContactDependents(owner, contact)).toEqual({ interviews: 1, attempts: 1 });
  });

  it('spots a referral loop before it is made', () => {
    const s = makeUser('student');
    const a = addContact(s, 'A');
    const b = addContact(s, 'B', { howFound: 'referral', referredByContactId: a });
    const c = addContact(s, 'C', { howFound: 'referral', referredByContactId: b });
    const d = addContact(s, 'D');
    expect(wouldCreateReferralCycle(s, a, c)).toBe(true);
    expect(wouldCreateReferralCycle(s, a, a)).toBe(true);
    expect(wouldCreateReferralCycle(s, a, d)).toBe(false);
    expect(wouldCreateReferralCycle(s, c, a)).toBe(false);
  });

  it('deleting a contact takes its attempts and interviews with it and unlinks those it referred', () => {
    const s = makeUser('student');
    const a = addContact(s, 'A');
    const b = addContact(s, 'B', { howFound: 'referral', referredByContactId: a });
    attempt(s, a, 'agreed');
    interview(s, a, 'completed');
    expect(deleteOwnContact(db(), s, a)).toBe(true);
    expect(findContactForViewer(s, a)).toBeNull();
    expect(countContactDependents(s, a)).toEqual({ interviews: 0, attempts: 0 });
    expect(findContactForViewer(s, b)?.referredByContactId).toBeNull();
  });
});
