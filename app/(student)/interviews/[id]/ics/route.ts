import { findOwnInterview, listPlanQuestions } from '@/db/queries/interviews';
import { getViewer } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { icsFileName, interviewCalendarFile } from '@/lib/interviews/ics';
import { parseId } from '@/lib/validation/common';
import { MODE_LABELS } from '@/components/interviews/labels';

function notFoundResponse(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The interview as an iCalendar file; the same UID every time, SEQUENCE raised on each reschedule. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getViewer();
  const id = parseId((await params).id);
  if (!viewer || viewer.role !== 'student' || !id) return notFoundResponse();
  const interview = findOwnInterview(viewer, id);
  if (!interview || !interview.startsAt || interview.status === 'cancelled') return notFoundResponse();

  const mustAsk = listPlanQuestions(viewer, interview.id).filter((q) => q.mustAsk);
  const start = interview.startsAt;
  const body = interviewCalendarFile({ ...interview, startsAt: start, modeLabel: MODE_LABELS[interview.mode] }, mustAsk.map((q) => q.text), await requestNow());
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${icsFileName(start)}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
