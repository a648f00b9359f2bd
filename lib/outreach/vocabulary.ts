/** Reaching out: channels, outcomes, scripts, and the follow-up window. Dependency-free. */

export const OUTREACH_CHANNELS = ['phone', 'email', 'in-person', 'other'] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

export const OUTREACH_CHANNEL_LABELS: Readonly<Record<OutreachChannel, string>> = {
  phone: 'Phone',
  email: 'E-mail',
  'in-person': 'In person',
  other: 'Other',
};

export const OUTREACH_OUTCOMES = ['no-answer', 'left-message', 'agreed', 'declined', 'declined-suggested', 'awaiting-reply'] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];

export const OUTREACH_OUTCOME_LABELS: Readonly<Record<OutreachOutcome, string>> = {
  'no-answer': 'No answer',
  'left-message': 'Left a message',
  agreed: 'Agreed to talk',
  declined: 'Declined',
  'declined-suggested': 'Declined, and suggested someone else',
  'awaiting-reply': 'Awaiting a reply',
};

/**
 * The outcomes of a phone call logged with one tap on the call view (lib/outreach/actions.ts
 * logCallOutcome). "Suggested someone else" needs that person's name, so it has its own form.
 */
export const CALL_VIEW_OUTCOMES = ['no-answer', 'left-message', 'agreed', 'declined'] as const satisfies readonly OutreachOutcome[];

/** An e-mail with one of these outcomes has not been answered yet. */
export const UNANSWERED_OUTCOMES = ['awaiting-reply', 'no-answer'] as const satisfies readonly OutreachOutcome[];
/** Outcomes that end the approach with a "no". */
export const DECLINED_OUTCOMES = ['declined', 'declined-suggested'] as const satisfies readonly OutreachOutcome[];

/** An unanswered e-mail needs a phone call after this long (the seed: e-mails may not work without one). */
export const EMAIL_FOLLOW_UP_AFTER_MS = 3 * 24 * 60 * 60 * 1000;

export const SCRIPT_KINDS = ['phone', 'too-busy', 'email', 'voicemail'] as const;
export type ScriptKind = (typeof SCRIPT_KINDS)[number];

export const SCRIPT_KIND_LABELS: Readonly<Record<ScriptKind, string>> = {
  phone: 'Phone call',
  'too-busy': 'If they are too busy',
  email: 'E-mail',
  voicemail: 'Voicemail',
};

/** The templates the builder offers: the phone script carries the "too busy" branch itself. */
export const BUILDER_SCRIPT_KINDS = ['phone', 'email', 'voicemail'] as const satisfies readonly ScriptKind[];

export function isScriptKind(value: string): value is ScriptKind {
  return (SCRIPT_KINDS as readonly string[]).includes(value);
}
