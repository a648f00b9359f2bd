import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, formStatus, signIn, test } from './fixtures';
import { newPerson } from './data';
import { OIDC_CLIENT, OIDC_ISSUER } from './servers/ports';

const SSO_BUTTON = `Sign in with ${OIDC_CLIENT.name}`;
const mainAlert = (page: Page) => page.getByRole('main').getByRole('alert');

/**
 * Signs in the way a person does: the app's "Sign in with …", the provider's own login page
 * (its login names the test identity: an e-mail, "|unverified" for an unverified one), its
 * consent page, and back to the app.
 */
async function signInThroughProvider(page: Page, login: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: SSO_BUTTON }).click();
  await expect(page).toHaveURL(new RegExp(`^${OIDC_ISSUER}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password: the provider checks it, not the app');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).not.toHaveURL(new RegExp(`^${OIDC_ISSUER}`));
}

async function createStudent(admin: Page, name: string, email: string): Promise<void> {
  await admin.goto('/admin/users/new');
  await admin.getByLabel('Full name').fill(name);
  await admin.getByLabel('E-mail').fill(email);
  await admin.getByRole('button', { name: 'Create account' }).click();
  await expect(formStatus(admin)).toContainText(`Account created for ${name}`);
}

test('the sign-in page offers the institution\'s sign-in beside the password form', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('link', { name: SSO_BUTTON })).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a known student signs in through the provider and lands on their home; sign-out ends it', async ({ page }) => {
  const student = newPerson();
  await signInThroughProvider(page, student.email.toUpperCase());
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Hello, /);
  await expect(page.getByRole('banner')).toContainText(student.name);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/home');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the role is this app\'s: an instructor\'s identity lands on the staff home', async ({ page }) => {
  await signInThroughProvider(page, 'instructor2@demo.test');
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My sections');
});

test('an unknown e-mail is refused with a message, and no account is made', async ({ page, signInElsewhere }) => {
  const email = `stranger.${Date.now()}@elsewhere.test`;
  await signInThroughProvider(page, email);
  await expect(page).toHaveURL(/\/sign-in\?sso=unknown$/);
  await expect(mainAlert(page)).toContainText("Your Campus ID account's e-mail does not match an account here");
  await expectNoAxeViolations(page);
  await page.goto('/home');
  await expect(page).toHaveURL(/\/sign-in/);

  const admin = await signInElsewhere('admin@demo.test');
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await expect(admin.getByText('No one matches.')).toBeVisible();
});

test('an e-mail the provider has not verified is refused, even for a known account', async ({ page }) => {
  await signInThroughProvider(page, `${newPerson().email}|unverified`);
  await expect(page).toHaveURL(/\/sign-in\?sso=unverified$/);
  await expect(mainAlert(page)).toContainText('Campus ID did not confirm a verified e-mail address');
  await page.goto('/home');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('deactivation ends a single sign-on session on its next page load, and the account is then refused', async ({ page, login, browser, baseURL }) => {
  const email = `sso.deactivated.${Date.now()}@college.test`;
  await login('admin');
  await createStudent(page, 'Dara Deactivated', email);

  const context = await browser.newContext({ baseURL });
  const theirs = await context.newPage();
  await signInThroughProvider(theirs, email);
  await expect(theirs).toHaveURL(/\/home$/);

  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByRole('link', { name: 'Dara Deactivated' }).click();
  await page.getByRole('button', { name: 'Deactivate Dara Deactivated' }).click();
  await expect(formStatus(page)).toContainText('is deactivated');

  await theirs.reload();
  await expect(theirs).toHaveURL(/\/sign-in/);
  // The provider still knows them (its own session): straight back, and refused here.
  await theirs.getByRole('link', { name: SSO_BUTTON }).click();
  await expect(theirs).toHaveURL(/\/sign-in\?sso=inactive$/);
  await expect(mainAlert(theirs)).toContainText('This account is deactivated');
  await context.close();
});

test('a tampered state is refused: no session, and the person is told to try again', async ({ page, browser, baseURL }) => {
  const student = newPerson();
  // The app sends the browser to the provider with a state; the browser arrives with another
  // (the provider hands it back as it got it). Only the first hop can be rewritten: Playwright
  // does not route requests that follow a redirect.
  await page.route('**/sign-in/sso', async (route) => {
    const response = await route.fetch({ maxRedirects: 0 });
    const location = new URL(response.headers().location);
    location.searchParams.set('state', `${location.searchParams.get('state')}tampered`);
    await route.fulfill({ response, headers: { ...response.headers(), location: location.toString() } });
  });
  await signInThroughProvider(page, student.email);
  await expect(page).toHaveURL(/\/sign-in\?error=/);
  await expect(mainAlert(page)).toContainText('Signing in with Campus ID did not work. Please try again.');
  await page.unrouteAll();
  await page.goto('/home');
  await expect(page).toHaveURL(/\/sign-in/);

  // The same identity, state untouched, in a fresh browser: in. Only the state made the difference.
  const context = await browser.newContext({ baseURL });
  const fresh = await context.newPage();
  await signInThroughProvider(fresh, student.email);
  await expect(fresh).toHaveURL(/\/home$/);
  await context.close();
});

test('an admin opens a domain to new students: a verified sign-on from it makes a student account', async ({ page, login, browser, baseURL }) => {
  const domain = `campus${Date.now()}.test`;
  await login('admin');
  await page.goto('/admin/settings');
  await expect(page.getByText('/api/auth/callback/oidc')).toBeVisible();
  await expectNoAxeViolations(page);
  const field = page.getByLabel('Create student accounts for e-mails at these domains');
  const before = await field.inputValue();
  await field.fill(`${before}\nnot a domain!`);
  await page.getByRole('button', { name: 'Save domains' }).click();
  await expect(page.locator('#domains-error')).toContainText('like college.edu');
  await expect(field).toHaveValue(`${before}\nnot a domain!`);
  await field.fill(`${before}\n@${domain.toUpperCase()}`);
  await page.getByRole('button', { name: 'Save domains' }).click();
  await expect(formStatus(page)).toContainText('Saved');

  const context = await browser.newContext({ baseURL });
  const newcomer = await context.newPage();
  await signInThroughProvider(newcomer, `ada.newcomer@${domain}`);
  await expect(newcomer).toHaveURL(/\/home$/);
  await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('Hello, Ada Newcomer');
  await context.close();

  await page.goto(`/admin/users?q=${encodeURIComponent(`ada.newcomer@${domain}`)}`);
  const row = page.getByRole('row').filter({ hasText: 'Ada Newcomer' });
  await expect(row).toContainText('Student');
});

test('a password account still signs in with its password', async ({ page }) => {
  await signIn(page, newPerson().email);
  await expect(page).toHaveURL(/\/home$/);
});
