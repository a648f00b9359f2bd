import type { Page } from '@playwright/test';
import { DEMO_EMAIL, STUDENTS, expect, expectNoAxeViolations, expectNotFound, test } from './fixtures';

/*
 * Staff read a student's record: the counsellor and the instructor of the student's section, never
 * anyone else, and never a contact's phone number or e-mail (nor the phone interview's number).
 * Sam Student (student@demo.test, S10) is seeded mid-way through the method: a completed interview
 * with Dana Li, notes against three questions, a phone interview with Uncle Ray coming up.
 */

const PRIVATE = ['604 555 0142', 'dana.li@example.test', 'priya@example.test', '604 555 0199', 'tel:', 'mailto:'];

async function expectNothingPrivate(page: Page): Promise<void> {
  const html = await page.content();
  for (const text of PRIVATE) expect(html, `the page holds ${text}`).not.toContain(text);
}

async function expectFitsAPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The counsellor opens Sam's record from the section page; returns the record's and the Dana interview's paths. */
async function openSamsRecord(page: Page): Promise<{ record: string; interview: string }> {
  await page.getByRole('link', { name: 'CAPS 1100 S10' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Sam Student' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sam Student');
  const record = new URL(page.url()).pathname;
  expect(record).toMatch(/^\/staff\/students\/\d+$/);
  await page.getByRole('link', { name: 'Dana Li' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interview with Dana Li');
  return { record, interview: new URL(page.url()).pathname };
}

test('a counsellor reads a student’s record and an interview with its notes, and nothing private', async ({ page, login }) => {
  await login('counsellor');
  await page.getByRole('link', { name: 'CAPS 1100 S10' }).click();
  await page.getByRole('table').getByRole('link', { name: 'Sam Student' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sam Student');
  const main = page.getByRole('main');
  await expect(main.getByRole('table', { name: /Interviews of Sam Student/ }).getByRole('row')).toHaveCount(3); // header, Dana, Uncle Ray
  await expect(main.getByRole('table', { name: /Interviews of Sam Student/ })).toContainText('Thank-you overdue');
  await expect(main.getByText('Dental technician', { exact: true }).first()).toBeVisible();
  await expect(main.getByText('Travel agent')).toBeVisible();
  const contacts = main.getByRole('table', { name: 'Contacts of Sam Student' });
  await expect(contacts.getByRole('row')).toHaveCount(4); // header, Dana, Priya, Uncle Ray
  await expect(contacts).toContainText('Lab manager, Smile Works Lab');
  await expect(contacts).toContainText('Reaching out');
  await expectNothingPrivate(page);
  await expectNoAxeViolations(page);
  await expectFitsAPhone(page);

  await main.getByRole('link', { name: 'Dana Li' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interview with Dana Li');
  const planned = page.getByRole('list', { name: 'Planned questions' }).getByRole('listitem');
  await expect(planned).toHaveCount(3);
  await expect(planned.nth(0)).toContainText('What do you do in a typical day?');
  await expect(planned.nth(0)).toContainText('Mostly design on screen in the morning, finishing by hand after lunch.');
  await expect(planned.nth(0)).toContainText('Particularly interesting');
  await expect(planned.nth(0)).toContainText('Must ask');
  await expect(planned.nth(2)).toContainText('Priya Sandhu at Smile Works Lab.');
  await expect(page.getByText('Showed me the milling machine.')).toBeVisible();
  await expect(page.getByText(/^Not sent\. Overdue since \w{3}, \w{3} \d+, \d{4}, \d+:\d{2} [ap]\.m\.$/)).toBeVisible();
  await expect(page.getByText('Dental technician, Fraser Dental Lab')).toBeVisible();
  await expectNothingPrivate(page);
  await expectNoAxeViolations(page);
  await expectFitsAPhone(page);

  // The phone interview: its number is the contact's, and stays the student's.
  await page.getByRole('link', { name: 'Sam Student’s record' }).click();
  await page.getByRole('link', { name: 'Uncle Ray' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interview with Uncle Ray');
  await expect(page.getByText('Phone call', { exact: true })).toBeVisible();
  await expectNothingPrivate(page);
});

test('the instructor of the section reads it too', async ({ page, login }) => {
  await login('instructor');
  const { interview } = await openSamsRecord(page);
  await page.goto(interview);
  await expect(page.getByText('A two-year diploma, then registration with the province.')).toBeVisible();
  await expectNothingPrivate(page);
});

test('staff of another section, students and admins get 404 on both pages; so does an interview under another student’s address', async ({ page, login, signInElsewhere }) => {
  await login('counsellor');
  const { record, interview } = await openSamsRecord(page);

  // Liam O'Connor is in S10 too, but the interview is Sam's.
  await page.goto('/staff');
  await page.getByRole('link', { name: 'CAPS 1100 S10' }).click();
  const liam = await page.getByRole('table').getByRole('link', { name: STUDENTS[2].name }).getAttribute('href');
  expect(liam).toMatch(/^\/staff\/students\/\d+$/);
  await expectNotFound(page, `${liam}/interviews/${interview.split('/').pop()}`);
  await expectNotFound(page, `${record}/interviews/999999`);
  await expectNotFound(page, '/staff/students/999999');
  await expectNotFound(page, '/staff/students/not-a-number');

  const others = new Map<string, Page>();
  for (const email of ['counsellor2@demo.test', 'instructor2@demo.test', DEMO_EMAIL.student, STUDENTS[2].email, DEMO_EMAIL.admin]) {
    const other = await signInElsewhere(email);
    others.set(email, other);
    await expectNotFound(other, record);
    await expectNotFound(other, interview);
  }

  // And the other way round: Zoë Tremblay is in S20, whose counsellor opens her record; S10's cannot.
  const counsellor2 = others.get('counsellor2@demo.test')!;
  await counsellor2.goto('/staff');
  await counsellor2.getByRole('link', { name: 'CAPS 1100 S20' }).click();
  await counsellor2.getByRole('table').getByRole('link', { name: STUDENTS[1].name }).click();
  await expect(counsellor2.getByRole('heading', { level: 1 })).toHaveText(STUDENTS[1].name);
  await expectNotFound(page, new URL(counsellor2.url()).pathname);
});
