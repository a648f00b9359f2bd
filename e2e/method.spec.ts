import { completedInterview, newPerson } from './data';
import { expect, expectNoAxeViolations, expectNotFound, signIn, test } from './fixtures';

// The seed's teaching (issue 8 §7): a guide, linked from home and the menu, and each tip beside
// the step it is about.

test('the method guide is linked from home and the menu, and passes axe', async ({ page }) => {
  // In no section: assignments other tests publish would be this student's first things to do.
  const me = newPerson({ section: null });
  await signIn(page, me.email);
  await page.getByRole('link', { name: 'Read The method first' }).click();
  await expect(page).toHaveURL(/\/method$/);
  await expect(page.getByRole('heading', { level: 1, name: 'The method' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The method' })).toHaveAttribute('aria-current', 'page');
  for (const heading of ['Why information interviews work', 'How it differs from a job interview', 'Why a busy person agrees to talk to you', 'On the day']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText('The balance of control is in your favour.', { exact: false })).toBeVisible();
  await expect(page.getByText('Try to avoid asking routine questions that are easily answered through online or book research.')).toBeVisible();
  await expect(page.getByText('Don’t leave a resume unless they specifically ask for it.', { exact: false })).toBeVisible();
  await expect(page.getByText(/Be on time/)).toBeVisible();
  await expect(page.getByText(/Dress as the people in that workplace dress/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the method guide fits a phone and passes axe there', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, newPerson().email);
  await page.goto('/method');
  await expect(page.getByRole('heading', { level: 1, name: 'The method' })).toBeVisible();
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await expectNoAxeViolations(page);
});

test('tips sit beside their step and lead to their part of the guide', async ({ page }) => {
  const me = newPerson();
  const { contactId } = completedInterview(me.id);
  await signIn(page, me.email);

  await page.goto(`/contacts/${contactId}/script`);
  const calling = page.getByRole('note', { name: 'Making the call' });
  await expect(calling.getByText('Ask for the person by first and last name.', { exact: false })).toBeVisible();
  await expect(calling.getByText('Ask for twenty minutes to half an hour, in person, at their convenience.')).toBeVisible();
  await expectNoAxeViolations(page);
  await calling.getByRole('link', { name: /More in The method/ }).click();
  await expect(page).toHaveURL(/\/method#ask$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Asking for the interview' })).toBeInViewport();
});

test('research, whom to ask and keeping a record: each tip on its own step', async ({ page }) => {
  await signIn(page, newPerson().email);
  await page.goto('/contacts/new');
  await expect(page.getByRole('note', { name: 'Whom to ask' })).toBeVisible();
  await page.goto('/occupations/new');
  await expect(page.getByRole('note', { name: 'Research first' })).toBeVisible();
  await page.goto('/records');
  await expect(page.getByRole('note', { name: 'Keep a record' })).toBeVisible();
});

test('the interview sheet carries the day’s rules: on time, dressed for the workplace, no resume unless asked', async ({ page }) => {
  const me = newPerson();
  const { id } = completedInterview(me.id);
  await signIn(page, me.email);
  await page.goto(`/interviews/${id}/print`);
  const day = page.getByRole('note', { name: 'On the day' });
  await expect(day.getByText('Don’t leave a resume unless they specifically ask for it.')).toBeVisible();
  await expect(day.getByText('Be on time, and dress as the people in that workplace dress.')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(day).toBeVisible();
  await expect(day.getByRole('link')).toBeHidden();
});

test('the guide is for students: staff get a 404', async ({ signInElsewhere }) => {
  const counsellor = await signInElsewhere('counsellor@demo.test');
  await expectNotFound(counsellor, '/method');
});
