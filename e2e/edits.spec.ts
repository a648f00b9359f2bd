import type { Page } from '@playwright/test';
import { e2eDb, newAccount } from './db';
import { expect, expectNoAxeViolations, formAlert, signIn, test } from './fixtures';

const conflict = (page: Page) => page.getByTestId('edit-conflict');

test('two tabs edit one contact: the stale save is refused, both versions are shown, nothing typed is lost', async ({ page }) => {
  const me = newAccount('student', 'twotabs');
  await signIn(page, me.email);
  await page.goto('/contacts/new');
  await page.getByLabel('Name', { exact: true }).fill('Ines Duarte');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ines Duarte');
  const id = Number(/\/contacts\/(\d+)/.exec(page.url())?.[1]);

  // Both tabs open the edit form.
  const tabA = page;
  const tabB = await page.context().newPage();
  await tabA.goto(`/contacts/${id}/edit`);
  await tabB.goto(`/contacts/${id}/edit`);

  // Tab A saves a note.
  await tabA.getByRole('textbox', { name: 'Notes' }).fill('Met her at the open house; prefers mornings.');
  await tabA.getByRole('button', { name: 'Save changes' }).click();
  await expect(tabA.getByRole('heading', { level: 1 })).toHaveText('Ines Duarte');

  // Tab B, opened earlier, saves the job title: refused.
  await tabB.getByLabel('Job title').fill('Orthodontist');
  await tabB.getByRole('button', { name: 'Save changes' }).click();
  await expect(formAlert(tabB)).toContainText('changed since you opened it');
  await expect(conflict(tabB).getByRole('region', { name: 'Notes' })).toContainText('Met her at the open house; prefers mornings.');
  await expect(conflict(tabB).getByRole('region', { name: 'Job title' })).toContainText('Orthodontist');
  await expect(tabB.getByRole('textbox', { name: 'Job title' })).toHaveValue('Orthodontist');
  await expectNoAxeViolations(tabB);
  // A's note is still saved.
  const row = () => e2eDb().prepare('select notes, job_title as jobTitle, version from contacts where id = ?').get(id) as { notes: string; jobTitle: string | null; version: number };
  expect(row()).toMatchObject({ notes: 'Met her at the open house; prefers mornings.', jobTitle: null, version: 2 });

  // Having seen both, B copies the note in and saves again: now it is the latest version, and it saves.
  await tabB.getByRole('textbox', { name: 'Notes' }).fill('Met her at the open house; prefers mornings.');
  await tabB.getByRole('button', { name: 'Save changes' }).click();
  await expect(tabB.getByRole('heading', { level: 1 })).toHaveText('Ines Duarte');
  expect(row()).toMatchObject({ notes: 'Met her at the open house; prefers mornings.', jobTitle: 'Orthodontist', version: 3 });
});

test('two tabs edit one occupation: the older form is refused and keeps what was typed', async ({ page }) => {
  const me = newAccount('student', 'occtabs');
  await signIn(page, me.email);
  await page.goto('/occupations/new');
  await page.getByLabel('Title').fill('Marine biologist');
  await page.getByRole('button', { name: 'Add occupation' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Marine biologist');
  const id = Number(/\/occupations\/(\d+)/.exec(page.url())?.[1]);
  const other = await page.context().newPage();
  await page.goto(`/occupations/${id}/edit`);
  await other.goto(`/occupations/${id}/edit`);
  await page.getByLabel('Research notes').fill('Field work on boats, much of it in winter.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Marine biologist');
  await other.getByLabel('Why it interests me').fill('I grew up by the sea.');
  await other.getByRole('button', { name: 'Save changes' }).click();
  await expect(formAlert(other)).toContainText('changed since you opened it');
  await expect(conflict(other).getByRole('region', { name: 'Research notes' })).toContainText('Field work on boats');
  await expect(other.getByRole('textbox', { name: 'Why it interests me' })).toHaveValue('I grew up by the sea.');
});

test('the account page and an admin’s role form refuse stale saves too', async ({ page, login, signInElsewhere }) => {
  const me = newAccount('student', 'profiletabs');
  const tab = await signInElsewhere(me.email);
  const second = await tab.context().newPage();
  await tab.goto('/account');
  await second.goto('/account');
  await tab.getByLabel('Your name').fill('Ana Profile');
  await tab.getByRole('button', { name: 'Save profile' }).click();
  await expect(tab.getByRole('main').getByRole('status')).toContainText('Profile saved.');
  // The same tab saves again: it carries the new version.
  await tab.getByLabel('Time zone').selectOption('America/Toronto');
  await tab.getByRole('button', { name: 'Save profile' }).click();
  await expect(tab.getByRole('main').getByRole('status')).toContainText('Profile saved.');
  await second.getByLabel('Course and institution').fill('CAPS 1100 at Kwantlen Polytechnic University');
  await second.getByRole('button', { name: 'Save profile' }).click();
  await expect(formAlert(second)).toContainText('changed since you opened it');
  await expect(conflict(second).getByRole('region', { name: 'Your name' })).toContainText('Ana Profile');
  await expect(second.getByRole('textbox', { name: 'Course and institution' })).toHaveValue('CAPS 1100 at Kwantlen Polytechnic University');

  // Two admin tabs change one person's role.
  await login('admin');
  const adminTab2 = await page.context().newPage();
  await page.goto(`/admin/users/${me.id}`);
  await adminTab2.goto(`/admin/users/${me.id}`);
  await page.getByLabel('Role').selectOption('instructor');
  await page.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Role changed to instructor');
  await adminTab2.getByLabel('Role').selectOption('counsellor');
  await adminTab2.getByRole('button', { name: 'Change role' }).click();
  await expect(formAlert(adminTab2)).toContainText('changed since you opened it');
  expect(e2eDb().prepare('select role from users where id = ?').get(me.id)).toEqual({ role: 'instructor' });
});

test("a shared computer: one student's course and institution never reach the next student's script", async ({ page }) => {
  const first = newAccount('student', 'labfirst');
  const second = newAccount('student', 'labsecond');
  await signIn(page, first.email);
  await page.goto('/contacts/new');
  await page.getByLabel('Name', { exact: true }).fill('Theo Marsh');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByRole('link', { name: 'Build a script' }).first().click();
  await page.getByLabel('Course and institution').fill('a nursing course at Langara College');
  await page.getByRole('button', { name: 'Fill in the template' }).click();
  await page.getByLabel('Title').fill('Call Theo');
  await page.getByRole('button', { name: 'Save script' }).click();
  await expect(page).toHaveURL(/saved=script/);
  // Kept in the first student's profile, editable on their account page; no cookie holds it.
  await page.goto('/account');
  await expect(page.getByRole('textbox', { name: 'Course and institution' })).toHaveValue('a nursing course at Langara College');
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain('hm-script-course');
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();

  // The next student on the same browser.
  await signIn(page, second.email);
  await page.goto('/contacts/new');
  await page.getByLabel('Name', { exact: true }).fill('Ravi Shah');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByRole('link', { name: 'Build a script' }).first().click();
  await expect(page.getByRole('textbox', { name: 'Course and institution' })).not.toHaveValue(/Langara/);
  await expect(page.getByLabel('Script', { exact: true })).not.toHaveValue(/Langara/);
});
