import 'server-only';

/** When INSTITUTION_NAME is not set: true of every student, and plainly a blank to reword. */
export const DEFAULT_INSTITUTION_NAME = 'my college';

/**
 * The college or university that scripts name after the course ("…a career-related course at
 * Kwantlen Polytechnic University"), from INSTITUTION_NAME (README, Configuration).
 */
export function institutionName(env: Record<string, string | undefined> = process.env): string {
  return env.INSTITUTION_NAME?.trim().replace(/\s+/g, ' ').slice(0, 120) || DEFAULT_INSTITUTION_NAME;
}
