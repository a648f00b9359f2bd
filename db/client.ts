import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import path from 'node:path';
import * as schema from './schema';

export type DB = BetterSQLite3Database<typeof schema>;
/** The handle a transaction callback receives; queries that write accept either. */
export type Tx = Parameters<Parameters<DB['transaction']>[0]>[0];

export const DEFAULT_DATABASE_PATH = path.join('data', 'horses-mouth.db');

export function databasePath(): string {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

/** Prepared statements kept per connection: the app's queries are a few hundred distinct texts. */
const STATEMENTS_KEPT = 1_000;

/**
 * Keeps each statement once prepared. drizzle prepares (compiles) every query anew each time it
 * runs, which was a fair share of a request's CPU (an autosave runs six). A statement is only
 * used synchronously (.run/.get/.all; nothing here iterates), so one per SQL text is safe to
 * reuse; drizzle switches a statement to raw rows for its own mapping, so each reuse starts
 * from plain rows again.
 */
function keepStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = kept.get(source);
    if (statement) {
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
      return statement;
    }
    statement = prepare(source);
    if (kept.size >= STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(source, statement);
    return statement;
  }) as Database.Database['prepare'];
}

export function openDatabase(file = databasePath()): { sqlite: Database.Database; db: DB } {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Reads of a big centre's file (half a gigabyte at 30,000 students) go through memory-mapped
  // pages and a 64 MiB cache rather than a read() call for every 4 KiB page past SQLite's default
  // 2 MiB cache: a page about 2,000 students then costs what it costs on a small centre.
  sqlite.pragma('mmap_size = 268435456');
  sqlite.pragma('cache_size = -65536');
  keepStatements(sqlite);
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

// One connection per server process, opened on first use (never at build time); kept on
// globalThis so that dev-mode module reloads do not leak handles.
const holder = globalThis as unknown as { __hmDb?: { sqlite: Database.Database; db: DB } };

export function getDb(): DB {
  holder.__hmDb ??= openDatabase();
  return holder.__hmDb.db;
}

export function getSqlite(): Database.Database {
  getDb();
  return holder.__hmDb!.sqlite;
}

/** Tests point DATABASE_PATH at a new file and call this so the next getDb() opens it. */
export function closeDatabase(): void {
  holder.__hmDb?.sqlite.close();
  holder.__hmDb = undefined;
}

/**
 * A query built once per connection (drizzle's .prepare(), values as sql.placeholder), for the
 * reads every request makes: building a query's SQL costs more than running it.
 */
export function preparedQuery<T>(build: (db: DB) => T): () => T {
  let built: { db: DB; query: T } | null = null;
  return () => {
    const db = getDb();
    if (built?.db !== db) built = { db, query: build(db) };
    return built.query;
  };
}

/** preparedQuery for a query whose SQL takes a few shapes: one per kind of viewer, say. */
export function preparedQueries<V extends string, T>(build: (db: DB, variant: V) => T): (variant: V) => T {
  const byVariant = new Map<V, () => T>();
  return (variant) => {
    let query = byVariant.get(variant);
    if (!query) byVariant.set(variant, (query = preparedQuery((db) => build(db, variant))));
    return query();
  };
}
