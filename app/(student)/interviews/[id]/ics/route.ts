import { findInterviewForViewer, listPlanQuestionsForViewer } from '@/db/queries/interviews';
import { getViewer } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { buildInterviewIcs, icsFileName } from '@/lib/interviews/ics';
import { parseId } from '@/lib/validation/common';
import { INTERVIEW_MODE_LABELS } from '@/lib/interviews/vocabulary';

const PURPOSE = 'You are not looking for a job. You are simply looking for information.';

function notFoundResponse(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The interview as an iCalendar file; the same UID every time, SEQUENCE raised on each reschedule. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getViewer();
  const id = parseId((await params).id);
  if (!viewer || viewer.role !== 'student' || !id) return notFoundResponse();
  const interview = findInterviewForViewer(viewer, id);
  if (!interview || !interview.startsAt || interview.status === 'cancelled') return notFoundResponse();

  const mustAsk = listPlanQuestionsForViewer(viewer, interview.id).filter((q) => q.mustAsk);
  const description = [
    PURPOSE,
    mustAsk.length ? `Must ask:\n${mustAsk.map((q, i) => `${i + 1}. ${q.text}`).join('\n')}` : null,
    `${INTERVIEW_MODE_LABELS[interview.mode]}, ${interview.durationMinutes} minutes.`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const start = interview.startsAt;
  const body = buildInterviewIcs({
    uid: `${interview.calendarUid}@horses-mouth`,
    sequence: interview.calendarSequence,
    dtstamp: await requestNow(),
    start,
    end: new Date(start.getTime() + interview.durationMinutes * 60_000),
    summary: `Information interview with ${interview.contactName}`,
    location: interview.location,
    description,
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${icsFileName(start)}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
