import 'server-only';
import { cookies } from 'next/headers';

/** The current time. Domain rules take `now` as a parameter; pages and actions get it here. */
export function now(): Date {
  return new Date();
}

export const TEST_CLOCK_COOKIE = 'hm-test-now';

/**
 * The time as this request should see it. Only a server started for the end-to-end tests
 * (HM_E2E=1) lets a browser set it, by cookie, so a test can step over "3 days later" without
 * sleeping; in any other server the cookie is ignored.
 */
export async function requestNow(): Promise<Date> {
  if (process.env.HM_E2E === '1') {
    const value = (await cookies()).get(TEST_CLOCK_COOKIE)?.value;
    const ms = Number(value);
    if (value && Number.isFinite(ms)) return new Date(ms);
  }
  return new Date();
}
