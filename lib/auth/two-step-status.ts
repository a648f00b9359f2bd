import 'server-only';
import { countUnusedRecoveryCodes, findTotpFactor } from '@/db/queries/two-step';
import type { Viewer } from '@/db/queries/users';
import { formatDate } from '@/lib/time';
import { adminsMustEnrol, decryptSecret, enrolmentDetails } from './two-step';

export type TwoStepStatus =
  | { state: 'off' }
  | { state: 'setting-up'; qrSvg: string; secret: string }
  | { state: 'on'; since: string; recoveryCodesLeft: number; mustKeep: boolean };

/** What the account page (or the forced set-up at sign-in) shows about a person's two-step sign-in. */
export async function twoStepStatus(person: Viewer): Promise<TwoStepStatus> {
  const factor = findTotpFactor(person.id);
  if (!factor) return { state: 'off' };
  if (!factor.confirmedAt) {
    const { qrSvg, secret } = await enrolmentDetails(decryptSecret(factor.secret), person.email);
    return { state: 'setting-up', qrSvg, secret };
  }
  return {
    state: 'on',
    since: formatDate(factor.confirmedAt, person.timeZone),
    recoveryCodesLeft: countUnusedRecoveryCodes(person.id),
    mustKeep: person.role === 'admin' && adminsMustEnrol(),
  };
}
