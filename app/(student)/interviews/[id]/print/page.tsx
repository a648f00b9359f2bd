import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findInterviewForViewer, listPlanQuestionsForViewer } from '@/db/queries/interviews';
import { INTERVIEW_MODE_LABELS } from '@/lib/interviews/vocabulary';
import { PrintButton } from '@/components/interviews/PrintButton';
import { ButtonLink } from '@/components/ui/Button';
import { requireRole } from '@/lib/authz';
import { formatDateTime } from '@/lib/time';
import { parseId } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Interview sheet' };

/** Twelve questions with room to write fill one printed page. */
const QUESTIONS_PER_PAGE = 12;

function WritingLines({ count }: { count: number }) {
  return (
    <div aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="h-6 border-b border-stone-400" />
      ))}
    </div>
  );
}

export default async function InterviewSheet({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('student');
  const id = parseId((await params).id);
  const interview = id ? findInterviewForViewer(viewer, id) : null;
  if (!interview) notFound();
  const plan = listPlanQuestionsForViewer(viewer, interview.id);
  const pages: (typeof plan)[] = [];
  for (let i = 0; i < plan.length; i += QUESTIONS_PER_PAGE) pages.push(plan.slice(i, i + QUESTIONS_PER_PAGE));

  return (
    <article className="mx-auto max-w-3xl bg-white p-6 text-stone-900 print:max-w-none print:p-0 print:text-[11pt]">
      <div className="no-print mb-6 flex flex-wrap items-center gap-4">
        <PrintButton />
        <ButtonLink href={`/interviews/${interview.id}`} variant="quiet">
          Back to the interview
        </ButtonLink>
      </div>
      <div className="mb-4 border-b-2 border-stone-800 pb-2">
        <h1 className="text-2xl font-bold print:text-xl">Information interview with {interview.contactName}</h1>
        <p>
          {interview.startsAt ? `${formatDateTime(interview.startsAt, viewer.timeZone)} · ${interview.durationMinutes} minutes` : 'Date not set'}
          {' · '}
          {INTERVIEW_MODE_LABELS[interview.mode]}
          {interview.location ? `: ${interview.location}` : ''}
        </p>
        {interview.occupationTitle ? <p>Occupation: {interview.occupationTitle}</p> : null}
        <p className="mt-1 text-sm italic">You are not looking for a job. You are simply looking for information.</p>
      </div>
      {plan.length === 0 ? <p className="no-print">No questions planned yet. Add some on the interview page first.</p> : null}
      {pages.map((chunk, p) => (
        <ol
          key={p}
          start={p * QUESTIONS_PER_PAGE + 1}
          className={`list-decimal space-y-3 pl-6 ${p < pages.length - 1 ? 'break-after-page' : ''}`}
          aria-label={pages.length > 1 ? `Questions, page ${p + 1}` : 'Questions'}
        >
          {chunk.map((q) => (
            <li key={q.id} className="break-inside-avoid">
              <p className="font-semibold">
                {q.text}
                {q.mustAsk ? <span className="ml-2 text-sm font-bold">(must ask)</span> : null}
              </p>
              <WritingLines count={2} />
            </li>
          ))}
        </ol>
      ))}
      <section className="mt-6 break-inside-avoid">
        <h2 className="font-semibold">General notes</h2>
        <WritingLines count={5} />
      </section>
      <section className="mt-6 break-inside-avoid">
        <h2 className="font-semibold">Can you suggest anyone else I could speak with?</h2>
        <WritingLines count={3} />
      </section>
    </article>
  );
}
