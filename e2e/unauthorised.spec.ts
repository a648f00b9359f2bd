import { formStatus, STUDENTS, expect, expectNotFound, test } from './fixtures';

test('a student gets 404 on staff and admin pages', async ({ page, login }) => {
  await login('student');
  for (const path of ['/staff', '/staff/sections/1', '/admin', '/admin/users', '/admin/users/1', '/admin/sections', '/admin/sections/new']) {
    await expectNotFound(page, path);
  }
});

test('staff get 404 on a section they do not staff, and on admin pages', async ({ page, login }) => {
  await login('instructor');
  await page.getByRole('link', { name: 'CAPS 1100 S10' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CAPS 1100 S10' })).toBeVisible();
  const ownUrl = page.url();
  const ownId = Number(ownUrl.split('/').pop());
  // S20 is the other seeded section, staffed by the second instructor and counsellor.
  await expectNotFound(page, `/staff/sections/${ownId + 1}`);
  await expectNotFound(page, '/staff/sections/999999');
  await expectNotFound(page, '/staff/sections/not-a-number');
  await expectNotFound(page, '/admin');
});

test('a counsellor of the other section cannot open the first one', async ({ signInElsewhere }) => {
  const page = await signInElsewhere('counsellor2@demo.test');
  await page.getByRole('link', { name: 'CAPS 1100 S20' }).click();
  const s20 = Number(page.url().split('/').pop());
  await expectNotFound(page, `/staff/sections/${s20 - 1}`);
});

test('an admin gets 404 on staff pages and a signed-out visitor is sent to sign in', async ({ page, login, browser, baseURL }) => {
  await login('admin');
  await expectNotFound(page, '/staff');
  const anonymous = await (await browser.newContext({ baseURL })).newPage();
  await anonymous.goto('/admin/users');
  await expect(anonymous).toHaveURL(/\/sign-in/);
  await anonymous.context().close();
});

test('a student who posts role=admin with their profile changes only their name', async ({ signInElsewhere }) => {
  const page = await signInElsewhere(STUDENTS[7].email);
  await page.goto('/account');
  // What a crafted request would carry: extra fields the form never offers.
  await page.locator('form:has(#field-name)').evaluate((form) => {
    for (const [name, value] of [['role', 'admin'], ['email', 'admin@demo.test'], ['id', '1']]) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.appendChild(input);
    }
  });
  await page.getByLabel('Your name').fill('Kwame A. Mensah');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(formStatus(page)).toContainText('Profile saved.');
  await expect(page.getByRole('banner')).toContainText('Kwame A. Mensah');
  await expect(page.getByRole('banner')).toContainText('Student');
  await expectNotFound(page, '/admin');
  await page.goto('/account');
  await expect(page.getByRole('main')).toContainText(STUDENTS[7].email);
});
