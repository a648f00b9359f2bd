import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const ROLES = ['student', 'counsellor', 'instructor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const MEMBER_ROLES = ['student', 'instructor', 'counsellor'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stored lower-cased; unique. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Null until the person sets a password through their invite link. */
    passwordHash: text('password_hash'),
    /** Raised to end every open session (password change, "sign out everywhere", deactivation). */
    sessionVersion: integer('session_version').notNull().default(1),
    timeZone: text('time_zone').notNull().default('America/Vancouver'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    index('users_role_name_idx').on(t.role, t.name),
    check('users_role_check', sql`${t.role} in ('student','counsellor','instructor','admin')`),
  ],
);

export const sections = sqliteTable(
  'sections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseCode: text('course_code').notNull(),
    sectionCode: text('section_code').notNull(),
    title: text('title').notNull(),
    term: text('term').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sections_course_section_term_unique').on(t.courseCode, t.sectionCode, t.term)],
);

export const sectionMembers = sqliteTable(
  'section_members',
  {
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: MEMBER_ROLES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.sectionId, t.userId] }),
    index('section_members_user_idx').on(t.userId, t.role),
    index('section_members_section_role_idx').on(t.sectionId, t.role),
  ],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    subjectType: text('subject_type'),
    subjectId: integer('subject_id'),
    /** JSON: what changed. Never a password or a token. */
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_actor_idx').on(t.actorId, t.createdAt),
    index('audit_log_subject_idx').on(t.subjectType, t.subjectId),
  ],
);

export const TOKEN_PURPOSES = ['invite', 'reset'] as const;

/** One-time links to set a password. Only a SHA-256 of the token is stored. */
export const passwordTokens = sqliteTable(
  'password_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    purpose: text('purpose', { enum: TOKEN_PURPOSES }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('password_tokens_hash_unique').on(t.tokenHash), index('password_tokens_user_idx').on(t.userId)],
);

/** Mail waiting to be sent (SMTP delivery is a later step; admins can read it meanwhile). */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    toUserId: integer('to_user_id').references(() => users.id, { onDelete: 'cascade' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_unsent_idx').on(t.sentAt, t.createdAt), index('outbox_to_user_idx').on(t.toUserId)],
);

/** Failed sign-in counters, keyed 'account:<email>' or 'address:<ip>'. */
export const signInThrottle = sqliteTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: integer('last_failure_at', { mode: 'timestamp_ms' }).notNull(),
  blockedUntil: integer('blocked_until', { mode: 'timestamp_ms' }),
});

export type User = typeof users.$inferSelect;
export type Section = typeof sections.$inferSelect;
