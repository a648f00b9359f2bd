import type { Page } from '@playwright/test';
import { DESKTOP, PHONE } from './checks';
import { makeInvite } from './data';
import { DEMO_EMAIL, expect, expectNoAxeViolations, formAlert, signIn, test } from './fixtures';

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const card = (page: Page, title: string) => page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title }) });

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the main menu folds into one button that opens, leads somewhere and closes behind it', async ({ page }) => {
    await signIn(page, DEMO_EMAIL.student);
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = mainMenu(page);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Contacts' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
    // One line of header: the name and the button, not three rows of links.
    expect((await page.locator('header').boundingBox())?.height).toBeLessThan(80);

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('link', { name: 'Sam Student' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expectNoAxeViolations(page);

    await nav.getByRole('link', { name: 'Contacts' }).click();
    await expect(page).toHaveURL(/\/contacts$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Contacts' })).toBeHidden();

    // By keyboard: the button toggles with Enter and with Space.
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(nav.getByRole('link', { name: 'Contacts' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused();
    await menu.focus();
    await page.keyboard.press('Space');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  test('signing out from the menu works', async ({ page }) => {
    await signIn(page, DEMO_EMAIL.counsellor);
    await page.getByRole('button', { name: 'Menu' }).click();
    await mainMenu(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test('on a wide screen the menu is a row of links, with no Menu button', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, DEMO_EMAIL.student);
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  const links = mainMenu(page).getByRole('link');
  await expect(links).toHaveText(['Home', 'Occupations', 'Contacts', 'Interviews', 'Network', 'Assignments', 'My records', 'Grades', 'The method']);
  await page.goto('/occupations/compare');
  await expect(mainMenu(page).getByRole('link', { name: 'Occupations' })).toHaveAttribute('aria-current', 'page');
});

test("admin's Overview is the current page only on the overview", async ({ page }) => {
  await signIn(page, DEMO_EMAIL.admin);
  const current = mainMenu(page).locator('[aria-current="page"]');
  const expectations: [string, string][] = [
    ['/admin', 'Overview'],
    ['/admin/users', 'Users'],
    ['/admin/users/new', 'Users'],
    ['/admin/sections', 'Sections'],
    ['/admin/sections/new', 'Sections'],
  ];
  for (const [path, item] of expectations) {
    await page.goto(path);
    await expect(current, path).toHaveText([item]);
  }
});

test('the account page lists the sections a person is in', async ({ page, signInElsewhere }) => {
  await signIn(page, DEMO_EMAIL.student);
  await page.goto('/account');
  const sections = card(page, 'Your sections');
  await expect(sections.getByText('CAPS 1100 S10')).toBeVisible();
  await expect(sections.getByText('CAPS 1100 S20')).toHaveCount(0);

  const counsellor = await signInElsewhere(DEMO_EMAIL.counsellor);
  await counsellor.goto('/account');
  const staffed = card(counsellor, 'Your sections');
  await staffed.getByRole('link', { name: 'CAPS 1100 S10' }).click();
  await expect(counsellor.getByRole('heading', { level: 1, name: 'CAPS 1100 S10' })).toBeVisible();

  const admin = await signInElsewhere(DEMO_EMAIL.admin);
  await admin.goto('/account');
  await expect(card(admin, 'Your sections')).toContainText('you manage all of them');
});

test('after setting a password the sign-in page has the e-mail filled in', async ({ page }) => {
  const { email, token } = makeInvite();
  await page.goto(`/set-password/${token}`);
  const password = 'a passphrase long enough to pass';
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Type it again').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page).toHaveURL(/\/sign-in\?/);
  // The address, and nothing secret, is in the URL.
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toEqual({ password: 'set', email });
  await expect(page.getByLabel('E-mail')).toHaveValue(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Hello, Invited Person/);
});

test('the sign-in page fills in only a valid e-mail, and a failed try keeps what was typed', async ({ page }) => {
  for (const bad of ['not-an-address', '%3Cb%3Ex%3C%2Fb%3E%40x', '']) {
    await page.goto(`/sign-in?email=${bad}`);
    await expect(page.getByLabel('E-mail')).toHaveValue('');
  }
  await page.goto('/sign-in?email=Student%40Demo.test');
  await expect(page.getByLabel('E-mail')).toHaveValue('student@demo.test');
  await page.getByLabel('E-mail').fill('someone.else@demo.test');
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(formAlert(page)).toBeVisible();
  await expect(page.getByLabel('E-mail')).toHaveValue('someone.else@demo.test');
});
