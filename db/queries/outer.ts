import { sql, type Column, type SQL } from 'drizzle-orm';

/**
 * A column of the outer query, for a correlated subquery in a select list:
 * sql`(select count(*) from ${submissions} where ${submissions.assignmentId} = ${outer(assignments.id)})`.
 * Drizzle writes a select list's columns without their table when the query reads one table
 * ("id", not "assignments"."id"), and inside the subquery "id" then names the subquery's own
 * column: every count compared a row with itself. Nested in its own sql``, the column keeps its
 * table. vitest.setup.ts refuses SQL that compares a column with a bare name.
 */
export function outer(column: Column): SQL {
  return sql`${column}`;
}
