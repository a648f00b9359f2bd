import { expect, expectNoAxeViolations, test } from './fixtures';

test('staff see their section with a searchable, paginated student list', async ({ page, login }) => {
  await login('counsellor');
  await expect(page.getByRole('link', { name: 'CAPS 1100 S20' })).toHaveCount(0);
  await page.getByRole('link', { name: 'CAPS 1100 S10' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CAPS 1100 S10');
  await expectNoAxeViolations(page);
  const table = page.getByRole('table');
  // The 21 seeded students of S10, and any other tests have added meanwhile: one page holds 25.
  await expect(table.getByRole('row').nth(21)).toBeVisible();
  expect(await table.getByRole('row').count()).toBeLessThanOrEqual(25 + 1);
  await page.getByLabel('Search students by name or e-mail').fill('nguyễn');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=nguy%E1%BB%85n/);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Nguyễn Thị Minh Anh');
  // Zoë Tremblay is in the other section: staff never see her.
  await page.getByLabel('Search students by name or e-mail').fill('zoë');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('main')).toContainText('No student matches');
  await page.getByLabel('Search students by name or e-mail').fill('no such person');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('main')).toContainText('No student matches');
});

test('the account page passes axe and a wrong current password is named', async ({ page, login }) => {
  await login('instructor');
  await page.getByRole('link', { name: 'Marcus Bélanger' }).click();
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Current password').fill('not-it-at-all');
  await page.getByLabel('New password', { exact: true }).fill('another-password');
  await page.getByLabel('New password again').fill('another-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('#current-error')).toContainText('not your current password');
});
