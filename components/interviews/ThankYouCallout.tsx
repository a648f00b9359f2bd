import Link from '@/components/ui/Link';
import { THANK_YOU_STATE_LABELS, type ThankYouState } from '@/lib/interviews/vocabulary';
import { endSentence } from '@/lib/text/sentence';

/** The thank-you's standing, at the top of the interview: loud once it is overdue. */
export function ThankYouCallout({ state, overdueSince, href = '#thank-you' }: { state: ThankYouState; overdueSince: string | null; href?: string }) {
  if (state === 'overdue') {
    return (
      <div className="mb-6 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
        <p className="text-lg font-bold">{THANK_YOU_STATE_LABELS.overdue}</p>
        <p>
          {overdueSince ? `${endSentence(`It has been due since ${overdueSince}`)} ` : ''}Always send a thank-you: an e-mail today, or better yet a card.{' '}
          <Link href={href} className="font-semibold text-red-950 underline">
            Record your thank-you
          </Link>
        </p>
      </div>
    );
  }
  if (state === 'due') {
    return (
      <div className="mb-6 rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950">
        <p className="font-semibold">{THANK_YOU_STATE_LABELS.due}</p>
        <p>
          Send it within two days, while the conversation is fresh.{' '}
          <Link href={href} className="font-semibold text-amber-950 underline">
            Write it now
          </Link>
        </p>
      </div>
    );
  }
  return null;
}

/** A compact badge for lists (interviews, a contact's page). */
export function ThankYouBadge({ state }: { state: ThankYouState }) {
  if (state === 'overdue') return <strong className="rounded bg-red-100 px-2 py-0.5 text-xs text-red-900">{THANK_YOU_STATE_LABELS.overdue}</strong>;
  if (state === 'due') return <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-950">{THANK_YOU_STATE_LABELS.due}</span>;
  if (state === 'sent') return <span className="text-xs text-stone-700">{THANK_YOU_STATE_LABELS.sent}</span>;
  return null;
}
