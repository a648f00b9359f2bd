import { describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { contacts, occupations } from '../schema';
import { makeUser } from '../testing/factories';
import { EXPORT_TABLES, exportAllForViewer, exportTableForViewer } from './export';
import { insertOwnInterviewQuestion } from './questions';

describe('a student’s export', () => {
  it('holds their own records and nobody else’s, without the owner column', () => {
    const me = makeUser('student');
    const other = makeUser('student');
    const counsellor = makeUser('counsellor');
    getDb().insert(occupations).values([{ studentId: me.id, title: 'Dental technician' }, { studentId: other.id, title: 'Baker' }]).run();
    getDb().insert(contacts).values([{ studentId: me.id, name: '=HYPERLINK("x")', howFound: 'family' }, { studentId: other.id, name: 'Not mine', howFound: 'other' }]).run();
    insertOwnInterviewQuestion(getDb(), me, 'What is a typical week?');
    insertOwnInterviewQuestion(getDb(), other, 'Not my question');

    const all = exportAllForViewer(me, me.id);
    expect(Object.keys(all)).toEqual([...EXPORT_TABLES]);
    expect(all.occupations.map((o) => o.title)).toEqual(['Dental technician']);
    expect(all.contacts.map((c) => c.name)).toEqual(['=HYPERLINK("x")']);
    expect(all.own_questions.map((q) => q.text)).toEqual(['What is a typical week?']);
    expect(exportTableForViewer(me, me.id, 'contacts').columns).not.toContain('studentId');
    expect(exportAllForViewer(counsellor, me.id).contacts).toEqual([]);
  });
});
