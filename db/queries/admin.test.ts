import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@/lib/accounts/vocabulary';
import { getDb } from '../client';
import { users } from '../schema';
import { makeUser } from '../testing/factories';
import { adminOverview } from './admin';

/** Each role's accounts counted the plain way, one group per role. */
function countedByRole(): Record<Role, number> {
  const rows = getDb().select({ role: users.role, n: count() }).from(users).groupBy(users.role).all();
  return Object.fromEntries(ROLES.map((r) => [r, rows.find((row) => row.role === r)?.n ?? 0])) as Record<Role, number>;
}

describe("the admin's overview", () => {
  it('counts the accounts of each role, students being all accounts less the staff', () => {
    const admin = makeUser('admin');
    const before = adminOverview(admin).usersByRole;
    expect(before).toEqual(countedByRole());
    for (let i = 0; i < 5; i++) makeUser('student');
    makeUser('counsellor');
    makeUser('instructor');
    makeUser('instructor');
    const after = adminOverview(admin).usersByRole;
    expect(after).toEqual(countedByRole());
    expect(after).toEqual({ ...before, student: before.student + 5, counsellor: before.counsellor + 1, instructor: before.instructor + 2 });
  });

  it('is refused to anyone but an admin', () => {
    expect(() => adminOverview(makeUser('counsellor'))).toThrow(/Only an admin/);
    expect(() => adminOverview(makeUser('student'))).toThrow(/Only an admin/);
  });
});
