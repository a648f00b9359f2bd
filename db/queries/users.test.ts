import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { users } from '../schema';
import { makeUser } from '../testing/factories';
import { findLiveSession, startSession } from './sessions';
import { findUserForAdmin, listUsers, updateUserActive } from './users';

describe('users', () => {
  it('only an admin may list or read accounts', () => {
    const admin = makeUser('admin');
    const counsellor = makeUser('counsellor');
    const student = makeUser('student', { name: 'Zoë Listed' });
    expect(listUsers(admin, { q: 'zoë listed' }).items.map((u) => u.id)).toEqual([student.id]);
    expect(findUserForAdmin(admin, student.id)?.email).toBe(student.email);
    expect(() => listUsers(counsellor, {})).toThrow();
    expect(() => listUsers(student, {})).toThrow();
    expect(() => findUserForAdmin(counsellor, student.id)).toThrow();
  });

  it('finds people by any part of their name or e-mail, accents ignored, and follows renames', () => {
    const admin = makeUser('admin');
    const zoe = makeUser('student', { name: 'Zoë Quillfeather', email: 'zq.unique@test.example' });
    const ids = (q: string) => listUsers(admin, { q }).items.map((u) => u.id);
    expect(ids('zoe quill')).toEqual([zoe.id]);
    expect(ids('QUILLFEATHER')).toEqual([zoe.id]);
    expect(ids('zq.unique@')).toEqual([zoe.id]);
    expect(ids('"quill')).toEqual([]); // a quote is text, not query syntax
    getDb().update(users).set({ name: 'Zoë Featherstone' }).where(eq(users.id, zoe.id)).run();
    expect(ids('quillfeather')).toEqual([]);
    expect(ids('featherstone')).toEqual([zoe.id]);
    const short = makeUser('student', { name: 'Xq Shortname' });
    expect(ids('xq')).toContain(short.id); // under three characters: a plain substring match
  });

  it('filters by role', () => {
    const admin = makeUser('admin');
    const roles = new Set(listUsers(admin, { role: 'instructor' }).items.map((u) => u.role));
    expect([...roles]).toEqual(roles.size ? ['instructor'] : []);
  });

  it('a deactivated account is not an active user, and its sessions are ended', () => {
    const student = makeUser('student');
    const now = new Date();
    const sid = startSession(getDb(), { userId: student.id, now });
    expect(findLiveSession(sid, now)?.id).toBe(student.id);
    updateUserActive(getDb(), student.id, false, now);
    expect(findLiveSession(sid, now)).toBeNull();
    // Reactivating does not bring the ended session back.
    updateUserActive(getDb(), student.id, true, now);
    expect(findLiveSession(sid, now)).toBeNull();
    expect(findLiveSession(startSession(getDb(), { userId: student.id, now }), now)?.id).toBe(student.id);
  });
});
