import { Secret, TOTP } from 'otpauth';
import { e2eDb, newAccount } from './db';
import { expect, expectNoAxeViolations, formAlert, formStatus, signIn, signInThroughForm, test } from './fixtures';

/** What the person's authenticator app shows for this key, `stepsAhead` 30-second steps from now. */
function codeFor(key: string, stepsAhead = 0): string {
  return new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, '')), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

test('a counsellor turns on two-step sign-in, then signs in with a code; a wrong code is refused; a recovery code works once', async ({ page, browser, baseURL }) => {
  const me = newAccount('counsellor', 'totp');
  await signIn(page, me.email);
  await page.goto('/account');
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  await expectNoAxeViolations(page);
  const key = (await page.locator('code').first().innerText()).trim();
  expect(key.replace(/\s/g, '')).toMatch(/^[A-Z2-7]{32}$/);

  await page.getByLabel('Code from the app').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await expect(page.locator('#code-error')).toContainText('That code did not work');
  await page.getByLabel('Code from the app').fill(codeFor(key));
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().innerText()).trim();
  expect(recovery).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  // Only hashes are kept.
  const stored = e2eDb().prepare('select code_hash as h from recovery_codes where user_id = ?').all(me.id) as { h: string }[];
  expect(stored).toHaveLength(10);
  expect(stored.some((r) => r.h.includes(recovery.replaceAll('-', '')))).toBe(false);
  await page.getByRole('link', { name: 'I have kept my recovery codes' }).click();
  await expect(page.getByRole('main')).toContainText('On since');

  // Signing in now asks for a code after the password.
  const other = await (await browser.newContext({ baseURL })).newPage();
  await signInThroughForm(other, me.email);
  await expect(other).toHaveURL(/\/sign-in\/two-step/);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Enter your code');
  await expectNoAxeViolations(other);
  // Nothing opens before the second step.
  await other.goto('/staff');
  await expect(other).toHaveURL(/\/sign-in\/two-step/);
  await other.getByLabel('Code').fill('123456');
  await other.getByRole('button', { name: 'Continue' }).click();
  await expect(other.locator('#code-error')).toContainText('That code did not work');
  // The code confirmed at set-up cannot be used again; the next one can.
  await other.getByLabel('Code').fill(codeFor(key, 1));
  await other.getByRole('button', { name: 'Continue' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('My sections');
  await other.getByRole('button', { name: 'Sign out' }).click();

  // A recovery code instead of the app, once.
  await signInThroughForm(other, me.email);
  await other.getByLabel('Code').fill(recovery.toLowerCase());
  await other.getByRole('button', { name: 'Continue' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('My sections');
  await other.getByRole('button', { name: 'Sign out' }).click();
  await signInThroughForm(other, me.email);
  await other.getByLabel('Code').fill(recovery);
  await other.getByRole('button', { name: 'Continue' }).click();
  await expect(other.locator('#code-error')).toContainText('unused recovery codes');
  await other.context().close();
});

test("an admin resets someone's two-step sign-in: audited, their sessions end, and the password alone signs in again", async ({ page, login, signInElsewhere }) => {
  const person = newAccount('instructor', 'reset');
  const theirs = await signInElsewhere(person.email);
  await theirs.goto('/account');
  await theirs.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  const key = (await theirs.locator('code').first().innerText()).trim();
  await theirs.getByLabel('Code from the app').fill(codeFor(key));
  await theirs.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await expect(theirs.getByRole('list', { name: 'Recovery codes' })).toBeVisible();

  await login('admin');
  await page.goto(`/admin/users/${person.id}`);
  await expect(page.getByRole('main')).toContainText('Two-step sign-in');
  await page.getByRole('button', { name: `Reset two-step sign-in for ${person.name}` }).click();
  await expect(formStatus(page)).toContainText('Two-step sign-in is reset');
  const audit = e2eDb().prepare("select actor_id as actor from audit_log where action = 'TWO_STEP_RESET' and subject_id = ?").get(person.id) as { actor: number };
  const adminId = (e2eDb().prepare("select id from users where email = 'admin@demo.test'").get() as { id: number }).id;
  expect(audit.actor).toBe(adminId);

  await theirs.goto('/staff');
  await expect(theirs).toHaveURL(/\/sign-in$/);
  await signIn(theirs, person.email);
  await expect(theirs.getByRole('heading', { level: 1 })).toHaveText('My sections');
  await expect(formAlert(theirs)).toHaveCount(0);
});
