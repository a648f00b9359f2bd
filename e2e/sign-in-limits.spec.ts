import { e2eDb, newAccount } from './db';
import { credentialsSignIn } from './http';
import { expect, formAlert, signIn, signInThroughForm, test } from './fixtures';

// Each test sends its guesses from a loopback address of its own (see e2e/http.ts), so the
// per-address limit it provokes never reaches the browsers of other tests.

test('a burst of 40 sign-ins at once, the right password among them, opens no session', async () => {
  const victim = newAccount('student', 'burst');
  const burst = await Promise.all(
    Array.from({ length: 40 }, (_, i) => credentialsSignIn(victim.email, i === 20 ? 'horsesmouth' : `wrong-guess-${i}`, { from: '127.0.0.21' })),
  );
  expect(burst.filter((r) => r.session !== null)).toEqual([]);
  // Only five guesses reached the password check; the rest, the right one included, were told to wait.
  const checked = e2eDb().prepare("select count(*) as n from audit_log where action = 'SIGN_IN_FAILED' and subject_id = ?").get(victim.id) as { n: number };
  expect(checked.n).toBeLessThanOrEqual(5);
  expect(burst[20].location).toMatch(/code=throttled/);
  expect(burst.filter((r) => r.location.includes('code=throttled')).length).toBeGreaterThanOrEqual(35);
});

test('made-up X-Forwarded-For hops are ignored: the address counted and audited is the real one', async () => {
  // 30 wrong passwords for 30 accounts at once, each claiming a different client address…
  const guess = (i: number) =>
    credentialsSignIn(`nobody-${i}@spoof.e2e.test`, 'wrong', { from: '127.0.0.22', headers: { 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `198.51.100.${i}` } });
  const results = await Promise.all(Array.from({ length: 30 }, (_, i) => guess(i)));
  // …were all counted against 127.0.0.22, where they came from: the 30th started its wait, and the next is refused.
  expect(results.filter((r) => r.location.includes('code=invalid'))).toHaveLength(29);
  expect(results.filter((r) => r.location.includes('code=throttled'))).toHaveLength(1);
  expect((await guess(30)).location).toMatch(/code=throttled/);
  const audited = e2eDb()
    .prepare("select distinct json_extract(details, '$.address') as address from audit_log where action in ('SIGN_IN_FAILED', 'SIGN_IN_THROTTLED') and json_extract(details, '$.email') like 'nobody-%@spoof.e2e.test'")
    .all() as { address: string }[];
  expect(audited.map((a) => a.address)).toEqual(['127.0.0.22']);
});

test("someone who writes another person's address as the first hop cannot lock that person's address out", async () => {
  const student = newAccount('student', 'natvictim');
  // The attacker claims to be 127.0.0.24 and fails 31 times, past the address limit of 30.
  const spray = await Promise.all(
    Array.from({ length: 31 }, (_, i) => credentialsSignIn(`spray-${i}@nat.e2e.test`, 'wrong', { from: '127.0.0.23', headers: { 'x-forwarded-for': '127.0.0.24' } })),
  );
  expect(spray.some((r) => r.location.includes('code=throttled'))).toBe(true);
  // The real 127.0.0.24 signs in untroubled.
  const victim = await credentialsSignIn(student.email, 'horsesmouth', { from: '127.0.0.24' });
  expect(victim.session).not.toBeNull();
});

test('a person whose browser has signed in before gets in while an attacker keeps their account locked', async ({ page, browser, baseURL }) => {
  const victim = newAccount('student', 'devicecookie');
  // The owner signs in once on their own browser: it now carries the account's device cookie.
  await signIn(page, victim.email);
  expect((await page.context().cookies()).some((c) => c.name.startsWith('hm-device-') && c.httpOnly)).toBe(true);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // The attack: wrong passwords from another address until the account is locked.
  for (let i = 0; i < 6; i++) await credentialsSignIn(victim.email, `attack-${i}`, { from: '127.0.0.25' });
  expect((await credentialsSignIn(victim.email, 'horsesmouth', { from: '127.0.0.26' })).location).toMatch(/code=throttled/);

  // A browser that has never signed in to the account is refused, even with the right password…
  const stranger = await (await browser.newContext({ baseURL })).newPage();
  await signInThroughForm(stranger, victim.email);
  await expect(formAlert(stranger)).toContainText('Too many failed attempts');
  await stranger.context().close();

  // …the owner's browser is not.
  await signIn(page, victim.email);
  await expect(page).toHaveURL(/\/home/);
});

test('a common password, or one made of the person’s name or e-mail, is refused with the reason', async ({ page }) => {
  const me = newAccount('student', 'policy');
  await signIn(page, me.email);
  await page.goto('/account');
  const tryPassword = async (password: string) => {
    await page.getByLabel('Current password').fill('horsesmouth');
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('New password again').fill(password);
    await page.getByRole('button', { name: 'Change password' }).click();
  };
  await tryPassword('12345678');
  await expect(page.locator('#password-error')).toContainText('one of the most common passwords');
  await tryPassword(`${me.email.split('@')[0]}!2026`);
  await expect(page.locator('#password-error')).toContainText('must not contain your e-mail address or your name');
  await tryPassword('qwertyuiop');
  await expect(page.locator('#password-error')).toContainText(/common passwords|too easy to guess/);
  // The old password still works: nothing was changed.
  expect(e2eDb().prepare("select count(*) as n from audit_log where action = 'PASSWORD_CHANGED' and subject_id = ?").get(me.id)).toEqual({ n: 0 });
});

test('guessing the current password on "change password" is limited like sign-in', async ({ page }) => {
  const me = newAccount('student', 'reauth');
  await signIn(page, me.email);
  await page.goto('/account');
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Current password').fill(`not-it-${i}`);
    await page.getByLabel('New password', { exact: true }).fill('amber quarry whistle depot');
    await page.getByLabel('New password again').fill('amber quarry whistle depot');
    await page.getByRole('button', { name: 'Change password' }).click();
    // The answer has come when the form empties its password fields (they are never sent back);
    // the message still on screen may be the previous attempt's.
    await expect(page.getByLabel('Current password')).toHaveValue('');
    await expect(page.locator('#current-error')).toContainText(i < 4 ? 'not your current password' : 'Too many failed attempts');
  }
  // Even the right one is refused now.
  await page.getByLabel('Current password').fill('horsesmouth');
  await page.getByLabel('New password', { exact: true }).fill('amber quarry whistle depot');
  await page.getByLabel('New password again').fill('amber quarry whistle depot');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('#current-error')).toContainText('Too many failed attempts');
  expect(e2eDb().prepare("select count(*) as n from audit_log where action = 'PASSWORD_CHANGED' and subject_id = ?").get(me.id)).toEqual({ n: 0 });
});
