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
    },
    now,
    viewer.timeZone,
  );
}
