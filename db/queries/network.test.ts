import { describe, expect, it } from 'vitest';
import { buildReferralForest } from '@/lib/contacts/network';
import { getDb } from '../client';
import { makeUser } from '../testing/factories';
import { insertContact } from './contacts';
import { listReferralLinksForViewer } from './network';

describe('referral links', () => {
  it('are the viewer’s own contacts with who referred them', () => {
    const s = makeUser('student');
    const other = makeUser('student');
    const a = insertContact(getDb(), s, { name: 'Alma', howFound: 'friend' });
    const b = insertContact(getDb(), s, { name: 'Bo', howFound: 'referral', referredByContactId: a });
    insertContact(getDb(), s, { name: 'Cass', howFound: 'referral', referredByContactId: b });
    insertContact(getDb(), other, { name: 'Not mine', howFound: 'friend' });
    const { links, truncated } = listReferralLinksForViewer(s, s.id);
    expect(truncated).toBe(false);
    expect(links.map((l) => [l.name, l.referredById])).toEqual([
      ['Alma', null],
      ['Bo', a],
      ['Cass', b],
    ]);
    const [root] = buildReferralForest(links);
    expect(root).toMatchObject({ name: 'Alma', descendants: 2 });
    expect(listReferralLinksForViewer(other, other.id).links.map((l) => l.name)).toEqual(['Not mine']);
    expect(listReferralLinksForViewer(other, s.id).links).toEqual([]);
    expect(listReferralLinksForViewer(makeUser('counsellor'), s.id).links).toEqual([]);
  });
});
