import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
// The vocabularies are dependency-free modules that server, client and SQL share (one list each).
import { DEFAULT_TIME_ZONE, MEMBER_ROLES, ROLES } from '../lib/accounts/vocabulary';
import { CONTACT_SOURCES, type ContactCriterion } from '../lib/contacts/vocabulary';
import { GRADE_STATUSES, PROCESS_RULES } from '../lib/grading/vocabulary';
import { DEFAULT_DURATION_MINUTES, INTERVIEW_MODES, INTERVIEW_STATUSES, THANK_YOU_CHANNELS, type Checklist } from '../lib/interviews/vocabulary';
import { OCCUPATION_STATUSES } from '../lib/occupations/vocabulary';
import { OUTREACH_CHANNELS, OUTREACH_OUTCOMES, SCRIPT_KINDS } from '../lib/outreach/vocabulary';
import { MAIL_STATUSES, type MailAttachment } from '../lib/mail/vocabulary';
import { QUESTION_BANKS } from '../lib/questions/vocabulary';
import { ASSIGNMENT_STATUSES, REVIEW_DECISIONS, SUBMISSION_STATUSES, type NotificationKind } from '../lib/submissions/vocabulary';

export type { Role, MemberRole } from '../lib/accounts/vocabulary';

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
    timeZone: text('time_zone').notNull().default(DEFAULT_TIME_ZONE),
    /** The institution's student number (Canvas's "SIS User ID"); students only, from a roster import. */
    studentNumber: text('student_number'),
    /** What a student's outreach scripts say after "I'm currently taking…" (kept here, not in a cookie). */
    courseAndInstitution: text('course_and_institution'),
    /** Raised by every edit of the profile or the account, so a form opened earlier cannot overwrite it. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    uniqueIndex('users_student_number_unique').on(t.studentNumber),
    index('users_name_idx').on(t.name),
    index('users_role_name_idx').on(t.role, t.name),
    check('users_role_check', sql`${t.role} in (${sql.raw(ROLES.map((r) => `'${r}'`).join(','))})`),
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
    /** Due dates are entered and shown in the section's zone, whoever looks. */
    timeZone: text('time_zone').notNull().default(DEFAULT_TIME_ZONE),
    /**
     * Raised by a trigger with every write to the section's grades or to its assignments' points
     * (drizzle/0016_grades_version_triggers.sql), and with every change to its students' memberships
     * and names (drizzle/0023): what the gradebook's statistics and its order by total were
     * computed at, so they are recomputed exactly when something they count has changed.
     */
    gradesVersion: integer('grades_version').notNull().default(0),
    /**
     * How much of the section's work waits for review, per status, kept by triggers from the
     * submissions themselves (drizzle/0018_review_queue_count_triggers.sql): the queue's counts
     * and the staff home's "n waiting" read these instead of counting thousands of submissions.
     */
    awaitingReviewSubmitted: integer('awaiting_review_submitted').notNull().default(0),
    awaitingReviewResubmitted: integer('awaiting_review_resubmitted').notNull().default(0),
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
    /**
     * The member's name (users.name), kept by triggers (drizzle/0022_member_name_triggers.sql) so
     * a section's students are walked in name order from an index: the grader's "3 of 2,000" and
     * its previous and next had joined and sorted all 2,000 to find one neighbour.
     */
    name: text('name').notNull().default(''),
    /*
     * How far a student member has come through the method (lib/overview/vocabulary METHOD_STEPS),
     * kept by triggers (drizzle/0014_method_progress_triggers.sql) in the transaction of every
     * write that changes it, so the section overview's chart reads 2,000 rows of one table rather
     * than asking seven questions of five tables per student. Staff rows stay false.
     */
    foundContact: integer('found_contact', { mode: 'boolean' }).notNull().default(false),
    reachedOut: integer('reached_out', { mode: 'boolean' }).notNull().default(false),
    interviewed: integer('interviewed', { mode: 'boolean' }).notNull().default(false),
    thanked: integer('thanked', { mode: 'boolean' }).notNull().default(false),
    reflected: integer('reflected', { mode: 'boolean' }).notNull().default(false),
    reviewed: integer('reviewed', { mode: 'boolean' }).notNull().default(false),
    /**
     * The member's latest write to their own records (occupations, contacts, outreach, interviews,
     * written work), kept by triggers (drizzle/0020_last_activity_triggers.sql): the overview shows
     * it per student and sorts 2,000 students by it.
     */
    lastActivityAt: integer('last_activity_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.sectionId, t.userId] }),
    index('section_members_user_idx').on(t.userId, t.role),
    index('section_members_section_name_idx').on(t.sectionId, t.role, t.name, t.userId),
    // A section's students with their progress (the overview's chart and its joins to users) from the index alone.
    index('section_members_section_role_idx').on(t.sectionId, t.role, t.userId, t.foundContact, t.reachedOut, t.interviewed, t.thanked, t.reflected, t.reviewed, t.lastActivityAt),
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


/**
 * Mail waiting to be sent, being sent, sent or given up on. The sender (lib/mail) claims one row
 * at a time in a transaction (status 'sending', a claim token and a lease), so two processes or a
 * restart never send a row twice; admins read the outbox and retry failed rows.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    toUserId: integer('to_user_id').references(() => users.id, { onDelete: 'cascade' }),
    toAddress: text('to_address').notNull(),
    /** What it is for: 'invite', 'reset', 'reminders', a review notification… (admins filter by it). */
    kind: text('kind').notNull().default('message'),
    subject: text('subject').notNull(),
    /** The plain-text part. */
    body: text('body').notNull(),
    /** The HTML part; null means "made from the text part when sent". */
    html: text('html'),
    /** Extra headers, e.g. List-Unsubscribe. */
    headers: text('headers', { mode: 'json' }).$type<Record<string, string>>(),
    attachments: text('attachments', { mode: 'json' }).$type<MailAttachment[]>(),
    /** At most one row per key (e.g. one reminder digest per student per day). */
    dedupeKey: text('dedupe_key'),
    status: text('status', { enum: MAIL_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** Not before this time (backoff after a failure); null means now. */
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }),
    /** The sender holding the row while 'sending', and until when its claim lasts. */
    claimToken: text('claim_token'),
    claimedUntil: integer('claimed_until', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
    lastAttemptAt: integer('last_attempt_at', { mode: 'timestamp_ms' }),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('outbox_status_next_idx').on(t.status, t.nextAttemptAt, t.id),
    index('outbox_to_user_idx').on(t.toUserId),
    uniqueIndex('outbox_dedupe_key_unique').on(t.dedupeKey),
  ],
);

/** Settings an admin changes in the app (not deployment configuration), one JSON value per key. */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedById: integer('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
});

/**
 * The reminder e-mails a student has chosen. `checkedDay` is the last day (YYYY-MM-DD in their
 * time zone) their reminders were worked out, so the sender looks once a day.
 */
export const reminderPreferences = sqliteTable('reminder_preferences', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  thankYou: integer('thank_you', { mode: 'boolean' }).notNull().default(false),
  followUp: integer('follow_up', { mode: 'boolean' }).notNull().default(false),
  interview: integer('interview', { mode: 'boolean' }).notNull().default(false),
  checkedDay: text('checked_day'),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
});

/**
 * Guesses counted before their check (lib/auth/throttle.ts), keyed 'account:<email>' (untrusted
 * clients), 'device:<id>' (a browser with a device cookie), 'address:<ip>', 'reauth:<user id>'
 * (the current password on "change password") or 'totp:<user id>'.
 */
export const signInThrottle = sqliteTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: integer('last_failure_at', { mode: 'timestamp_ms' }).notNull(),
  blockedUntil: integer('blocked_until', { mode: 'timestamp_ms' }),
});

export const SECOND_FACTORS = ['totp', 'recovery-code', 'provider'] as const;
export type SecondFactor = (typeof SECOND_FACTORS)[number];
export const PENDING_STEPS = ['totp', 'enrol'] as const;
export type PendingStep = (typeof PENDING_STEPS)[number];

/**
 * One row per sign-in. The session cookie (a JWT) carries only the id; every request reads the
 * row, so signing out, "sign out everywhere", a password change or a deactivation ends a session
 * on the server at once, and no session outlives its absolute end (8 hours after sign-in).
 */
export const sessions = sqliteTable(
  'sessions',
  {
    /** 256 random bits, base64url. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
    /** Why it ended: signed-out, signed-out-everywhere, password-changed, deactivated, two-step-reset. */
    endReason: text('end_reason'),
    /** How the second step was done: a TOTP code, a recovery code, or the sign-on provider's own. */
    secondFactor: text('second_factor', { enum: SECOND_FACTORS }),
    /** What the session must still do before it counts: enter a code ('totp') or set up two-step sign-in ('enrol'). */
    pendingStep: text('pending_step', { enum: PENDING_STEPS }),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId, t.endedAt)],
);

/** A person's authenticator app (RFC 6238). The secret is encrypted with a key derived from AUTH_SECRET. */
export const totpFactors = sqliteTable('totp_factors', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  /** Null while being set up; on once the first code is confirmed. */
  confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
  /** The last 30-second step a code was accepted for: each code works once. */
  lastStep: integer('last_step'),
  createdAt: createdAt(),
});

/** One-time recovery codes for two-step sign-in; only a SHA-256 of each (125 random bits) is kept. */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('recovery_codes_hash_unique').on(t.codeHash), index('recovery_codes_user_idx').on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type Section = typeof sections.$inferSelect;

// ---------------------------------------------------------------------------------------------
// The student's information-interview workflow. Every row carries its student's id so that
// each query filters by the viewer in SQL without a join.

export const occupations = sqliteTable(
  'occupations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    whyInterested: text('why_interested'),
    researchNotes: text('research_notes'),
    /** One source (a URL or a citation) per line. */
    sources: text('sources'),
    status: text('status', { enum: OCCUPATION_STATUSES }).notNull().default('exploring'),
    /** Raised by every edit: a save from a form opened on an older version is refused (db/queries/versioned.ts). */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('occupations_student_idx').on(t.studentId, t.status, t.title)],
);

/** The question banks: the seed's defaults (owner null, never deleted) and people's own. */
export const questions = sqliteTable(
  'questions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bank: text('bank', { enum: QUESTION_BANKS }).notNull(),
    /** For interview questions: a key of INTERVIEW_QUESTION_CATEGORIES, or 'own'. */
    category: text('category'),
    text: text('text').notNull(),
    /** Display order within the bank (the seed's numbering for defaults). */
    position: integer('position').notNull().default(0),
    isDefault: integer('is_default', { mode: 'boolean' }).notNull().default(false),
    /** A student's own (for their interviews) or a counsellor's or instructor's (for their sections). */
    ownerId: integer('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('questions_bank_owner_idx').on(t.bank, t.ownerId, t.position)],
);

/** "What I still don't know" about an occupation: each can become an interview question. */
export const occupationUnknowns = sqliteTable(
  'occupation_unknowns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    occupationId: integer('occupation_id')
      .notNull()
      .references(() => occupations.id, { onDelete: 'cascade' }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    questionId: integer('question_id').references(() => questions.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('occupation_unknowns_occupation_idx').on(t.occupationId), index('occupation_unknowns_student_idx').on(t.studentId)],
);

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    jobTitle: text('job_title'),
    organisation: text('organisation'),
    occupationId: integer('occupation_id').references(() => occupations.id, { onDelete: 'set null' }),
    /** The student's alone: never shown to staff (third parties did not consent). */
    email: text('email'),
    phone: text('phone'),
    notes: text('notes'),
    howFound: text('how_found', { enum: CONTACT_SOURCES }).notNull().default('other'),
    /** e.g. which association, which agency, whose friend. */
    howFoundDetail: text('how_found_detail'),
    criteria: text('criteria', { mode: 'json' }).$type<ContactCriterion[]>().notNull().default(sql`'[]'`),
    referredByContactId: integer('referred_by_contact_id').references((): AnySQLiteColumn => contacts.id, { onDelete: 'set null' }),
    referredInInterviewId: integer('referred_in_interview_id').references((): AnySQLiteColumn => interviews.id, { onDelete: 'set null' }),
    /** Raised by every edit: a save from a form opened on an older version is refused (db/queries/versioned.ts). */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('contacts_student_name_idx').on(t.studentId, t.name),
    index('contacts_occupation_idx').on(t.occupationId),
    index('contacts_referred_by_idx').on(t.referredByContactId),
    index('contacts_referred_in_idx').on(t.referredInInterviewId),
  ],
);

export const outreachAttempts = sqliteTable(
  'outreach_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    attemptedAt: integer('attempted_at', { mode: 'timestamp_ms' }).notNull(),
    channel: text('channel', { enum: OUTREACH_CHANNELS }).notNull(),
    outcome: text('outcome', { enum: OUTREACH_OUTCOMES }).notNull(),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (t) => [index('outreach_contact_idx').on(t.contactId, t.attemptedAt), index('outreach_student_idx').on(t.studentId, t.channel, t.outcome)],
);

export const scripts = sqliteTable(
  'scripts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: SCRIPT_KINDS }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** Raised by every edit: a save from a form opened on an older version is refused (db/queries/versioned.ts). */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('scripts_student_idx').on(t.studentId, t.updatedAt), index('scripts_contact_idx').on(t.contactId)],
);

export const interviews = sqliteTable(
  'interviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    occupationId: integer('occupation_id').references(() => occupations.id, { onDelete: 'set null' }),
    /** iCalendar UID: kept across reschedules, with SEQUENCE raised each time. */
    calendarUid: text('calendar_uid').notNull(),
    calendarSequence: integer('calendar_sequence').notNull().default(0),
    status: text('status', { enum: INTERVIEW_STATUSES }).notNull().default('planned'),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }),
    durationMinutes: integer('duration_minutes').notNull().default(DEFAULT_DURATION_MINUTES),
    mode: text('mode', { enum: INTERVIEW_MODES }).notNull().default('in-person'),
    /** Address (in person), number (phone) or link (video). */
    location: text('location'),
    checklist: text('checklist', { mode: 'json' }).$type<Checklist>().notNull().default(sql`'{}'`),
    generalNotes: text('general_notes'),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
    thankYouChannel: text('thank_you_channel', { enum: THANK_YOU_CHANNELS }),
    thankYouSentAt: integer('thank_you_sent_at', { mode: 'timestamp_ms' }),
    thankYouText: text('thank_you_text'),
    /**
     * Raised by every edit of the schedule, the checklist and the status: a save from a form
     * opened on an older version is refused (db/queries/versioned.ts).
     */
    version: integer('version').notNull().default(1),
    /**
     * The notes (per question and general) and the thank-you letter save as they are typed, each
     * with its own counter, so a keystroke's save never conflicts with a schedule edit, nor notes
     * with the letter; only two tabs on the same text do. plan_version guards the question plan's
     * order (a reorder made from a stale list is refused).
     */
    notesVersion: integer('notes_version').notNull().default(1),
    thankYouVersion: integer('thank_you_version').notNull().default(1),
    planVersion: integer('plan_version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('interviews_calendar_uid_unique').on(t.calendarUid),
    index('interviews_student_status_idx').on(t.studentId, t.status, t.startsAt),
    // Thank-yous overdue, per student, for every student of a 2,000-student section when the
    // overview sorts by them: counted from this index alone.
    index('interviews_student_thank_you_idx').on(t.studentId, t.status, t.thankYouSentAt, t.completedAt),
    index('interviews_contact_idx').on(t.contactId),
    index('interviews_occupation_idx').on(t.occupationId),
  ],
);

/** The question plan of one interview, with the notes taken against each question. */
export const interviewQuestions = sqliteTable(
  'interview_questions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    interviewId: integer('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The bank question it came from (null for one typed only here); lines answers up across interviews. */
    questionId: integer('question_id').references(() => questions.id, { onDelete: 'set null' }),
    /** The wording as planned, kept even if the bank question changes. */
    text: text('text').notNull(),
    position: integer('position').notNull(),
    mustAsk: integer('must_ask', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes'),
    /** Marked "particularly interesting": pre-fills the thank-you. */
    interesting: integer('interesting', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('interview_questions_interview_idx').on(t.interviewId, t.position), index('interview_questions_question_idx').on(t.questionId)],
);

export type Occupation = typeof occupations.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
export type Interview = typeof interviews.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Reflection assignments, submissions and their review (counsellors), and grading (instructors).

/** A piece of reflective coursework set for one section by its counsellor or instructor. */
export const assignments = sqliteTable(
  'assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id, { onDelete: 'cascade' }),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    /** Plain text; line breaks kept when shown, never rendered as HTML. */
    instructions: text('instructions'),
    status: text('status', { enum: ASSIGNMENT_STATUSES }).notNull().default('draft'),
    /** An instant; entered and shown in the section's time zone. On time means submitted at or before it. */
    dueAt: integer('due_at', { mode: 'timestamp_ms' }).notNull(),
    /** After this instant nothing more is accepted; null keeps accepting late work, marked late. */
    closesAt: integer('closes_at', { mode: 'timestamp_ms' }),
    /** The answers must be about one of the student's completed interviews. */
    requiresInterview: integer('requires_interview', { mode: 'boolean' }).notNull().default(false),
    /** How many times work returned for revision may be submitted again. */
    resubmissionsAllowed: integer('resubmissions_allowed').notNull().default(1),
    /** Null: not graded. */
    pointsPossible: real('points_possible'),
    rubricId: integer('rubric_id').references((): AnySQLiteColumn => rubrics.id, { onDelete: 'set null' }),
    /** Late policy: this percentage of the score off per day late (null: no penalty) … */
    latePenaltyPerDay: real('late_penalty_per_day'),
    /** … never taking the score below this percentage of what it would have been. */
    latePenaltyFloor: real('late_penalty_floor'),
    allowExtraCredit: integer('allow_extra_credit', { mode: 'boolean' }).notNull().default(false),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    /** Raised by every edit: a stale edit form is refused. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('assignments_section_idx').on(t.sectionId, t.status, t.dueAt), index('assignments_rubric_idx').on(t.rubricId)],
);

/** The questions an assignment asks, in order: bank questions (defaults or staff's own). */
export const assignmentQuestions = sqliteTable(
  'assignment_questions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('assignment_questions_unique').on(t.assignmentId, t.questionId), index('assignment_questions_order_idx').on(t.assignmentId, t.position)],
);

/** One student's own due date for one assignment. */
export const assignmentExtensions = sqliteTable(
  'assignment_extensions',
  {
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    dueAt: integer('due_at', { mode: 'timestamp_ms' }).notNull(),
    reason: text('reason'),
    grantedById: integer('granted_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.studentId] }), index('assignment_extensions_student_idx').on(t.studentId)],
);

/**
 * A student's written answers: to an assignment (one per student), or, with no assignment, their
 * personal reflection on one interview. Answers live in submission_answers while they are typed;
 * each submit freezes them into submission_versions.
 */
export const submissions = sqliteTable(
  'submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Null: the student's personal reflection on `interviewId`. */
    assignmentId: integer('assignment_id').references(() => assignments.id, { onDelete: 'cascade' }),
    /** The assignment's section, kept here so the review queue reads one index per section. */
    sectionId: integer('section_id').references(() => sections.id, { onDelete: 'cascade' }),
    /** The interview the answers are about. */
    interviewId: integer('interview_id').references(() => interviews.id, { onDelete: 'set null' }),
    status: text('status', { enum: SUBMISSION_STATUSES }).notNull().default('draft'),
    /** Raised by every write (each draft save too): a save from a stale tab is refused. */
    version: integer('version').notNull().default(1),
    /** How many times it has been submitted; the latest version's number. */
    attempt: integer('attempt').notNull().default(0),
    firstSubmittedAt: integer('first_submitted_at', { mode: 'timestamp_ms' }),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    /** Whether the latest submit came after the student's due date. */
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    decidedById: integer('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('submissions_assignment_student_unique').on(t.assignmentId, t.studentId),
    uniqueIndex('submissions_personal_unique').on(t.studentId, t.interviewId).where(sql`assignment_id is null`),
    index('submissions_queue_idx').on(t.sectionId, t.status, t.submittedAt),
    index('submissions_student_idx').on(t.studentId, t.updatedAt),
    // The section overview asks, for each of up to 2,000 students, what they have in this section
    // and in what state: answered from the index alone.
    index('submissions_student_section_idx').on(t.studentId, t.sectionId, t.status, t.attempt),
    index('submissions_interview_idx').on(t.interviewId),
  ],
);

/** The answer being written to one question (the draft, or the text as last submitted). */
export const submissionAnswers = sqliteTable(
  'submission_answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id),
    text: text('text').notNull().default(''),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('submission_answers_unique').on(t.submissionId, t.questionId), index('submission_answers_student_idx').on(t.studentId)],
);

export type SubmittedAnswer = { questionId: number; question: string; answer: string };

/** What was submitted each time, frozen, with the reviewer's decision on it. */
export const submissionVersions = sqliteTable(
  'submission_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    interviewId: integer('interview_id').references(() => interviews.id, { onDelete: 'set null' }),
    /** Question wording and answer as they stood, in the assignment's order. */
    answers: text('answers', { mode: 'json' }).$type<SubmittedAnswer[]>().notNull(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    decision: text('decision', { enum: REVIEW_DECISIONS }),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    decidedById: integer('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('submission_versions_unique').on(t.submissionId, t.number)],
);

/** A reviewer's comment on one answer (questionId) or on the whole submission (null). */
export const submissionComments = sqliteTable(
  'submission_comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    /** The version the comment was written against. */
    versionId: integer('version_id').references(() => submissionVersions.id, { onDelete: 'cascade' }),
    questionId: integer('question_id').references(() => questions.id),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('submission_comments_submission_idx').on(t.submissionId, t.createdAt)],
);

/** In-app notifications (the bell); a copy of each also goes to the outbox for e-mail. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<NotificationKind>().notNull(),
    title: text('title').notNull(),
    body: text('body'),
    /** Where a click takes the person (a path inside the app). */
    href: text('href').notNull(),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt, t.createdAt)],
);

/** An instructor's rubric; reused across assignments. A rubric with grades is copied, not changed. */
export const rubrics = sqliteTable(
  'rubrics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ownerId: integer('owner_id').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description'),
    /** The rubric this one was copied from when an edit would have rescored grades. */
    copiedFromId: integer('copied_from_id').references((): AnySQLiteColumn => rubrics.id, { onDelete: 'set null' }),
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('rubrics_owner_idx').on(t.ownerId, t.archivedAt)],
);

export const rubricCriteria = sqliteTable(
  'rubric_criteria',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    rubricId: integer('rubric_id')
      .notNull()
      .references(() => rubrics.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** A process criterion: the student's own records suggest its level. Null: judged by hand. */
    processRule: text('process_rule', { enum: PROCESS_RULES }),
  },
  (t) => [index('rubric_criteria_rubric_idx').on(t.rubricId, t.position)],
);

export const rubricLevels = sqliteTable(
  'rubric_levels',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    criterionId: integer('criterion_id')
      .notNull()
      .references(() => rubricCriteria.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    points: real('points').notNull(),
    description: text('description'),
  },
  (t) => [index('rubric_levels_criterion_idx').on(t.criterionId, t.position)],
);

/** One student's grade on one assignment: a draft until released. */
export const grades = sqliteTable(
  'grades',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id, { onDelete: 'cascade' }),
    submissionId: integer('submission_id').references(() => submissions.id, { onDelete: 'set null' }),
    graderId: integer('grader_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: GRADE_STATUSES }).notNull().default('draft'),
    /** Points before any late penalty: the rubric's sum, or typed. */
    points: real('points'),
    latePenaltyPercent: real('late_penalty_percent').notNull().default(0),
    /** A manual final score replaces the computed one; it needs a reason. */
    overridePoints: real('override_points'),
    overrideReason: text('override_reason'),
    /** What counts: the override, or points less the late penalty. */
    finalPoints: real('final_points'),
    feedback: text('feedback'),
    releasedAt: integer('released_at', { mode: 'timestamp_ms' }),
    /** The score as the student last saw it released; a later change shows as changed. */
    releasedPoints: real('released_points'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('grades_assignment_student_unique').on(t.assignmentId, t.studentId),
    index('grades_section_idx').on(t.sectionId, t.assignmentId),
    // The gradebook of a 2,000-student section (totals, cells, statistics, the Canvas export)
    // reads every grade of the section: from this index alone, never the wide rows.
    index('grades_section_student_idx').on(t.sectionId, t.studentId, t.status, t.finalPoints, t.assignmentId, t.releasedPoints),
  ],
);

/** The level (or typed points) chosen for one rubric criterion in one grade. */
export const gradeCriteria = sqliteTable(
  'grade_criteria',
  {
    gradeId: integer('grade_id')
      .notNull()
      .references(() => grades.id, { onDelete: 'cascade' }),
    criterionId: integer('criterion_id')
      .notNull()
      .references(() => rubricCriteria.id, { onDelete: 'cascade' }),
    levelId: integer('level_id').references(() => rubricLevels.id, { onDelete: 'set null' }),
    points: real('points').notNull(),
  },
  (t) => [primaryKey({ columns: [t.gradeId, t.criterionId] })],
);

/** Every grade write: who, whose, what it was and what it became. Read per section. */
export const gradeAudit = sqliteTable(
  'grade_audit',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gradeId: integer('grade_id').references(() => grades.id, { onDelete: 'set null' }),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id, { onDelete: 'cascade' }),
    graderId: integer('grader_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    createdAt: createdAt(),
  },
  (t) => [index('grade_audit_section_idx').on(t.sectionId, t.createdAt)],
);

export type Assignment = typeof assignments.$inferSelect;
export type Submission = typeof submissions.$inferSelect;
