import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

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
    index('users_name_idx').on(t.name),
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

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
export type MailAttachment = { filename: string; contentType: string; content: string };

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

/** Failed sign-in counters, keyed 'account:<email>' or 'address:<ip>'. */
export const signInThrottle = sqliteTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: integer('last_failure_at', { mode: 'timestamp_ms' }).notNull(),
  blockedUntil: integer('blocked_until', { mode: 'timestamp_ms' }),
});

export type User = typeof users.$inferSelect;
export type Section = typeof sections.$inferSelect;

// ---------------------------------------------------------------------------------------------
// The student's information-interview workflow. Every row carries its student's id so that
// each query filters by the viewer in SQL without a join.

export const OCCUPATION_STATUSES = ['exploring', 'considering', 'ruled-out', 'chosen'] as const;
export type OccupationStatus = (typeof OCCUPATION_STATUSES)[number];

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
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('occupations_student_idx').on(t.studentId, t.status, t.title)],
);

export const QUESTION_BANKS = ['interview', 'reflection'] as const;

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
    ownerId: integer('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
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

export const CONTACT_SOURCES = [
  'friend',
  'family',
  'professional',
  'neighbour',
  'previous-employer',
  'fellow-student',
  'instructor-counsellor-advisor',
  'community-agency',
  'professional-association',
  'referral',
  'other',
] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

export const CONTACT_CRITERIA = ['works-in-occupation', 'shares-interest', 'setting-i-like', 'specific-job-organisation'] as const;
export type ContactCriterion = (typeof CONTACT_CRITERIA)[number];

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

export const OUTREACH_CHANNELS = ['phone', 'email', 'in-person', 'other'] as const;
export const OUTREACH_OUTCOMES = ['no-answer', 'left-message', 'agreed', 'declined', 'declined-suggested', 'awaiting-reply'] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];

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

export const SCRIPT_KINDS = ['phone', 'too-busy', 'email', 'voicemail'] as const;
export type ScriptKind = (typeof SCRIPT_KINDS)[number];

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
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('scripts_student_idx').on(t.studentId, t.updatedAt), index('scripts_contact_idx').on(t.contactId)],
);

export const INTERVIEW_STATUSES = ['planned', 'scheduled', 'completed', 'cancelled'] as const;
export const INTERVIEW_MODES = ['in-person', 'phone', 'video'] as const;
export const THANK_YOU_CHANNELS = ['email', 'card', 'both'] as const;

export type InterviewChecklist = Partial<Record<'research' | 'questions' | 'penAndPaper' | 'scriptPractised' | 'confirmed', boolean>>;

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
    durationMinutes: integer('duration_minutes').notNull().default(30),
    mode: text('mode', { enum: INTERVIEW_MODES }).notNull().default('in-person'),
    /** Address (in person), number (phone) or link (video). */
    location: text('location'),
    checklist: text('checklist', { mode: 'json' }).$type<InterviewChecklist>().notNull().default(sql`'{}'`),
    generalNotes: text('general_notes'),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
    thankYouChannel: text('thank_you_channel', { enum: THANK_YOU_CHANNELS }),
    thankYouSentAt: integer('thank_you_sent_at', { mode: 'timestamp_ms' }),
    thankYouText: text('thank_you_text'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('interviews_calendar_uid_unique').on(t.calendarUid),
    index('interviews_student_status_idx').on(t.studentId, t.status, t.startsAt),
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

/** A student's own written reflection on one interview (the seed's ten questions). */
export const reflections = sqliteTable(
  'reflections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studentId: integer('student_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    interviewId: integer('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    /** question id → answer. */
    answers: text('answers', { mode: 'json' }).$type<Record<string, string>>().notNull().default(sql`'{}'`),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('reflections_interview_unique').on(t.interviewId), index('reflections_student_idx').on(t.studentId)],
);

export type Occupation = typeof occupations.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
export type Interview = typeof interviews.$inferSelect;
