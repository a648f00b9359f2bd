import Link from 'next/link';
import { thankYouState, type InterviewStatus } from '@/lib/interviews/rules';
import { formatDateTime } from '@/lib/time';
import { STATUS_LABELS } from './labels';
import { ThankYouBadge } from './ThankYouCallout';

export type ContactInterviewRow = { id: number; status: InterviewStatus; startsAt: Date | null; completedAt: Date | null; thankYouSentAt: Date | null };

/** A contact's interviews, with an overdue thank-you shown where the student looks. */
export function ContactInterviews({ contactId, rows, now, timeZone }: { contactId: number; rows: ContactInterviewRow[]; now: Date; timeZone: string }) {
  return (
    <div className="space-y-3">
      {rows.length ? (
        <ul className="space-y-2">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/interviews/${r.id}`} className="underline">{r.startsAt ? formatDateTime(r.startsAt, timeZone) : 'Interview, no date yet'}</Link>
              <span className="text-sm text-stone-700">{STATUS_LABELS[r.status]}</span>
              <ThankYouBadge state={thankYouState(r, now)} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-700">No interview yet.</p>
      )}
      <p>
        <Link href={`/interviews/new?contact=${contactId}`}>Plan an interview</Link>
      </p>
    </div>
  );
}
