import { z } from 'zod';
import { REMINDER_KINDS, type ReminderChoices } from '@/lib/reminders/vocabulary';

/** The ticked reminder boxes (`reminders` repeated, one per kind); nothing ticked turns them all off. */
export const reminderChoicesSchema = z
  .object({
    reminders: z.preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(REMINDER_KINDS, { error: 'Choose from the reminders listed.' })).max(REMINDER_KINDS.length),
    ),
  })
  .transform(({ reminders }): ReminderChoices => ({
    thankYou: reminders.includes('thankYou'),
    followUp: reminders.includes('followUp'),
    interview: reminders.includes('interview'),
  }));
