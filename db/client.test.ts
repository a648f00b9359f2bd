import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, getSqlite } from './client';
import { users } from './schema';
import { makeUser } from './testing/factories';

describe('kept statements', () => {
  it('prepares each SQL text once and hands the same statement back', () => {
    const sqlite = getSqlite();
    expect(sqlite.prepare('select 1 as one')).toBe(sqlite.prepare('select 1 as one'));
  });

  it('a statement drizzle left in raw mode gives plain rows to the next caller of the same SQL', () => {
    const u = makeUser('student');
    const query = getDb().select({ id: users.id, email: users.email }).from(users).where(eq(users.id, u.id));
    expect(query.get()).toEqual({ id: u.id, email: u.email }); // drizzle reads it as raw rows
    const { sql, params } = query.toSQL();
    expect(getSqlite().prepare(sql).get(...params)).toEqual({ id: u.id, email: u.email });
    expect(query.get()).toEqual({ id: u.id, email: u.email });
  });

  it('writes and transactions work through kept statements', () => {
    const u = makeUser('student');
    for (const name of ['First', 'Second']) getDb().transaction((tx) => tx.update(users).set({ name }).where(eq(users.id, u.id)).run());
    expect(getDb().select({ name: users.name }).from(users).where(eq(users.id, u.id)).get()).toEqual({ name: 'Second' });
  });
});
