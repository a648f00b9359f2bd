import Link from '@/components/ui/Link';
import type { ReactNode } from 'react';
import { thankYouOverdueAt, thankYouSentInTime, thankYouState } from '@/lib/interviews/rules';
import {
  INTERVIEW_MODE_LABELS,
  INTERVIEW_STATUS_LABELS,
  THANK_YOU_CHANNEL_LABELS,
  type InterviewMode,
  type InterviewStatus,
  type ThankYouChannel,
} from '@/lib/interviews/vocabulary';
import { formatDate, formatDateTime } from '@/lib/time';

/*
 * One interview, read-only: who it was with (never how to reach them), when and how, the question
 * plan with the notes taken, the thank-you and the referrals it produced. Plain props, no data
 * access and no client code: the student's pages, the staff's record and the review page all
 * render it on the server. The parts (PlanWithNotes, ThankYouSummary, ReferralList) stand alone
 * where a page puts its forms between them.
 */

export type RecordInterview = {
  contactName: string;
  contactJobTitle: string | null;
  contactOrganisation: string | null;
  occupationTitle: string | null;
  status: InterviewStatus;
  startsAt: Date | null;
  durationMinutes: number;
  mode: InterviewMode;
  completedAt: Date | null;
  generalNotes: string | null;
  thankYouChannel: ThankYouChannel | null;
  thankYouSentAt: Date | null;
};

export type RecordQuestion = { id: number; text: string; mustAsk: boolean; notes: string | null; interesting: boolean };

/** A contact the interview led to; `href` makes the name a link (the student's own pages). */
export type RecordReferral = { id: number; name: string; jobTitle: string | null; organisation: string | null; href?: string };

export type InterviewRecordProps = {
  interview: RecordInterview;
  /** In the plan's order. */
  plan: RecordQuestion[];
  referrals: RecordReferral[];
  /** The viewer's zone: every date is shown in it. */
  timeZone: string;
  /** Decides whether a thank-you not yet sent is due or overdue. */
  now: Date;
  /** The level of the record's own headings, under the page's. */
  headingLevel?: 2 | 3;
};

const badge = 'ml-2 inline-block rounded px-2 py-0.5 text-xs font-semibold';

function jobAndPlace(p: { jobTitle: string | null; organisation: string | null }): string {
  return [p.jobTitle, p.organisation].filter(Boolean).join(', ');
}

export function InterviewRecord({ interview, plan, referrals, timeZone, now, headingLevel = 2 }: InterviewRecordProps) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const heading = 'mb-2 text-lg font-semibold text-stone-900';
  const about = jobAndPlace({ jobTitle: interview.contactJobTitle, organisation: interview.contactOrganisation });
  return (
    <div className="space-y-6">
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">With</dt>
        <dd className="break-words">
          {interview.contactName}
          {about ? `, ${about}` : ''}
        </dd>
        <dt className="font-semibold">Occupation</dt>
        <dd className="break-words">{interview.occupationTitle ?? 'Not linked to an occupation'}</dd>
        <dt className="font-semibold">When</dt>
        <dd>{interview.startsAt ? `${formatDateTime(interview.startsAt, timeZone)} (${interview.durationMinutes} minutes)` : 'No date set'}</dd>
        <dt className="font-semibold">How</dt>
        <dd>{INTERVIEW_MODE_LABELS[interview.mode]}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          {INTERVIEW_STATUS_LABELS[interview.status]}
          {interview.completedAt ? `, ${formatDateTime(interview.completedAt, timeZone)}` : ''}
        </dd>
      </dl>

      <section>
        <H className={heading}>Question plan and notes</H>
        {plan.length ? <PlanWithNotes plan={plan} /> : <p className="text-sm text-stone-700">No questions were planned.</p>}
      </section>

      <section>
        <H className={heading}>General notes</H>
        <Prose text={interview.generalNotes} empty="No general notes." />
      </section>

      <section>
        <H className={heading}>Thank-you</H>
        <ThankYouSummary interview={interview} timeZone={timeZone} now={now} />
      </section>

      <section>
        <H className={heading}>Referrals received</H>
        <ReferralList referrals={referrals} empty={<p className="text-sm text-stone-700">None recorded.</p>} />
      </section>
    </div>
  );
}

/** Text as it was typed, line breaks kept, never HTML. */
function Prose({ text, empty }: { text: string | null; empty: string }) {
  return text?.trim() ? <p className="whitespace-pre-wrap break-words text-sm text-stone-900">{text}</p> : <p className="text-sm text-stone-700">{empty}</p>;
}

/** The planned questions in order, each with the notes taken against it. */
export function PlanWithNotes({ plan }: { plan: RecordQuestion[] }) {
  return (
    <ol className="space-y-3" aria-label="Planned questions">
      {plan.map((q, i) => (
        <li key={q.id} className="rounded-md border border-stone-200 p-3">
          <p className="break-words">
            <span className="font-semibold">{i + 1}.</span> {q.text}
            {q.mustAsk ? <strong className={`${badge} bg-amber-100 text-amber-950`}>Must ask</strong> : null}
            {q.interesting ? <strong className={`${badge} bg-emerald-100 text-emerald-950`}>Particularly interesting</strong> : null}
          </p>
          <div className="mt-1">
            <Prose text={q.notes} empty="No notes taken." />
          </div>
        </li>
      ))}
    </ol>
  );
}

/** How the thank-you stands: sent (by what, when, within the seed's 48 hours or not), or owed. */
export function ThankYouSummary({ interview, timeZone, now }: { interview: RecordInterview; timeZone: string; now: Date }) {
  const state = thankYouState(interview, now);
  if (state === 'not-applicable') {
    return <p className="text-sm text-stone-700">{interview.status === 'cancelled' ? 'None: the interview was cancelled.' : 'Not yet: the interview has not happened.'}</p>;
  }
  if (state === 'sent' && interview.thankYouSentAt) {
    const inTime = thankYouSentInTime(interview);
    const channel = THANK_YOU_CHANNEL_LABELS[interview.thankYouChannel ?? 'email'].toLowerCase();
    const timing = inTime === true ? ', within 48 hours of the interview' : inTime === false ? ', more than 48 hours after the interview' : '';
    return (
      <p className="text-sm">
        Sent by {channel} on {formatDate(interview.thankYouSentAt, timeZone)}
        {timing}.
      </p>
    );
  }
  const deadline = interview.completedAt ? formatDateTime(thankYouOverdueAt(interview.completedAt), timeZone) : null;
  // The dates end in "a.m." or "p.m.": no full stop after them.
  if (state === 'overdue') return <p className="text-sm font-semibold text-red-800">{deadline ? `Not sent. Overdue since ${deadline}` : 'Not sent, and overdue.'}</p>;
  return <p className="text-sm">{deadline ? `Not sent yet. Due by ${deadline}` : 'Not sent yet.'}</p>;
}

/** Whom the interview led to: name, job and organisation. */
export function ReferralList({ referrals, empty }: { referrals: RecordReferral[]; empty: ReactNode }) {
  if (!referrals.length) return <>{empty}</>;
  return (
    <ul className="list-disc space-y-1 pl-6" aria-label="Referrals from this interview">
      {referrals.map((r) => {
        const about = jobAndPlace(r);
        return (
          <li key={r.id} className="break-words">
            {r.href ? (
              <Link href={r.href} className="underline">
                {r.name}
              </Link>
            ) : (
              r.name
            )}
            {about ? `, ${about}` : ''}
          </li>
        );
      })}
    </ul>
  );
}
