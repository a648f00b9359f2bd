import { eq } from 'drizzle-orm';
import { getDb, type DB, type Tx } from '../client';
import { appSettings } from '../schema';

/** Settings admins change in the app, by key, with the type of each value. */
export type AppSettings = {
  /** New student accounts are made on a verified single sign-on from these e-mail domains. */
  'sso.autoCreateDomains': string[];
};

const DEFAULTS: AppSettings = { 'sso.autoCreateDomains': [] };

export function readSetting<K extends keyof AppSettings>(key: K): AppSettings[K] {
  const row = getDb().select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, key)).get();
  return (row?.value as AppSettings[K] | undefined) ?? DEFAULTS[key];
}

export function writeSetting<K extends keyof AppSettings>(tx: DB | Tx, key: K, value: AppSettings[K], by: { id: number }, now: Date): void {
  tx.insert(appSettings)
    .values({ key, value, updatedById: by.id, updatedAt: now })
    .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedById: by.id, updatedAt: now } })
    .run();
}
