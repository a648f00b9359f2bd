import { noticeClass } from '@/components/ui/controls';
import type { JobAskMatch } from '@/lib/outreach/job-ask';

const REASON: Record<JobAskMatch['reason'], string> = {
  job: 'asks for a job',
  resume: 'mentions a resume or CV',
  openings: 'asks about openings',
};

/** A warning, never a block: the method's rule, and the words that break it. */
export function JobAskWarning({ matches, id }: { matches: JobAskMatch[]; id?: string }) {
  if (matches.length === 0) return null;
  return (
    <div id={id} className={noticeClass('warning')}>
      <p className="font-semibold">You are not looking for a job. You are simply looking for information.</p>
      <p className="mt-1">This script:</p>
      <ul className="mt-1 list-disc pl-5">
        {matches.map((m, i) => (
          <li key={`${i}-${m.phrase}`}>
            {REASON[m.reason]}: <q>{m.phrase}</q>
          </li>
        ))}
      </ul>
      <p className="mt-1">You can still save it, but consider rewording.</p>
    </div>
  );
}
