import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable, SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import type { DB, Tx } from '../client';

/** A table with an integer `version` column that every edit raises. */
export type VersionedTable = SQLiteTable & { version: SQLiteColumn };

export type VersionedUpdate = { ok: true; version: number } | { ok: false };

/**
 * Optimistic concurrency for edit forms: one statement,
 *
 *   UPDATE t SET …values, version = version + 1 WHERE <where> AND version = <expected> RETURNING version
 *
 * so a save made from a form opened on an older version changes nothing and reports
 * `{ ok: false }` (the caller shows both versions: lib/forms.ts `staleEdit`). `where` must carry
 * the owner filter, as every write does. Atomic under SQLite's single writer, with no read first.
 */
export function updateIfVersion<T extends VersionedTable>(
  tx: DB | Tx,
  table: T,
  where: SQL | undefined,
  expected: number,
  values: SQLiteUpdateSetSource<T>,
): VersionedUpdate {
  const row = tx
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1` } as SQLiteUpdateSetSource<T>)
    .where(and(where, eq(table.version, expected)))
    .returning({ version: table.version })
    .get() as { version: number } | undefined;
  return row ? { ok: true, version: row.version } : { ok: false };
}

/** Raises a row's version without a form (a change made elsewhere that open forms must not undo). */
export function bumpVersion<T extends VersionedTable>(tx: DB | Tx, table: T, where: SQL | undefined, values: SQLiteUpdateSetSource<T>): void {
  tx.update(table)
    .set({ ...values, version: sql`${table.version} + 1` } as SQLiteUpdateSetSource<T>)
    .where(where)
    .run();
}
