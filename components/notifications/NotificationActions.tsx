'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState } from '@/lib/forms';
import { markAllRead, markNotification } from '@/lib/notifications/actions';

/** "Mark read" or "Mark unread" for one notification; the result is announced. */
export function MarkReadButton({ id, read, title }: { id: number; read: boolean; title: string }) {
  const [state, action] = useActionState(markNotification.bind(null, id, !read), initialActionState);
  return (
    <form action={action} className="inline">
      <SubmitButton variant="secondary" size="sm" pendingText="Saving…" aria-label={`${read ? 'Mark unread' : 'Mark read'}: ${title}`}>
        {read ? 'Mark unread' : 'Mark read'}
      </SubmitButton>
      <span role="status" className="sr-only">
        {state.message}
      </span>
    </form>
  );
}

export function MarkAllReadButton() {
  const [state, action] = useActionState(markAllRead, initialActionState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <SubmitButton variant="secondary" pendingText="Marking…">
        Mark all read
      </SubmitButton>
      <span role="status" className="text-sm text-stone-700">
        {state.message}
      </span>
    </form>
  );
}
