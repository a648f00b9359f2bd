import { describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { makeUser } from '../testing/factories';
import { findActiveUserById, findUserForAdmin, listUsers, updateUserActive } from './users';

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

  it('filters by role', () => {
    const admin = makeUser('admin');
    const roles = new Set(listUsers(admin, { role: 'instructor' }).items.map((u) => u.role));
    expect([...roles]).toEqual(roles.size ? ['instructor'] : []);
  });

  it('a deactivated account is not an active user, and its sessions are ended', () => {
    const student = makeUser('student');
    const before = findActiveUserById(student.id);
    expect(before).not.toBeNull();
    updateUserActive(getDb(), student.id, false);
    expect(findActiveUserById(student.id)).toBeNull();
    updateUserActive(getDb(), student.id, true);
    expect(findActiveUserById(student.id)?.sessionVersion).toBe(before!.sessionVersion + 1);
  });
});
