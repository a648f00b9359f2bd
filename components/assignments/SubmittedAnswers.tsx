import { ReviewerComments, type CommentView } from './ReviewerComments';

/** One submitted version's answers, read-only, with any comments beside the answer they are about. */
export function SubmittedAnswers({
  answers,
  commentsByQuestion,
  timeZone,
}: {
  answers: { questionId: number; question: string; answer: string }[];
  commentsByQuestion: Record<number, CommentView[]>;
  timeZone: string;
}) {
  return (
    <ol className="space-y-5">
      {answers.map((a, i) => {
        const comments = commentsByQuestion[a.questionId] ?? [];
        return (
          <li key={a.questionId} className={comments.length ? 'grid gap-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]' : ''}>
            <div className="space-y-1">
              <h3 className="font-semibold text-stone-900">
                {i + 1}. {a.question}
              </h3>
              <p className="whitespace-pre-wrap break-words rounded-md border border-stone-300 bg-white p-3 text-stone-900">{a.answer || '(no answer)'}</p>
            </div>
            {comments.length ? <ReviewerComments comments={comments} timeZone={timeZone} label={`Comments on question ${i + 1}`} /> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Plain text with its line breaks kept; never HTML. */
export function PlainText({ text, className }: { text: string; className?: string }) {
  return <p className={`whitespace-pre-wrap break-words ${className ?? ''}`}>{text}</p>;
}
