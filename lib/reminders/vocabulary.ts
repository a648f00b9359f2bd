/** The reminder e-mails a student can choose: names, labels and their order, for server, client and SQL alike. */
export const REMINDER_KINDS = ['thankYou', 'followUp', 'interview'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export type ReminderChoices = Record<ReminderKind, boolean>;

export const NO_REMINDERS: ReminderChoices = { thankYou: false, followUp: false, interview: false };

/** In the order the account page lists them and the digest groups them. */
export const DIGEST_ORDER: readonly ReminderKind[] = ['interview', 'followUp', 'thankYou'];

export const REMINDER_LABELS: Record<ReminderKind, { choice: string; heading: string }> = {
  interview: { choice: 'An interview is tomorrow (with its calendar file)', heading: 'Interview tomorrow' },
  followUp: { choice: 'A follow-up call is due today', heading: 'Follow-up call due today' },
  thankYou: { choice: 'A thank-you is due tomorrow', heading: 'Thank-you due tomorrow' },
};

/** The digest goes out at or after this hour, the student's time. */
export const DIGEST_EARLIEST_HOUR = 7;
