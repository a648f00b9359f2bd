import { listAssignmentsNeedingActionForViewer } from '@/db/queries/assignments';
import { listInterviewsNeedingActionForViewer } from '@/db/queries/interviews';
import { listContactsInProgressForViewer } from '@/db/queries/next-actions';
import { listContactsNeverReachedForViewer } from '@/db/queries/outreach';
import type { StudentViewer } from '@/db/queries/users';
import { nextActionsFor, type NextAction } from './rules';

/** The student's home list: every source of a next action, read for this student, ranked. */
export function nextActionsForStudent(viewer: StudentViewer, now: Date): NextAction[] {
  return nextActionsFor(
    {
      interviews: listInterviewsNeedingActionForViewer(viewer, viewer.id),
      // Unanswered e-mails come with the rest of each contact's progress (contactsInProgress).
      emailAttempts: [],
      contactsNeverReached: listContactsNeverReachedForViewer(viewer, viewer.id, 10),
      contactsInProgress: listContactsInProgressForViewer(viewer, viewer.id),
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
