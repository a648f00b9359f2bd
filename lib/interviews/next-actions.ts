import { listAssignmentsNeedingActionForViewer } from '@/db/queries/assignments';
import { listInterviewsForNextActions } from '@/db/queries/interviews';
import { listContactsNeverReached, listEmailAttemptsAwaitingReply } from '@/db/queries/outreach';
import type { Viewer } from '@/db/queries/users';
import { nextActionsFor, type NextAction } from './rules';

/** The student's home list: every source of a next action, read for this viewer, ranked. */
export function nextActionsForStudent(viewer: Viewer, now: Date): NextAction[] {
  return nextActionsFor(
    {
      interviews: listInterviewsForNextActions(viewer, now),
      emailAttempts: listEmailAttemptsAwaitingReply(viewer),
      contactsNeverReached: listContactsNeverReached(viewer, 10),
      assignments: listAssignmentsNeedingActionForViewer(viewer, now).map((a) => ({
        id: a.id,
        title: a.title,
        timeZone: a.section.timeZone,
        dueAt: a.dueAt,
        closesAt: a.closesAt,
        extensionDueAt: a.extensionDueAt,
        status: a.submissionStatus,
        answered: a.answered,
        questionCount: a.questionCount,
        attempt: a.attempt,
        resubmissionsAllowed: a.resubmissionsAllowed,
      })),
    },
    now,
    viewer.timeZone,
  );
}
