export type SubmittedAnswer = { questionId: number; question: string; answer: string };

/*
 * A submitted version's answers, read-only, with the reviewers' comments beside the answer they
 * are about. Plain props, server-rendered. (The review page has its own on its branch; the two
 * should become one when both are merged.)
 */

export type AnswersComment = { id: number; questionId: number | null; authorName: string | null; body: string };

export function AnswersView({ answers, comments, headingLevel = 3 }: { answers: SubmittedAnswer[]; comments: AnswersComment[]; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const overall = comments.filter((c) => c.questionId === null);
  return (
    <div className="space-y-4">
      <ol className="space-y-4">
        {answers.map((a, i) => (
          <li key={a.questionId} className="space-y-1">
            <H className="font-semibold text-stone-900">
              {i + 1}. {a.question}
            </H>
            <p className="whitespace-pre-wrap break-words text-stone-800">{a.answer.trim() ? a.answer : <em>No answer.</em>}</p>
            {comments
              .filter((c) => c.questionId === a.questionId)
              .map((c) => (
                <p key={c.id} className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-2 text-sm text-stone-900">
                  <span className="font-semibold">{c.authorName ?? 'Counsellor'}:</span> {c.body}
                </p>
              ))}
          </li>
        ))}
      </ol>
      {overall.length ? (
        <div className="space-y-1">
          <H className="font-semibold">Counsellor&rsquo;s comments</H>
          {overall.map((c) => (
            <p key={c.id} className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-2 text-sm">
              <span className="font-semibold">{c.authorName ?? 'Counsellor'}:</span> {c.body}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
