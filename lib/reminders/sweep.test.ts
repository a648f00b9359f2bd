import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { findReminderPreferences, saveReminderPreferences } from '@/db/queries/reminders';
import { auditLog, contacts, interviewQuestions, interviews, outbox, outreachAttempts, reminderPreferences, users } from '@/db/schema';
import { makeUser } from '@/db/testing/factories';
import type { Viewer } from '@/db/queries/users';
import { THANK_YOU_OVERDUE_AFTER_MS } from '@/lib/interviews/vocabulary';
import { EMAIL_FOLLOW_UP_AFTER_MS } from '@/lib/outreach/vocabulary';
import { NO_REMINDERS } from './rules';
import { sweepReminders, unsubscribeLinks } from './sweep';
import { applyUnsubscribe, previewUnsubscribe } from './unsubscribe';
import { unsubscribeToken } from './unsubscribe-token';

const SECRET = 'test-secret-for-unsubscribe-links-0123456789';
const OPTS = { appUrl: 'https://careers.college.test', secret: SECRET };
// Tuesday 1 December 2026, 9:00 in Vancouver (the students' default zone).
const NOW = new Date('2026-12-01T17:00:00Z');
const TOMORROW_START = new Date('2026-12-02T08:00:00Z');
const H = 3600_000;
const ALL = { thankYou: true, followUp: true, interview: true };

let counter = 0;

function contact(student: Viewer, name: string): number {
  return getDb().insert(contacts).values({ studentId: student.id, name }).returning({ id: contacts.id }).get().id;
}

function interview(student: Viewer, values: Partial<typeof interviews.$inferInsert> & { contactName: string }): number {
  const { contactName, ...rest } = values;
  return getDb()
    .insert(interviews)
    .values({ studentId: student.id, contactId: contact(student, contactName), calendarUid: `uid-${++counter}-${Math.random()}`, status: 'scheduled', ...rest })
    .returning({ id: interviews.id })
    .get().id;
}

/** A student with something of every kind due in today's digest. */
function busyStudent(): Viewer {
  const s = makeUser('student', { name: 'Sam Student' });
  const upcoming = interview(s, { contactName: 'Ana Li', startsAt: new Date(TOMORROW_START.getTime() + 10 * H), location: 'Room 4', mode: 'in-person', calendarSequence: 2 });
  getDb().insert(interviewQuestions).values({ interviewId: upcoming, studentId: s.id, text: 'How did you get started?', position: 1, mustAsk: true }).run();
  interview(s, { contactName: 'Cy Do', status: 'completed', completedAt: new Date(TOMORROW_START.getTime() + 5 * H - THANK_YOU_OVERDUE_AFTER_MS) });
  const ben = contact(s, 'Ben Wu');
  getDb()
    .insert(outreachAttempts)
    .values({ contactId: ben, studentId: s.id, channel: 'email', outcome: 'awaiting-reply', attemptedAt: new Date(NOW.getTime() + 2 * H - EMAIL_FOLLOW_UP_AFTER_MS) })
    .run();
  return s;
}

function choose(student: Viewer, prefs = ALL) {
  saveReminderPreferences(getDb(), student, prefs, NOW);
}

function digestsFor(student: Viewer) {
  return getDb().select().from(outbox).where(eq(outbox.toUserId, student.id)).all();
}

beforeEach(() => {
  getDb().delete(outbox).run();
});

describe('the daily digest', () => {
  it('puts everything due in one e-mail, with links from APP_URL, the .ics and one-click unsubscribe headers', async () => {
    const s = busyStudent();
    choose(s);
    expect(await sweepReminders(NOW, OPTS)).toBeGreaterThanOrEqual(1);
    const [mail] = digestsFor(s);
    expect(mail).toMatchObject({ kind: 'reminders', toAddress: s.email, status: 'queued', dedupeKey: `reminders:${s.id}:2026-12-01` });
    expect(mail.subject).toBe('Your reminders for Tue, Dec 1: 3 things to do');
    expect(mail.body).toMatch(/^Hello Sam,/);
    expect(mail.body.indexOf('Interview tomorrow')).toBeLessThan(mail.body.indexOf('Follow-up call due today'));
    expect(mail.body.indexOf('Follow-up call due today')).toBeLessThan(mail.body.indexOf('Thank-you due tomorrow'));
    expect(mail.body).toContain('Ana Li, Wed, Dec 2, 2026, 10:00 a.m. (calendar file attached)');
    expect(mail.body).toMatch(/https:\/\/careers\.college\.test\/interviews\/\d+\n/);
    expect(mail.body).toMatch(/Call Ben Wu.*\n {2}https:\/\/careers\.college\.test\/contacts\/\d+#outreach/);
    expect(mail.body).toMatch(/Thank Cy Do.*\n {2}https:\/\/careers\.college\.test\/interviews\/\d+#thank-you/);
    expect(mail.body).toContain(`Stop all reminder e-mails: ${unsubscribeLinks(s.id, OPTS).all}`);
    expect(mail.headers).toMatchObject({
      'List-Unsubscribe': `<${unsubscribeLinks(s.id, OPTS).oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(mail.attachments).toHaveLength(1);
    const ics = mail.attachments![0];
    expect(ics).toMatchObject({ filename: 'interview-2026-12-02.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH' });
    expect(ics.content).toContain('SEQUENCE:2');
    expect(ics.content).toContain('DTSTART:20261202T180000Z');
    expect(ics.content).toContain('1. How did you get started?');
  });

  it('is sent at most once per student per day, however often the sender sweeps', async () => {
    const s = busyStudent();
    choose(s);
    await sweepReminders(NOW, OPTS);
    await sweepReminders(new Date(NOW.getTime() + 3 * H), OPTS);
    // Even when choosing again clears the day's check, the outbox lets no second digest through.
    choose(s, { ...ALL, followUp: false });
    await sweepReminders(new Date(NOW.getTime() + 4 * H), OPTS);
    expect(digestsFor(s)).toHaveLength(1);
    // The next day is another day.
    const tomorrow = new Date(NOW.getTime() + 24 * H);
    interview(s, { contactName: 'Eve Fox', startsAt: new Date(tomorrow.getTime() + 24 * H) });
    await sweepReminders(tomorrow, OPTS);
    expect(digestsFor(s).map((m) => m.dedupeKey)).toEqual([`reminders:${s.id}:2026-12-01`, `reminders:${s.id}:2026-12-02`]);
  });

  it('waits for 7 a.m. in the student\'s zone', async () => {
    const s = busyStudent();
    choose(s);
    await sweepReminders(new Date('2026-12-01T14:59:59Z'), OPTS); // 6:59 a.m. in Vancouver
    expect(digestsFor(s)).toHaveLength(0);
    await sweepReminders(new Date('2026-12-01T15:00:00Z'), OPTS);
    expect(digestsFor(s)).toHaveLength(1);
  });

  it('sends nothing when nothing is due, to a student who chose nothing, or to a deactivated one', async () => {
    const idle = makeUser('student');
    choose(idle);
    const unchosen = busyStudent();
    const gone = busyStudent();
    choose(gone);
    getDb().update(users).set({ active: false }).where(eq(users.id, gone.id)).run();
    await sweepReminders(NOW, OPTS);
    expect([...digestsFor(idle), ...digestsFor(unchosen), ...digestsFor(gone)]).toEqual([]);
    expect(getDb().select().from(reminderPreferences).where(eq(reminderPreferences.userId, idle.id)).get()?.checkedDay).toBe('2026-12-01');
  });

  it('holds only the kinds chosen', async () => {
    const s = busyStudent();
    choose(s, { thankYou: true, followUp: false, interview: false });
    await sweepReminders(NOW, OPTS);
    const [mail] = digestsFor(s);
    expect(mail.subject).toMatch(/1 thing to do$/);
    expect(mail.body).toContain('Thank-you due tomorrow');
    expect(mail.body).not.toContain('Interview tomorrow');
    expect(mail.attachments).toEqual([]);
  });
});

describe('one-click unsubscribe', () => {
  function snapshot(id: number) {
    const user = getDb().select().from(users).where(eq(users.id, id)).get()!;
    return { ...user, updatedAt: undefined };
  }

  it('turns off only the reminders the link names, for its student only, and touches nothing else', async () => {
    const s = busyStudent();
    const other = busyStudent();
    choose(s);
    choose(other);
    const before = snapshot(s.id);

    expect(applyUnsubscribe(unsubscribeToken(s.id, 'interview', SECRET), NOW, 'page', SECRET)).toEqual({ ok: true, scope: 'interview' });
    expect(findReminderPreferences(s)).toEqual({ thankYou: true, followUp: true, interview: false });
    expect(findReminderPreferences(other)).toEqual(ALL);
    expect(snapshot(s.id)).toEqual(before); // name, e-mail, zone, role, password, session version

    const oneClick = new URL(unsubscribeLinks(s.id, OPTS).oneClick).pathname.split('/').pop()!;
    expect(applyUnsubscribe(oneClick, NOW, 'one-click', SECRET)).toEqual({ ok: true, scope: 'all' });
    expect(findReminderPreferences(s)).toEqual(NO_REMINDERS);
    expect(findReminderPreferences(other)).toEqual(ALL);
    expect(snapshot(s.id)).toEqual(before);
    const audit = getDb().select().from(auditLog).where(eq(auditLog.action, 'REMINDERS_UNSUBSCRIBED')).all().filter((a) => a.subjectId === s.id);
    expect(audit.map((a) => a.details)).toEqual([
      { kinds: ['interview'], via: 'page' },
      { kinds: ['thankYou', 'followUp', 'interview'], via: 'one-click' },
    ]);

    // Saying it again is harmless, and after it the sweep sends nothing.
    expect(applyUnsubscribe(oneClick, NOW, 'one-click', SECRET).ok).toBe(true);
    await sweepReminders(NOW, OPTS);
    expect(digestsFor(s)).toHaveLength(0);
  });

  it('refuses a link that was altered, made with another secret, or is not one at all, and changes nothing', () => {
    const s = busyStudent();
    const victim = busyStudent();
    choose(s);
    choose(victim);
    const token = unsubscribeToken(s.id, 'all', SECRET);
    const [, signature] = token.split('.');
    const forged = `${Buffer.from(`${victim.id}.all`).toString('base64url')}.${signature}`;
    for (const bad of [forged, unsubscribeToken(victim.id, 'all', 'another-secret'), `${token}x`, 'nonsense', '', token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))]) {
      expect(applyUnsubscribe(bad, NOW, 'one-click', SECRET)).toEqual({ ok: false });
      expect(previewUnsubscribe(bad, SECRET)).toEqual({ ok: false });
    }
    expect(findReminderPreferences(victim)).toEqual(ALL);
    expect(findReminderPreferences(s)).toEqual(ALL);
  });
});
