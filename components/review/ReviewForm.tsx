'use client';

import { useActionState, type ReactNode } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState } from '@/lib/forms';
import { decideReview } from '@/lib/review/actions';
import { COMMENT_MAX, commentField, OVERALL_COMMENT_FIELD } from '@/lib/validation/review';

export type ReviewAnswer = {
  questionId: number;
  /** The answer as shown: its text, and under it the change since the last version. */
  body: ReactNode;
  question: string;
};

/**
 * The answers of the version under review, each with a comment box, then an overall comment and
 * the decision. A refused decision (no comment on a return, or a version that changed meanwhile)
 * keeps every comment typed.
 */
export function ReviewForm({ submissionId, version, answers }: { submissionId: number; version: number; answers: ReviewAnswer[] }) {
  const [state, action] = useActionState(decideReview.bind(null, submissionId, version), initialActionState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <ActionForm action={action} state={state} className="space-y-6">
      <ol className="space-y-6" aria-label="Answers">
        {answers.map((a, i) => (
          <li key={a.questionId} className="space-y-3 rounded-lg border border-stone-300 bg-white p-4">
            <h3 className="font-semibold break-words text-stone-900">
              {i + 1}. {a.question}
            </h3>
            {a.body}
            <TextArea
              label={`Your comment on answer ${i + 1} (optional)`}
              name={commentField(a.questionId)}
              rows={3}
              maxLength={COMMENT_MAX}
              defaultValue={v[commentField(a.questionId)]}
              errors={e[commentField(a.questionId)]}
            />
          </li>
        ))}
      </ol>
      <div className="space-y-4 rounded-lg border border-stone-300 bg-white p-4">
        <TextArea
          label="Overall comment"
          name={OVERALL_COMMENT_FIELD}
          rows={4}
          maxLength={COMMENT_MAX}
          hint="Returning it for revision needs a comment here or on an answer."
          defaultValue={v[OVERALL_COMMENT_FIELD]}
          errors={e[OVERALL_COMMENT_FIELD]}
        />
        {e.decision ? <p className="text-sm font-medium text-red-800">{e.decision.join(' ')}</p> : null}
        <div className="flex flex-wrap gap-3">
          <SubmitButton name="decision" value="review" pendingText="Saving…">
            Mark reviewed
          </SubmitButton>
          <SubmitButton name="decision" value="return" variant="secondary" pendingText="Saving…">
            Return for revision
          </SubmitButton>
        </div>
      </div>
    </ActionForm>
  );
}
