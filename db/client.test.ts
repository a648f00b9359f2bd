import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { closeDatabase, getDb, getSqlite, preparedQueries } from './client';
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

describe('queries built once per connection', () => {
  it('builds each shape once, and again for a reopened database, where it runs', () => {
    const built: string[] = [];
    const nameOf = preparedQueries((db, shape: 'by-id' | 'by-email') => {
      built.push(shape);
      return db
        .select({ name: users.name })
        .from(users)
        .where(shape === 'by-id' ? eq(users.id, sql.placeholder('key')) : eq(users.email, sql.placeholder('key')))
        .prepare();
    });
    const person = makeUser('student', { name: 'Mere Tane' });
    expect(nameOf('by-id').get({ key: person.id })?.name).toBe('Mere Tane');
    expect(nameOf('by-id').get({ key: person.id + 1_000_000 })).toBeUndefined();
    expect(nameOf('by-email').get({ key: person.email })?.name).toBe('Mere Tane');
    expect(built).toEqual(['by-id', 'by-email']);

    // The statement of a closed connection cannot run: the query is built on the new one.
    const before = getDb();
    closeDatabase();
    expect(getDb()).not.toBe(before);
    expect(nameOf('by-id').get({ key: person.id })?.name).toBe('Mere Tane');
    expect(built).toEqual(['by-id', 'by-email', 'by-id']);
  });
});
