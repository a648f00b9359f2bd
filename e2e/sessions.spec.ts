import { e2eDb, newAccount } from './db';
import { E2E_BASE, rawRequest } from './http';
import { expect, signIn, test } from './fixtures';

/** The session cookie a browser holds, as a Cookie header someone could have copied. */
async function sessionCookieHeader(page: import('@playwright/test').Page): Promise<string> {
  const cookies = await page.context().cookies();
  const session = cookies.filter((c) => c.name.includes('session-token'));
  expect(session.length).toBeGreaterThan(0);
  return session.map((c) => `${c.name}=${c.value}`).join('; ');
}

test('a session cookie copied before "Sign out" opens nothing afterwards', async ({ page }) => {
  const me = newAccount('student', 'replay');
  await signIn(page, me.email);
  const copied = await sessionCookieHeader(page);
  // The copy works while the session is open…
  expect((await rawRequest({ path: '/home', headers: { cookie: copied } })).status).toBe(200);
  expect((await rawRequest({ path: '/records/horses-mouth.json', headers: { cookie: copied } })).status).toBe(200);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // …and not after: the server ended the session, whatever the cookie says.
  const home = await rawRequest({ path: '/home', headers: { cookie: copied } });
  expect(home.status).toBe(307);
  expect(home.headers.location).toMatch(/\/sign-in$/);
  const records = await rawRequest({ path: '/records/horses-mouth.json', headers: { cookie: copied } });
  expect(records.status).toBe(404);
  expect(records.body).not.toContain(me.email);
  const row = e2eDb().prepare('select end_reason as reason from sessions where user_id = ? order by created_at desc limit 1').get(me.id) as { reason: string };
  expect(row.reason).toBe('signed-out');
});

test('a session ends 8 hours after sign-in, however active', async ({ page }) => {
  const me = newAccount('student', 'eight');
  await signIn(page, me.email);
  const row = e2eDb().prepare('select id, created_at as createdAt, expires_at as expiresAt from sessions where user_id = ? and ended_at is null').get(me.id) as {
    id: string;
    createdAt: number;
    expiresAt: number;
  };
  // The end is fixed at sign-in: 8 hours, not sliding with use.
  expect(row.expiresAt - row.createdAt).toBe(8 * 3600_000);
  await page.goto('/home');
  await page.goto('/occupations');
  const after = e2eDb().prepare('select expires_at as expiresAt from sessions where id = ?').get(row.id) as { expiresAt: number };
  expect(after.expiresAt).toBe(row.expiresAt);
  // Stand at the end of those 8 hours (moved back by the same amount), and the same cookie is refused.
  e2eDb().prepare('update sessions set created_at = created_at - ?, expires_at = ? where id = ?').run(8 * 3600_000, Date.now() - 1, row.id);
  await page.goto('/home');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('changing the password ends the other sessions, and a replayed cookie from one of them too', async ({ page, signInElsewhere }) => {
  const me = newAccount('counsellor', 'pwchange');
  const elsewhere = await signInElsewhere(me.email);
  const copied = await sessionCookieHeader(elsewhere);
  await signIn(page, me.email);
  await page.goto('/account');
  await page.getByLabel('Current password').fill('horsesmouth');
  await page.getByLabel('New password', { exact: true }).fill('granite lantern orbit velvet');
  await page.getByLabel('New password again').fill('granite lantern orbit velvet');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Password changed');
  // This session goes on.
  await page.goto('/staff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My sections');
  // The other is over, and so is its copied cookie.
  await elsewhere.reload();
  await expect(elsewhere).toHaveURL(/\/sign-in/);
  expect((await rawRequest({ path: '/staff', headers: { cookie: copied } })).status).toBe(307);
  expect(E2E_BASE).toContain('127.0.0.1');
});
