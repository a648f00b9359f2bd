import { getDb, type DB } from '../client';

/**
 * A query built once per connection and variant, then run with new values (sql.placeholder):
 * drizzle builds a query's SQL text anew on every call, walking each column and condition, and
 * for the one-row lookups every staff page makes that was most of their cost (three quarters of
 * the grader's reads, in-process). The variant names what changes the SQL's shape (a viewer's
 * role, say); kept per connection, so a closed and reopened database gets its own.
 */
export function preparedOnce<V extends string, Q>(build: (db: DB, variant: V) => Q): (variant: V) => Q {
  const kept = new WeakMap<DB, Map<V, Q>>();
  return (variant) => {
    const db = getDb();
    let byVariant = kept.get(db);
    if (!byVariant) kept.set(db, (byVariant = new Map()));
    let query = byVariant.get(variant);
    if (!query) byVariant.set(variant, (query = build(db, variant)));
    return query;
  };
}

/** preparedOnce for a query of one shape. */
export function preparedQuery<Q>(build: (db: DB) => Q): () => Q {
  const one = preparedOnce((db, _shape: 'one') => build(db));
  return () => one('one');
}
