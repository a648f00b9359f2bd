import { and, asc, eq, gt, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { OPEN_INTERVIEW_STATUSES } from '../../lib/interviews/vocabulary';
import { getDb, type DB, type Tx } from '../client';
import { contacts, interviews, reminderPreferences, users } from '../schema';
import type { StudentViewer, Viewer } from './users';
import { ownedBy } from './visibility';

export type ReminderPreferences = { thankYou: boolean; followUp: boolean; interview: boolean };
type ReminderKey = keyof ReminderPreferences;

const NONE: ReminderPreferences = { thankYou: false, followUp: false, interview: false };

/** The reminders the viewer (a student) has chosen; none until they choose. */
export function findReminderPreferences(viewer: Viewer): ReminderPreferences {
  if (viewer.role !== 'student') return NONE;
  const row = getDb()
    .select({ thankYou: reminderPreferences.thankYou, followUp: reminderPreferences.followUp, interview: reminderPreferences.interview })
    .from(reminderPreferences)
    .where(eq(reminderPreferences.userId, viewer.id))
    .get();
  return row ?? NONE;
}

/**
 * Saves the viewer's own choices. Clears the day last looked at, so a reminder turned on this
 * morning can still make today's digest (the outbox lets one digest a day through regardless).
 */
export function saveReminderPreferences(tx: DB | Tx, viewer: Viewer, prefs: ReminderPreferences, now: Date): void {
  if (viewer.role !== 'student') throw new Error('Only a student chooses reminders.');
  tx.insert(reminderPreferences)
    .values({ userId: viewer.id, ...prefs, checkedDay: null, updatedAt: now })
    .onConflictDoUpdate({ target: reminderPreferences.userId, set: { ...prefs, checkedDay: null, updatedAt: now } })
    .run();
}

/**
 * Turns the given reminders off for one student (a signed unsubscribe link names them) and
 * nothing else. Returns what the choices were before, or null when the student has none stored.
 */
export function turnRemindersOff(tx: DB | Tx, userId: number, kinds: readonly ReminderKey[], now: Date): ReminderPreferences | null {
  const before = tx
    .select({ thankYou: reminderPreferences.thankYou, followUp: reminderPreferences.followUp, interview: reminderPreferences.interview })
    .from(reminderPreferences)
    .where(eq(reminderPreferences.userId, userId))
    .get();
  if (!before) return null;
  tx.update(reminderPreferences)
    .set({ ...Object.fromEntries(kinds.map((k) => [k, false])), updatedAt: now })
    .where(eq(reminderPreferences.userId, userId))
    .run();
  return before;
}

export type ReminderRecipient = StudentViewer & { prefs: ReminderPreferences; checkedDay: string | null };

/**
 * Active students with at least one reminder chosen, by id after `afterId` (the sweep walks
 * them in pages). Only students who opted in are read, however many accounts there are.
 */
export function listReminderRecipients(afterId: number, limit: number): ReminderRecipient[] {
  return getDb()
    .select({
      id: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
      thankYou: reminderPreferences.thankYou,
      followUp: reminderPreferences.followUp,
      interview: reminderPreferences.interview,
      checkedDay: reminderPreferences.checkedDay,
    })
    .from(reminderPreferences)
    .innerJoin(users, eq(users.id, reminderPreferences.userId))
    .where(
      and(
        gt(reminderPreferences.userId, afterId),
        eq(users.active, true),
        eq(users.role, 'student'),
        or(eq(reminderPreferences.thankYou, true), eq(reminderPreferences.followUp, true), eq(reminderPreferences.interview, true)),
      ),
    )
    .orderBy(asc(reminderPreferences.userId))
    .limit(limit)
    .all()
    .map(({ thankYou, followUp, interview, checkedDay, role: _role, ...viewer }) => ({ ...viewer, role: 'student' as const, prefs: { thankYou, followUp, interview }, checkedDay }));
}

export function markRemindersChecked(tx: DB | Tx, userId: number, day: string): void {
  tx.update(reminderPreferences).set({ checkedDay: day }).where(eq(reminderPreferences.userId, userId)).run();
}

const REMINDER_WINDOW_MS = 3 * 24 * 3600_000;

/**
 * The viewer's interviews a reminder could be about: starting within three days, or completed
 * within three days and not yet thanked.
 */
export function listReminderInterviews(viewer: Viewer, now: Date) {
  const soon = and(
    inArray(interviews.status, OPEN_INTERVIEW_STATUSES),
    gt(interviews.startsAt, now),
    lte(interviews.startsAt, new Date(now.getTime() + REMINDER_WINDOW_MS)),
  );
  const unthanked = and(eq(interviews.status, 'completed'), isNull(interviews.thankYouSentAt), gte(interviews.completedAt, new Date(now.getTime() - REMINDER_WINDOW_MS)));
  return getDb()
    .select({
      id: interviews.id,
      contactName: contacts.name,
      status: interviews.status,
      startsAt: interviews.startsAt,
      completedAt: interviews.completedAt,
      thankYouSentAt: interviews.thankYouSentAt,
    })
    .from(interviews)
    .innerJoin(contacts, eq(contacts.id, interviews.contactId))
    .where(and(ownedBy(viewer, interviews.studentId), or(soon, unthanked)))
    .orderBy(asc(interviews.id))
    .limit(100)
    .all();
}
