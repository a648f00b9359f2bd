/** The current time. One place, so rules can take `now` as a parameter and tests can drive it. */
export function now(): Date {
  return new Date();
}
