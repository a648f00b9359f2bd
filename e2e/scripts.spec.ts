import { newPerson } from './data';
import { e2eDb } from './db';
import { autosaveRunning, expect, expectNoAxeViolations, formStatus, signIn, test } from './fixtures';

/** A contact of the student's, found through their dentist, with a phone number. */
function contactOf(studentId: number, name = 'Aiko Sato'): number {
  return Number(
    e2eDb()
      .prepare("insert into contacts (student_id, name, job_title, phone, how_found, how_found_detail) values (?, ?, 'Dental Hygienist', '604-555-0142', 'professional', 'my dentist, Dr. Patel')")
      .run(studentId, name).lastInsertRowid,
  );
}

function scriptOf(studentId: number, contactId: number, body: string): number {
  return Number(
    e2eDb()
      .prepare("insert into scripts (student_id, contact_id, kind, title, body) values (?, ?, 'phone', 'Call Aiko', ?)")
      .run(studentId, contactId, body).lastInsertRowid,
  );
}

const saved = (page: import('@playwright/test').Page) => page.getByRole('main').getByRole('status').filter({ hasText: /^Saved at / });

test('a script reads aloud as English, saves as it is typed, and a click on Home loses nothing', async ({ page }) => {
  const me = newPerson();
  const contact = contactOf(me.id);
  await signIn(page, me.email);
  await page.goto(`/contacts/${contact}/script`);
  const script = page.getByLabel('Script', { exact: true });
  // The referrer from "how found", the title as English, the course with its institution, and
  // both of the contact's answers on the one sheet.
  await expect(script).toHaveValue(/^Hello, Aiko Sato\. My name is .+\. I'm currently taking a career-related course \(CAPS 1100 Career and Life Planning\) at my college\. /);
  await expect(script).toHaveValue(/My dentist, Dr\. Patel, suggested that I call you because I'm interested in working as a dental hygienist\./);
  await expect(script).toHaveValue(/decide if working as a dental hygienist is the right choice for me\./);
  await expect(script).toHaveValue(/If they agree:\nThat's great!.*\n\nIf they are too busy:\nOkay, I understand\./s);
  await expect(page.getByRole('note', { name: 'Making the call' })).toBeVisible();

  await script.fill(`${await script.inputValue()}\nI want a job at VCC.`);
  await expect(page.locator('#job-ask-warning')).toContainText('asks for a job: I want a job');
  await script.fill((await script.inputValue()).replace('\nI want a job at VCC.', '\nP.S. Practised twice.'));
  await expect(page.locator('#job-ask-warning')).toHaveCount(0);
  // Straight to Home, without waiting for the save.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Hello, / })).toBeVisible();

  await page.goto(`/contacts/${contact}`);
  await page.locator('#scripts').getByRole('link', { name: /^Edit script: Phone call — Aiko Sato/ }).click();
  await expect(page.getByLabel('Script', { exact: true })).toHaveValue(/\nP\.S\. Practised twice\.$/);
  await expectNoAxeViolations(page);
});

test('two tabs on one script: the second save says it changed elsewhere and keeps both texts', async ({ page, context }) => {
  const me = newPerson();
  const contact = contactOf(me.id);
  const id = scriptOf(me.id, contact, 'Hello, Aiko.');
  await signIn(page, me.email);
  await page.goto(`/contacts/${contact}/script?script=${id}`);
  const other = await context.newPage();
  await other.goto(`/contacts/${contact}/script?script=${id}`);
  await autosaveRunning(other);

  await page.getByLabel('Script', { exact: true }).fill('From the first tab.');
  await expect(saved(page)).toBeVisible();
  await other.getByLabel('Script', { exact: true }).fill('From the second tab.');
  const alert = other.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('changed elsewhere');
  await expect(alert).toContainText('From the first tab.');
  await expect(alert).toContainText('From the second tab.');
  // The first tab never conflicted with itself.
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
  await alert.getByRole('button', { name: 'Keep mine' }).click();
  await expect(saved(other)).toBeVisible();
  expect(e2eDb().prepare('select body, version from scripts where id = ?').get(id)).toEqual({ body: 'From the second tab.', version: 3 });
});

test('the call view: tap to call, the script with both answers and the calling tips, one tap to log the outcome', async ({ page }) => {
  const me = newPerson();
  const contact = contactOf(me.id);
  scriptOf(me.id, contact, "Hello, Aiko.\n\nIf they agree:\nThat's great!\n\nIf they are too busy:\nCan you suggest someone else?");
  await signIn(page, me.email);
  await page.goto(`/contacts/${contact}`);
  await page.getByRole('link', { name: 'Open the call view' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call Aiko Sato');
  await expect(page.getByRole('link', { name: 'Call 604-555-0142' })).toHaveAttribute('href', 'tel:6045550142');
  await expect(page.getByText('If they are too busy:')).toBeVisible();
  const tips = page.getByRole('note', { name: 'Making the call' });
  await expect(tips).toContainText('Ask for the person by first and last name.');
  await expect(tips).toContainText('Stress that you are not asking for a job, only for information.');
  await expect(tips).toContainText('Ask for twenty minutes to half an hour, in person, at their convenience.');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Agreed to talk' }).click();
  await expect(formStatus(page).filter({ hasText: 'Logged: agreed to talk.' })).toBeVisible();
  expect(e2eDb().prepare('select channel, outcome from outreach_attempts where contact_id = ?').all(contact)).toEqual([{ channel: 'phone', outcome: 'agreed' }]);
});
