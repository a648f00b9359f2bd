import { formAlert, HOME_HEADING, STUDENTS, expect, expectNoAxeViolations, signInThroughForm, test, type DemoRole } from './fixtures';

const WHO: Record<DemoRole, string> = { student: 'a student', counsellor: 'a counsellor', instructor: 'an instructor', admin: 'an admin' };

for (const role of ['student', 'counsellor', 'instructor', 'admin'] as DemoRole[]) {
  test(`${WHO[role]} signs in through the form and lands on their home`, async ({ page, login }) => {
    await login(role);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOME_HEADING[role]);
    await expect(page.getByRole('banner')).toContainText(role === 'admin' ? 'Admin' : role[0].toUpperCase() + role.slice(1));
    await expectNoAxeViolations(page);
  });
}

test('the sign-in page has no accessibility violations', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a wrong password says so without naming which part was wrong, and keeps the e-mail', async ({ page }) => {
  const email = STUDENTS[3].email;
  await signInThroughForm(page, email, 'not-the-password');
  await expect(formAlert(page)).toContainText('do not match an active account');
  await expect(page.getByLabel('E-mail')).toHaveValue(email);
  await expect(page.getByLabel('Password')).toHaveValue('');
  // An unknown e-mail gets the very same message.
  await signInThroughForm(page, 'nobody-here@demo.test', 'whatever-it-is');
  await expect(formAlert(page)).toContainText('do not match an active account');
});

test('empty and malformed input gets field messages, not a stack trace', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill('not-an-email');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#email-error')).toContainText('Enter an e-mail address');
  await expect(page.locator('#password-error')).toContainText('Password is required');
  await expect(page.getByLabel('E-mail')).toBeFocused();
  await expect(page.getByLabel('E-mail')).toHaveValue('not-an-email');
});

test('repeated failures engage the throttle, which says when to try again', async ({ page }) => {
  const email = STUDENTS[5].email;
  for (let i = 0; i < 4; i++) {
    await signInThroughForm(page, email, `wrong-${i}`);
    await expect(formAlert(page)).toContainText('do not match');
  }
  await signInThroughForm(page, email, 'wrong-5');
  await expect(formAlert(page)).toContainText(/Too many failed attempts\. Try again in \d+ seconds?\./);
  // Even the right password is refused while the wait lasts.
  await signInThroughForm(page, email, 'horsesmouth');
  await expect(formAlert(page)).toContainText('Too many failed attempts');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('signing out ends the session', async ({ page, login }) => {
  await login('counsellor');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/sign-in/);
});
