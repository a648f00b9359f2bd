import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { findReminderPreferences } from '@/db/queries/reminders';
import { users } from '@/db/schema';
import { makeUser } from '@/db/testing/factories';
import { authModuleMock, form, signInAs, thrown } from '@/db/testing/session';
import { initialActionState } from '@/lib/forms';
import { unsubscribeToken } from './unsubscribe-token';

vi.mock('@/lib/auth', () => authModuleMock());
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { saveMyReminders, unsubscribeWithLink } = await import('./actions');

beforeEach(() => {
  process.env.AUTH_SECRET = 'reminder-action-test-secret-0123456789';
  signInAs(null);
});

describe('saveMyReminders', () => {
  it('is a student\'s own: staff and admins get a 404, a signed-out caller is sent to sign in', async () => {
    for (const role of ['counsellor', 'instructor', 'admin'] as const) {
      const person = makeUser(role);
      signInAs(person.id);
      expect(await thrown(saveMyReminders(initialActionState, form({ reminders: ['interview'] })))).toMatch(/404/);
    }
    signInAs(null);
    expect(await thrown(saveMyReminders(initialActionState, form({ reminders: ['interview'] })))).toMatch(/NEXT_REDIRECT.*sign-in/);
  });

  it('saves the ticked boxes and nothing else that was posted', async () => {
    const s = makeUser('student');
    const other = makeUser('student');
    signInAs(s.id);
    const state = await saveMyReminders(initialActionState, form({ reminders: ['interview', 'thankYou'], role: 'admin', userId: String(other.id), name: 'Hacked' }));
    expect(state).toMatchObject({ status: 'ok', message: 'Reminders saved.' });
    expect(findReminderPreferences(s)).toEqual({ thankYou: true, followUp: false, interview: true });
    expect(findReminderPreferences(other)).toEqual({ thankYou: false, followUp: false, interview: false });
    expect(getDb().select({ role: users.role, name: users.name }).from(users).where(eq(users.id, s.id)).get()).toEqual({ role: 'student', name: s.name });

    expect(await saveMyReminders(initialActionState, form({}))).toMatchObject({ status: 'ok', message: 'Reminder e-mails are off.' });
    expect(findReminderPreferences(s)).toEqual({ thankYou: false, followUp: false, interview: false });
  });

  it('refuses a reminder that does not exist, keeps what was ticked, and changes nothing', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    await saveMyReminders(initialActionState, form({ reminders: ['followUp'] }));
    const state = await saveMyReminders(initialActionState, form({ reminders: ['interview', 'weekly-newsletter'] }));
    expect(state.status).toBe('error');
    expect(state.fieldErrors?.reminders?.[0]).toMatch(/Choose from the reminders listed/);
    expect(state.values?.reminders).toBe('interview,weekly-newsletter');
    expect(findReminderPreferences(s)).toEqual({ thankYou: false, followUp: true, interview: false });
  });
});

describe('unsubscribeWithLink', () => {
  it('needs no sign-in: a signed link turns that reminder off; anything else is refused', async () => {
    const s = makeUser('student');
    signInAs(s.id);
    await saveMyReminders(initialActionState, form({ reminders: ['followUp', 'interview'] }));
    signInAs(null);
    expect(await unsubscribeWithLink('forged.token', initialActionState)).toMatchObject({ status: 'error' });
    expect(await unsubscribeWithLink('x'.repeat(500), initialActionState)).toMatchObject({ status: 'error' });
    expect(findReminderPreferences(s)).toEqual({ thankYou: false, followUp: true, interview: true });
    expect(await unsubscribeWithLink(unsubscribeToken(s.id, 'followUp', process.env.AUTH_SECRET!), initialActionState)).toMatchObject({ status: 'ok' });
    expect(findReminderPreferences(s)).toEqual({ thankYou: false, followUp: false, interview: true });
  });
});
