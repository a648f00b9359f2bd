/**
 * Pure scoring rules: a rubric's total, the late penalty and its floor, the final score, and the
 * checks every typed number must pass. No I/O; every number in, every number out.
 */

/** At most two decimals (Canvas takes no more), rounding half away from zero. */
export function round2(n: number): number {
  return Math.round((n + Math.sign(n) * Number.EPSILON) * 100) / 100;
}

export type RubricShape = { id: number; levels: { id: number; points: number }[] }[];

/** The most a rubric gives: the best level of every criterion, added up. */
export function rubricMaxPoints(criteria: RubricShape): number {
  return round2(criteria.reduce((sum, c) => sum + (c.levels.length ? Math.max(...c.levels.map((l) => l.points)) : 0), 0));
}

/** The points of the chosen levels (or typed points) added up; null when nothing is chosen. */
export function rubricPoints(choices: ReadonlyArray<{ points: number } | null | undefined>): number | null {
  const chosen = choices.filter((c): c is { points: number } => !!c);
  return chosen.length ? round2(chosen.reduce((s, c) => s + c.points, 0)) : null;
}

export type LatePolicy = { latePenaltyPerDay: number | null; latePenaltyFloor: number | null };

/**
 * The percentage taken off for `daysLate` whole days: the policy's rate per day, never taking the
 * score below the floor (a percentage of what it would have been). No policy, no penalty.
 */
export function latePenaltyPercent(daysLate: number, policy: LatePolicy): number {
  if (!policy.latePenaltyPerDay || daysLate <= 0) return 0;
  const cap = Math.max(0, 100 - (policy.latePenaltyFloor ?? 0));
  return round2(Math.min(policy.latePenaltyPerDay * daysLate, cap));
}

/** What counts: the override when there is one, else the points less the late penalty. */
export function finalPoints(g: { points: number | null; latePenaltyPercent: number; overridePoints: number | null }): number | null {
  if (g.overridePoints !== null) return round2(g.overridePoints);
  if (g.points === null) return null;
  return round2(g.points * (1 - g.latePenaltyPercent / 100));
}

/** Why a score may not be stored, or null when it may: no NaN, no negative, no more than the maximum unless extra credit is allowed. */
export function scoreProblem(value: number, max: number | null, allowExtraCredit: boolean): string | null {
  if (!Number.isFinite(value)) return 'Enter a number.';
  if (value < 0) return 'A score cannot be negative.';
  if (max !== null && value > max + 1e-9 && !allowExtraCredit) return `At most ${max} (this assignment allows no extra credit).`;
  return null;
}

/** A percentage of points possible, for averages and the distribution; null without a score. */
export function percentOf(points: number | null, possible: number | null): number | null {
  if (points === null || !possible) return null;
  return (points / possible) * 100;
}
