import { z } from 'zod';
import { optionalMultilineText } from './common';
import { AWAITING_REVIEW_STATUSES, COMMENT_MAX, commentField, OVERALL_COMMENT_FIELD } from '@/lib/submissions/vocabulary';

export const REVIEW_ACTIONS = ['return', 'review'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/**
 * A reviewer's decision with their comments: one per answer of the version they read (any other
 * field is dropped) and one overall. Returning for revision needs at least one comment: the
 * student must be told what to revise.
 */
export function reviewDecisionSchema(questionIds: readonly number[]) {
  const comments = Object.fromEntries(questionIds.map((id) => [commentField(id), optionalMultilineText('A comment', COMMENT_MAX)]));
  return z
    .object({
      decision: z.enum(REVIEW_ACTIONS, { error: 'Choose to return it for revision or to mark it reviewed.' }),
      [OVERALL_COMMENT_FIELD]: optionalMultilineText('The overall comment', COMMENT_MAX),
      ...comments,
    })
    .superRefine((v, ctx) => {
      const values = v as Record<string, string | null>;
      if (v.decision === 'return' && ![OVERALL_COMMENT_FIELD, ...questionIds.map(commentField)].some((f) => values[f])) {
        ctx.addIssue({ code: 'custom', path: [OVERALL_COMMENT_FIELD], message: 'Say what to revise: write an overall comment or a comment on an answer before returning it.' });
      }
    });
}

/** The review queue's filters, from the URL; anything unknown is left out. */
export const reviewQueueParams = z.object({
  section: z.coerce.number().int().positive().optional().catch(undefined),
  assignment: z.coerce.number().int().positive().optional().catch(undefined),
  status: z.enum(AWAITING_REVIEW_STATUSES).optional().catch(undefined),
});

export type ReviewQueueParams = z.infer<typeof reviewQueueParams>;

/** The filters as they go back into a URL (queue, review page, next/previous links). */
export function queueQuery(p: ReviewQueueParams, extra: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  if (p.section) q.set('section', String(p.section));
  if (p.assignment) q.set('assignment', String(p.assignment));
  if (p.status) q.set('status', p.status);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function parseQueueParams(sp: Record<string, string | string[] | undefined>): ReviewQueueParams {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return reviewQueueParams.parse({ section: first(sp.section), assignment: first(sp.assignment), status: first(sp.status) });
}
