import { count, eq } from 'drizzle-orm';
import { getDb } from '../client';
import { outbox, sections, users } from '../schema';
import { countUnsentMail } from './outbox';
import type { Viewer } from './users';

export function adminOverview(viewer: Viewer) {
  if (viewer.role !== 'admin') throw new Error('Only an admin may see the overview.');
  const db = getDb();
  const byRole = db.select({ role: users.role, n: count() }).from(users).groupBy(users.role).all();
  return {
    usersByRole: Object.fromEntries(byRole.map((r) => [r.role, r.n])) as Record<string, number>,
    sections: db.select({ n: count() }).from(sections).get()?.n ?? 0,
    unsentMail: countUnsentMail(),
    failedMail: db.select({ n: count() }).from(outbox).where(eq(outbox.status, 'failed')).get()?.n ?? 0,
  };
}
