/**
 * Where a reviewer's browser keeps the comments typed on a submission until a decision sends them
 * (components/review/ReviewForm.tsx). Per reviewer, submission and version: a resubmission gets
 * fresh boxes. Dependency-free, for the client components that write and forget it.
 */
export function reviewCommentsPrefix(reviewerId: number, submissionId: number): string {
  return `hm-review-comments:${reviewerId}:${submissionId}:`;
}

export function reviewCommentsKey(reviewerId: number, submissionId: number, version: number): string {
  return `${reviewCommentsPrefix(reviewerId, submissionId)}${version}`;
}
