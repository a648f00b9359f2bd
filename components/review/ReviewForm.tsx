'use client';

import { useActionState, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { ActionForm } from '@/components/ui/ActionForm';
import { TextArea } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { initialActionState } from '@/lib/forms';
import { decideReview } from '@/lib/review/actions';
import { reviewCommentsKey, reviewCommentsPrefix } from '@/lib/review/comment-copy';
import { COMMENT_MAX, commentField, OVERALL_COMMENT_FIELD } from '@/lib/submissions/vocabulary';

export type ReviewAnswer = {
  questionId: number;
  /** The answer as shown: its text, and under it the change since the last version. */
  body: ReactNode;
  question: string;
};

type CommentCopy = Record<string, string>;

function readCopy(key: string): CommentCopy | null {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(key) ?? 'null') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as CommentCopy) : null;
  } catch {
    return null;
  }
}

function writeCopy(key: string, copy: CommentCopy | null): void {
  try {
    if (copy && Object.values(copy).some((text) => text.trim())) window.localStorage.setItem(key, JSON.stringify(copy));
    else window.localStorage.removeItem(key);
  } catch {
    // Private mode or a full store: nothing more to do; the comments are still on the page.
  }
}

/** Forgets every copy of comments on the submission, in this browser (ForgetReviewComments). */
function forgetCopies(prefix: string, keep?: string): void {
  try {
    for (const key of Object.keys(window.localStorage)) if (key.startsWith(prefix) && key !== keep) window.localStorage.removeItem(key);
  } catch {
    // Nothing stored, or no store to clean.
  }
}

/**
 * Comments are written in one go and sent with the decision, so until then this browser keeps a
 * copy of them (per reviewer, submission and version): leaving the page, a reload or a crash
 * loses nothing, and coming back fills the boxes again. The copy goes once a decision is made
 * (the decided page renders ForgetReviewComments) or the student sends a new version.
 */
function useCommentCopy(storageKey: string, prefix: string) {
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    forgetCopies(prefix, storageKey);
    const copy = readCopy(storageKey);
    const form = document.querySelector<HTMLFormElement>(`form[data-comment-copy="${storageKey}"]`);
    if (!copy || !form) return;
    let filled = false;
    for (const [name, text] of Object.entries(copy)) {
      const box = form.elements.namedItem(name);
      if (box instanceof HTMLTextAreaElement && !box.value && text) {
        box.value = text;
        filled = true;
      }
    }
    // After hydration (the first render matches the server's), then said so once.
    if (filled) queueMicrotask(() => setRestored(true));
  }, [storageKey, prefix]);
  const remember = (event: FormEvent<HTMLFormElement>) => {
    const boxes = Array.from(event.currentTarget.querySelectorAll<HTMLTextAreaElement>('textarea[name]'));
    writeCopy(storageKey, Object.fromEntries(boxes.map((box) => [box.name, box.value])));
  };
  return { restored, remember };
}

/**
 * The answers of the version under review, each with a comment box, then an overall comment and
 * the decision. A refused decision (no comment on a return, or a version that changed meanwhile)
 * keeps every comment typed, and so does this browser until a decision is made.
 */
export function ReviewForm({ submissionId, version, answers, reviewerId }: { submissionId: number; version: number; answers: ReviewAnswer[]; reviewerId: number }) {
  const [state, action] = useActionState(decideReview.bind(null, submissionId, version), initialActionState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const storageKey = reviewCommentsKey(reviewerId, submissionId, version);
  const copy = useCommentCopy(storageKey, reviewCommentsPrefix(reviewerId, submissionId));
  return (
    <ActionForm action={action} state={state} className="space-y-6" onInput={copy.remember} data-comment-copy={storageKey}>
      <p role="status" className="text-sm text-stone-700">
        {copy.restored
          ? 'Your comments typed earlier in this browser are back. They are sent with your decision.'
          : 'Comments are kept in this browser until you mark it reviewed or return it.'}
      </p>
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

/** On a decided submission: the comments were sent, so this browser's copy of them goes. */
export function ForgetReviewComments({ reviewerId, submissionId }: { reviewerId: number; submissionId: number }) {
  useEffect(() => forgetCopies(reviewCommentsPrefix(reviewerId, submissionId)), [reviewerId, submissionId]);
  return null;
}
