import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { contacts, interviews, occupations, occupationUnknowns } from '../schema';
import { makeUser } from '../testing/factories';
import type { Viewer } from './users';
import { countUnknownsForViewer, deleteOccupation, deleteUnknown, findOccupationForViewer, findUnknownForViewer, insertOccupation, insertUnknown, linkUnknownToQuestion, listOccupationContactsForViewer, listOccupationInterviewsForViewer, listOccupationOptions, listOccupationsForViewer, listUnknownsForViewer, unknownQuestionIdIn, updateOccupation, type OccupationValues } from './occupations';
import { insertOwnInterviewQuestion } from './questions';

const values = (title: string, status: OccupationValues['status'] = 'exploring'): OccupationValues => ({
  title,
  whyInterested: null,
  researchNotes: null,
  sources: null,
  status,
});

let uid = 0;
function addContact(viewer: Viewer, occupationId: number | null, name = 'Dana Contact') {
  return getDb().insert(contacts).values({ studentId: viewer.id, name, occupationId, email: 'dana@private.example', phone: '604 555 0100' }).returning().get().id;
}
function addInterview(viewer: Viewer, contactId: number, occupationId: number | null) {
  uid += 1;
  return getDb()
    .insert(interviews)
    .values({ studentId: viewer.id, contactId, occupationId, calendarUid: `occ-test-${uid}-${Math.random()}@test`, status: 'completed', startsAt: new Date(Date.UTC(2026, 0, uid)) })
    .returning()
    .get().id;
}

describe('occupations of one student are invisible to everyone else', () => {
  it('another student, a counsellor and an admin get null or nothing from every query', () => {
    const owner = makeUser('student');
    const id = insertOccupation(getDb(), owner, values('Dental hygienist'));
    const unknownId = insertUnknown(getDb(), owner, id, 'What are the hours like?');
    const contactId = addContact(owner, id);
    addInterview(owner, contactId, id);
    for (const other of [makeUser('student'), makeUser('counsellor'), makeUser('admin')]) {
      expect(findOccupationForViewer(other, id)).toBeNull();
      expect(listOccupationsForViewer(other, owner.id).items).toEqual([]);
      expect(listOccupationOptions(other)).toEqual([]);
      expect(listUnknownsForViewer(other, id)).toEqual([]);
      expect(countUnknownsForViewer(other, id)).toBe(0);
      expect(findUnknownForViewer(other, unknownId)).toBeNull();
      expect(unknownQuestionIdIn(getDb(), other, unknownId)).toBeUndefined();
      expect(listOccupationContactsForViewer(other, id)).toEqual({ items: [], total: 0 });
      expect(listOccupationInterviewsForViewer(other, id)).toEqual({ items: [], total: 0 });
      expect(updateOccupation(getDb(), other, id, values('Hijacked'))).toBe(false);
      expect(deleteUnknown(getDb(), other, unknownId)).toBe(false);
      expect(linkUnknownToQuestion(getDb(), other, unknownId, insertOwnInterviewQuestion(getDb(), owner, 'x'))).toBe(false);
      expect(deleteOccupation(getDb(), other, id)).toBe(false);
    }
    expect(findOccupationForViewer(owner, id)?.title).toBe('Dental hygienist');
    expect(findUnknownForViewer(owner, unknownId)?.questionId).toBeNull();
  });
});

describe('listOccupationsForViewer', () => {
  it('filters by status, pages, and counts the contacts and interviews about each', () => {
    const student = makeUser('student');
    const other = makeUser('student');
    const hygienist = insertOccupation(getDb(), student, values('Dental hygienist', 'considering'));
    insertOccupation(getDb(), student, values('Archivist'));
    const c1 = addContact(student, hygienist, 'A');
    addContact(student, hygienist, 'B');
    addInterview(student, c1, hygienist);
    // Another student's rows pointing at the same id must not be counted (nor could they exist legitimately).
    const theirs = getDb().insert(contacts).values({ studentId: other.id, name: 'Theirs', occupationId: hygienist }).returning().get().id;
    addInterview(other, theirs, hygienist);

    const all = listOccupationsForViewer(student, student.id);
    expect(all.items.map((o) => [o.title, o.status, o.contactCount, o.interviewCount])).toEqual([
      ['Archivist', 'exploring', 0, 0],
      ['Dental hygienist', 'considering', 2, 1],
    ]);
    expect(all.total).toBe(2);
    expect(listOccupationsForViewer(student, student.id, { status: 'considering' }).items.map((o) => o.title)).toEqual(['Dental hygienist']);
    expect(listOccupationsForViewer(student, student.id, { status: 'chosen' }).items).toEqual([]);

    for (let i = 0; i < 26; i++) insertOccupation(getDb(), student, values(`Z ${String(i).padStart(2, '0')}`));
    const second = listOccupationsForViewer(student, student.id, { page: 2 });
    expect(second.total).toBe(28);
    expect(second.pageCount).toBe(2);
    expect(second.items.map((o) => o.title)).toEqual(['Z 23', 'Z 24', 'Z 25']);
    expect(listOccupationOptions(student)).toHaveLength(28);
  });
});

describe('deleting an occupation', () => {
  it('removes its unknowns and leaves contacts and interviews, unlinked', () => {
    const student = makeUser('student');
    const id = insertOccupation(getDb(), student, values('Urban planner'));
    insertUnknown(getDb(), student, id, 'Is a master’s degree required?');
    const contactId = addContact(student, id);
    const interviewId = addInterview(student, contactId, id);
    expect(deleteOccupation(getDb(), student, id)).toBe(true);
    expect(getDb().select().from(occupations).where(eq(occupations.id, id)).get()).toBeUndefined();
    expect(getDb().select().from(occupationUnknowns).where(eq(occupationUnknowns.occupationId, id)).all()).toEqual([]);
    expect(getDb().select().from(contacts).where(eq(contacts.id, contactId)).get()?.occupationId).toBeNull();
    expect(getDb().select().from(interviews).where(eq(interviews.id, interviewId)).get()?.occupationId).toBeNull();
  });
});

describe('linked contacts and interviews', () => {
  it('lists the occupation’s contacts without their phone or e-mail, and its interviews latest first', () => {
    const student = makeUser('student');
    const id = insertOccupation(getDb(), student, values('Pharmacist'));
    const elsewhere = insertOccupation(getDb(), student, values('Baker'));
    const c1 = addContact(student, id, 'Priya');
    addContact(student, elsewhere, 'Not this one');
    const first = addInterview(student, c1, id);
    const second = addInterview(student, c1, id);
    const contactsFor = listOccupationContactsForViewer(student, id);
    expect(contactsFor.items).toEqual([{ id: c1, name: 'Priya', jobTitle: null, organisation: null }]);
    expect(JSON.stringify(contactsFor)).not.toMatch(/private\.example|555/);
    expect(listOccupationInterviewsForViewer(student, id).items.map((i) => i.id)).toEqual([second, first]);
  });
});
