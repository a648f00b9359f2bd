import { formatDateTime } from '@/lib/time';

export type CommentView = { id: number; authorName: string | null; body: string; createdAt: Date };

/** A reviewer's comments, as plain text with their line breaks. */
export function ReviewerComments({ comments, timeZone, label }: { comments: CommentView[]; timeZone: string; label: string }) {
  return (
    <aside aria-label={label} className="space-y-2 rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-stone-900">
      {comments.map((c) => (
        <div key={c.id}>
          <p className="font-semibold">
            {c.authorName ?? 'Reviewer'} <span className="font-normal text-stone-700">· {formatDateTime(c.createdAt, timeZone)}</span>
          </p>
          <p className="whitespace-pre-wrap break-words">{c.body}</p>
        </div>
      ))}
    </aside>
  );
}
