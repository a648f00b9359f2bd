import { formAlert, formStatus, STUDENTS, expect, expectNoAxeViolations, signIn, signInThroughForm, test } from './fixtures';

test('an admin creates an account; the person sets a password from the link and signs in', async ({ page, login, browser, baseURL }) => {
  await login('admin');
  await page.getByRole('link', { name: 'Create an account' }).first().click();
  await expect(page.getByRole('heading', { name: 'Create an account' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Bad input first: every problem is named, and what was typed stays.
  await page.getByLabel('Full name').fill('');
  await page.getByLabel('E-mail').fill('new.person@');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#name-error')).toContainText('Name is required');
  await expect(page.locator('#email-error')).toContainText('Enter an e-mail address');
  await expect(page.getByLabel('E-mail')).toHaveValue('new.person@');

  // An e-mail already in use is refused.
  await page.getByLabel('Full name').fill('Someone Else');
  await page.getByLabel('E-mail').fill('STUDENT@demo.test');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#email-error')).toContainText('already exists');

  await page.getByLabel('Full name').fill('Renée Okafor');
  await page.getByLabel('E-mail').fill('renee.okafor@demo.test');
  await page.getByLabel('Role').selectOption('counsellor');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(formStatus(page)).toContainText('Account created for Renée Okafor');
  const link = await page.getByLabel('One-time link').inputValue();
  expect(link).toMatch(/\/set-password\/[\w-]{20,}$/);

  const other = await (await browser.newContext({ baseURL })).newPage();
  await other.goto(new URL(link).pathname);
  await expect(other.getByRole('heading', { name: 'Set your password' })).toBeVisible();
  await expectNoAxeViolations(other);
  await other.getByLabel('New password').fill('short');
  await other.getByLabel('Type it again').fill('short');
  await other.getByRole('button', { name: 'Set password' }).click();
  await expect(other.locator('#password-error')).toContainText('at least 8');
  const password = 'a-long-passphrase-of-sixty-four-characters-for-the-test-ok-12345';
  expect(password).toHaveLength(64);
  await other.getByLabel('New password').fill(password);
  await other.getByLabel('Type it again').fill(password);
  await other.getByRole('button', { name: 'Set password' }).click();
  await expect(formStatus(other)).toContainText('Your password is set');
  await signIn(other, 'renee.okafor@demo.test', password);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('My sections');

  // The link works once.
  await other.goto(new URL(link).pathname);
  await expect(other.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();
  await other.context().close();
});

test('an admin deactivates a user whose open session is refused on its next page load', async ({ page, login, signInElsewhere }) => {
  const target = STUDENTS[9];
  const studentPage = await signInElsewhere(target.email);
  await expect(studentPage.getByRole('heading', { level: 1 })).toHaveText(/^Hello, /);

  await login('admin');
  await page.goto(`/admin/users?q=${encodeURIComponent(target.email)}`);
  await page.getByRole('link', { name: target.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.name);
  await page.getByRole('button', { name: `Deactivate ${target.name}` }).click();
  await expect(formStatus(page)).toContainText('is deactivated');

  await studentPage.reload();
  await expect(studentPage).toHaveURL(/\/sign-in/);
  await signInThroughForm(studentPage, target.email);
  await expect(formAlert(studentPage)).toContainText('do not match an active account');

  await page.getByRole('button', { name: `Reactivate ${target.name}` }).click();
  await expect(formStatus(page)).toContainText('can sign in again');
  await signInThroughForm(studentPage, target.email);
  await expect(studentPage).toHaveURL(/\/home/);
});

test('a role change takes effect on the next request', async ({ page, login, signInElsewhere }) => {
  const target = STUDENTS[11];
  const theirPage = await signInElsewhere(target.email);
  await login('admin');
  await page.goto(`/admin/users?q=${encodeURIComponent(target.email)}`);
  await page.getByRole('link', { name: target.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.name);
  await page.getByLabel('Role').selectOption('instructor');
  await page.getByRole('button', { name: 'Change role' }).click();
  await expect(formStatus(page)).toContainText('Role changed to instructor');
  await theirPage.goto('/home');
  await expect(theirPage.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await theirPage.goto('/staff');
  await expect(theirPage.getByRole('heading', { level: 1 })).toHaveText('My sections');
});

test('an admin makes a section and adds people to it', async ({ page, login }) => {
  await login('admin');
  await page.goto('/admin/sections');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Create a section' }).first().click();
  await page.getByRole('button', { name: 'Create section' }).click();
  await expect(page.locator('#courseCode-error')).toContainText('Course code is required');
  await page.getByLabel('Course code').fill('caps 1100');
  await page.getByLabel('Section').fill('s30');
  await page.getByLabel('Title').fill('Career and Life Planning');
  await page.getByLabel('Term').fill('Winter 2027');
  await page.getByRole('button', { name: 'Create section' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CAPS 1100 S30');

  await page.getByLabel('Their e-mail').fill('student@demo.test');
  await page.getByLabel('As').selectOption('counsellor');
  await page.getByRole('button', { name: 'Add to section' }).click();
  await expect(page.locator('#memberRole-error')).toContainText('is a student');
  await page.getByLabel('As').selectOption('student');
  await page.getByRole('button', { name: 'Add to section' }).click();
  await expect(formStatus(page)).toContainText('Sam Student added as student');
  await expect(page.getByRole('main')).toContainText('Members (1)');
  await expectNoAxeViolations(page);
});

test('admin pages pass axe', async ({ page, login }) => {
  await login('admin');
  for (const path of ['/admin/users', '/admin/users?role=student&page=2']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto('/admin/users?q=daniel');
  await page.getByRole('link', { name: 'Daniel Kim' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daniel Kim');
  await expectNoAxeViolations(page);
});
