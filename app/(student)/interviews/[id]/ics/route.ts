import { findInterviewForViewer, listPlanQuestionsForViewer } from '@/db/queries/interviews';
import { getViewer } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { icsFileName, interviewCalendarFile } from '@/lib/interviews/ics';
import { parseId } from '@/lib/validation/common';
import { INTERVIEW_MODE_LABELS } from '@/lib/interviews/vocabulary';

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
  const start = interview.startsAt;
  const body = interviewCalendarFile({ ...interview, startsAt: start, modeLabel: INTERVIEW_MODE_LABELS[interview.mode] }, mustAsk.map((q) => q.text), await requestNow());
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${icsFileName(start)}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
