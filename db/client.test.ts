import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { closeDatabase, getDb, preparedQueries } from './client';
import { users } from './schema';
import { makeUser } from './testing/factories';

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
