import { count, eq, inArray } from 'drizzle-orm';
import { ROLES, type Role } from '@/lib/accounts/vocabulary';
import { getDb } from '../client';
import { outbox, sections, users } from '../schema';
import { countUnsentMail } from './outbox';
import type { Viewer } from './users';

// Students are nearly every account: counting them walks their index entries (1.7 ms for the
// bench centre's 30,000, and growing with every intake). The table's count comes from its b-tree
// and staff stay few, so students are the whole less the staff, read in one snapshot.
const STAFF_ROLES = ROLES.filter((r) => r !== 'student');

export function adminOverview(viewer: Viewer) {
  if (viewer.role !== 'admin') throw new Error('Only an admin may see the overview.');
  const db = getDb();
  return db.transaction(() => {
    const all = db.select({ n: count() }).from(users).get()?.n ?? 0;
    const staff = db.select({ role: users.role, n: count() }).from(users).where(inArray(users.role, STAFF_ROLES)).groupBy(users.role).all();
    const usersByRole = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
    for (const s of staff) usersByRole[s.role] = s.n;
    usersByRole.student = all - staff.reduce((sum, s) => sum + s.n, 0);
    return {
      usersByRole,
      sections: db.select({ n: count() }).from(sections).get()?.n ?? 0,
      unsentMail: countUnsentMail(),
      failedMail: db.select({ n: count() }).from(outbox).where(eq(outbox.status, 'failed')).get()?.n ?? 0,
    };
  });
}
