import { formAlert, formStatus, STUDENTS, expect, signIn, signInThroughForm, test } from './fixtures';

test('changing the password keeps this session, ends the others, and the new one signs in', async ({ page, signInElsewhere }) => {
  const me = STUDENTS[13];
  const elsewhere = await signInElsewhere(me.email);
  await signIn(page, me.email);
  await page.goto('/account');
  const password = 'Ünïcode & spaces are fine in a passphrase of sixty-four chars!!!';
  expect(password).toHaveLength(64);
  await page.getByLabel('Current password').fill('horsesmouth');
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('New password again').fill(password.slice(0, -1));
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('#confirm-error')).toContainText('do not match');

  await page.getByLabel('Current password').fill('horsesmouth');
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('New password again').fill(password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(formStatus(page)).toContainText('Password changed');

  await elsewhere.reload();
  await expect(elsewhere).toHaveURL(/\/sign-in/);
  await signInThroughForm(elsewhere, me.email, 'horsesmouth');
  await expect(formAlert(elsewhere)).toContainText('do not match');
  await signIn(elsewhere, me.email, password);
  await expect(elsewhere).toHaveURL(/\/home/);
});

test('sign out everywhere ends every session of that person', async ({ page, signInElsewhere }) => {
  const me = STUDENTS[15];
  const elsewhere = await signInElsewhere(me.email);
  await signIn(page, me.email);
  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await elsewhere.reload();
  await expect(elsewhere).toHaveURL(/\/sign-in/);
});
