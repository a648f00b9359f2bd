import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type DB, type Tx } from '../client';
import { users, type Role, type User } from '../schema';
import { containsPattern, pageWindow, toPage, type Page } from './pagination';

type ViewerAs<R extends Role> = { id: number; role: R; name: string; email: string; timeZone: string };

/**
 * Who is asking, as every query that reads people's records needs to know. A union over the
 * roles, so that checking `viewer.role` narrows the viewer itself (a read may promise a student
 * more columns than staff: see findContactForViewer).
 */
export type Viewer = { [R in Role]: ViewerAs<R> }[Role];
/** A viewer who is a student: the one audience that receives a contact's phone and e-mail. */
export type StudentViewer = ViewerAs<'student'>;

export type UserSummary = Pick<User, 'id' | 'email' | 'name' | 'role' | 'active' | 'createdAt'> & { hasPassword: boolean };

const summaryColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
  hasPassword: sql<boolean>`${users.passwordHash} is not null`.mapWith(Boolean),
};

/**
 * Name or e-mail contains the text, accents ignored. Three characters or more use the trigram
 * index (users_search, drizzle/0004), so the cost follows the matches, not the number of accounts.
 */
export function userMatches(text: string): SQL {
  if ([...text].length >= 3) {
    const phrase = `"${text.replaceAll('"', '""')}"`;
    return inArray(users.id, sql`(select rowid from users_search where users_search match ${phrase})`);
  }
  const p = containsPattern(text);
  return or(sql`${users.name} like ${p} escape '\\'`, sql`${users.email} like ${p} escape '\\'`)!;
}

function assertAdmin(viewer: Viewer): void {
  // Callers check first; this keeps a mistaken caller from reading everyone.
  if (viewer.role !== 'admin') throw new Error('Only an admin may list or change accounts.');
}

/** The account behind a session, if it is still active. Used by authorisation itself. */
export function findActiveUserById(id: number) {
  return (
    getDb()
      .select({ id: users.id, role: users.role, name: users.name, email: users.email, timeZone: users.timeZone, sessionVersion: users.sessionVersion })
      .from(users)
      .where(and(eq(users.id, id), eq(users.active, true)))
      .get() ?? null
  );
}

/** For the sign-in check only: includes the password hash. */
export function findUserForSignIn(email: string) {
  return getDb().select().from(users).where(eq(users.email, email.trim().toLowerCase())).get() ?? null;
}

export function findPasswordHash(viewer: Viewer): string | null {
  return getDb().select({ h: users.passwordHash }).from(users).where(eq(users.id, viewer.id)).get()?.h ?? null;
}

export function listUsers(viewer: Viewer, opts: { q?: string; role?: Role; page?: number }): Page<UserSummary> {
  assertAdmin(viewer);
  const filters: SQL[] = [];
  if (opts.q?.trim()) filters.push(userMatches(opts.q.trim()));
  if (opts.role) filters.push(eq(users.role, opts.role));
  const where = filters.length ? and(...filters) : undefined;
  const { limit, offset, page } = pageWindow(opts.page ?? 1);
  const db = getDb();
  const items = db.select(summaryColumns).from(users).where(where).orderBy(asc(users.name), asc(users.id)).limit(limit).offset(offset).all();
  const total = db.select({ n: count() }).from(users).where(where).get()?.n ?? 0;
  return toPage(items, total, page);
}

export function findUserForAdmin(viewer: Viewer, id: number): UserSummary | null {
  assertAdmin(viewer);
  return getDb().select(summaryColumns).from(users).where(eq(users.id, id)).get() ?? null;
}

export function emailInUse(email: string, exceptUserId?: number): boolean {
  const row = getDb().select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).get();
  return !!row && row.id !== exceptUserId;
}

export function insertUser(tx: DB | Tx, values: { email: string; name: string; role: Role; passwordHash?: string | null }): number {
  const row = tx
    .insert(users)
    .values({ email: values.email.toLowerCase(), name: values.name, role: values.role, passwordHash: values.passwordHash ?? null })
    .returning({ id: users.id })
    .get();
  return row.id;
}

export function updateUserRole(tx: DB | Tx, id: number, role: Role): void {
  tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, id)).run();
}

/** Deactivating also raises the session version, so open sessions end at once. */
export function updateUserActive(tx: DB | Tx, id: number, active: boolean): void {
  tx.update(users)
    .set({ active, updatedAt: new Date(), ...(active ? {} : { sessionVersion: sql`${users.sessionVersion} + 1` }) })
    .where(eq(users.id, id))
    .run();
}

/** A new password ends every other session. Returns the new session version. */
export function updatePasswordHash(tx: DB | Tx, id: number, passwordHash: string): number {
  const row = tx
    .update(users)
    .set({ passwordHash, updatedAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id))
    .returning({ sv: users.sessionVersion })
    .get();
  return row?.sv ?? 0;
}

export function bumpSessionVersion(tx: DB | Tx, id: number): void {
  tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, id)).run();
}

export function updateProfile(tx: DB | Tx, viewer: Viewer, values: { name: string; timeZone: string }): void {
  tx.update(users).set({ ...values, updatedAt: new Date() }).where(eq(users.id, viewer.id)).run();
}

export function countActiveAdmins(): number {
  return getDb().select({ n: count() }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true))).get()?.n ?? 0;
}

