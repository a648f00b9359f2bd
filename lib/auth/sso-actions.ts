'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { logAudit } from '@/db/queries/audit';
import { readSetting, writeSetting } from '@/db/queries/settings';
import { requireRole } from '@/lib/authz';
import { now } from '@/lib/clock';
import { formObject, invalid, type ActionState } from '@/lib/forms';
import { ssoDomainsSchema } from '@/lib/validation/settings';

/** An admin chooses the e-mail domains whose verified single sign-ons make a student account. */
export async function saveSsoDomains(_prev: ActionState, form: FormData): Promise<ActionState> {
  const admin = await requireRole('admin');
  const parsed = ssoDomainsSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error, form);
  const before = readSetting('sso.autoCreateDomains');
  getDb().transaction((tx) => {
    writeSetting(tx, 'sso.autoCreateDomains', parsed.data.domains, admin, now());
    logAudit({ actorId: admin.id, action: 'SETTINGS_CHANGED', subjectType: 'setting', details: { key: 'sso.autoCreateDomains', from: before, to: parsed.data.domains } }, tx);
  });
  revalidatePath('/admin/settings');
  const n = parsed.data.domains.length;
  return {
    status: 'ok',
    message: n ? `Saved: a verified sign-on from ${n === 1 ? 'this domain' : `these ${n} domains`} makes a student account.` : 'Saved: single sign-on makes no new accounts.',
    values: { domains: parsed.data.domains.join('\n') },
  };
}
