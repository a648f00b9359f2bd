import { TZDate } from '@date-fns/tz';
import type { APIRequestContext, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { STUDENTS, autosaveRunning, expect, expectNoAxeViolations, expectNotFound, formAlert, formStatus, setClock, signIn, test } from './fixtures';

const ZONE = 'America/Vancouver';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const Q = {
  typicalDay: 'What do you do in a typical day?',
  howGotHere: 'How did you get to where you are today? How did you prepare yourself for this type of work?',
  salary: 'What is the typical salary range? What is the typical starting salary? What is the maximum salary? What about benefits?',
  anyoneElse: 'Can you suggest anyone else working in your field that it might be helpful for me to speak with?',
};
const OWN = 'What does a night shift on the ward feel like?';

/** A wall-clock time `days` from now in the viewer's zone: the input's value and the instant it means. */
function localSlot(days: number, hour: number, minute: number): { input: string; instant: Date } {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * DAY));
  const [y, m, d] = day.split('-').map(Number);
  const instant = new Date(new TZDate(y, m - 1, d, hour, minute, ZONE).getTime());
  return { input: `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, instant };
}

async function addContact(page: Page, name: string): Promise<number> {
  await page.goto('/contacts/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('How I found this person').selectOption('friend');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page).toHaveURL(/\/contacts\/\d+/);
  return Number(/\/contacts\/(\d+)/.exec(page.url())![1]);
}

async function createScheduledInterview(page: Page, contactId: number, input: string): Promise<number> {
  await page.goto(`/interviews/new?contact=${contactId}`);
  await page.getByLabel('Status').selectOption('scheduled');
  await page.getByLabel('Date and time').fill(input);
  await page.getByRole('button', { name: 'Create interview' }).click();
  await expect(page).toHaveURL(/\/interviews\/\d+$/);
  return Number(/\/interviews\/(\d+)$/.exec(page.url())![1]);
}

async function calendarEvent(request: APIRequestContext, id: number) {
  const response = await request.get(`/interviews/${id}/ics`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="interview-\d{4}-\d{2}-\d{2}\.ics"$/);
  const text = await response.text();
  const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT in the file');
  return { text, event: new ICAL.Event(vevent), vevent };
}

test('a student plans, prepares, runs, thanks and reflects on an interview, one stage at a time', async ({ page, baseURL, context }) => {
  test.setTimeout(180_000);
  const student = STUDENTS[30];
  await signIn(page, student.email);
  const contactId = await addContact(page, 'Dana Li');

  await page.goto(`/interviews/new?contact=${contactId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan an interview with Dana Li');
  await expect(page.getByText('20 to 30 minutes is usual.')).toBeVisible();
  await expect(page.getByLabel('Status')).toHaveValue('planned');
  await expectNoAxeViolations(page);

  // Invalid first: a past time as scheduled, a 0-minute length; every message shows and the input stays.
  const yesterday = localSlot(-1, 9, 0);
  await page.getByLabel('Status').selectOption('scheduled');
  await page.getByLabel('Date and time').fill(yesterday.input);
  await page.getByLabel('Length in minutes').fill('0');
  await page.getByLabel('Place, phone number or link').fill('Room 210, Surrey Memorial Hospital');
  await page.getByRole('button', { name: 'Create interview' }).click();
  await expect(formAlert(page)).toContainText('Please correct');
  await expect(page.locator('#startsAt-error')).toContainText('This time has passed');
  await expect(page.locator('#startsAt-error')).toContainText('Already happened');
  await expect(page.locator('#durationMinutes-error')).toContainText('between 10 and 120 minutes');
  await expect(page.getByLabel('Date and time')).toHaveValue(yesterday.input);
  await expect(page.getByLabel('Length in minutes')).toHaveValue('0');
  await expect(page.getByLabel('Place, phone number or link')).toHaveValue('Room 210, Surrey Memorial Hospital');
  await expect(page.getByLabel('Status')).toHaveValue('scheduled');

  const nextWeek = localSlot(7, 10, 30);
  await page.getByLabel('Length in minutes').fill('30');
  await page.getByLabel('Date and time').fill(nextWeek.input);
  await page.getByRole('button', { name: 'Create interview' }).click();
  await expect(page).toHaveURL(/\/interviews\/\d+$/);
  const id = Number(/\/interviews\/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interview with Dana Li');
  // A week ahead: the page opens on Prepare; the other stages are summarised.
  await expect(page.locator('#prepare')).toHaveAttribute('open', '');
  await expect(page.locator('#talk')).not.toHaveAttribute('open');
  await expect(page.locator('#follow-up')).not.toHaveAttribute('open');
  await expect(page.locator('#follow-up > summary')).toContainText('after the interview');
  await expectNoAxeViolations(page);

  // The question plan: four from the bank, one of my own.
  const plan = page.locator('#plan');
  await plan.getByText('Pick from the question bank').click();
  for (const text of [Q.typicalDay, Q.howGotHere, Q.salary, Q.anyoneElse]) await plan.getByLabel(text, { exact: true }).check();
  await expectNoAxeViolations(page);
  await plan.getByRole('button', { name: 'Add the ticked questions' }).click();
  await expect(formStatus(page).filter({ hasText: '4 questions added.' })).toBeVisible();
  await plan.getByLabel('Your own question').fill(OWN);
  await plan.getByRole('button', { name: 'Add my question' }).click();
  const planned = plan.getByRole('list', { name: 'Planned questions' }).getByRole('listitem');
  await expect(planned).toHaveCount(5);
  await expect(planned.nth(4)).toContainText(OWN);

  // Reorder, loaded on demand: by keyboard, question 3 to first in one go (its handle focused
  // directly, then Enter, Home, Enter); then with the Up button.
  await plan.getByRole('button', { name: 'Reorder questions' }).click();
  const editor = plan.getByRole('grid', { name: 'Reorder the planned questions' });
  await expect(editor).toBeVisible();
  await expectNoAxeViolations(page);
  await editor.getByRole('button', { name: `Drag to reorder: ${Q.salary}` }).focus();
  await page.keyboard.press('Enter');
  // The drag begins on the next frame, when focus moves to an insertion point (read out as
  // "Insert …"): a key pressed before then is not part of the drag. Wait for it, as a person would.
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(/^Insert /);
  await page.keyboard.press('Home');
  await expect(focused).toHaveAccessibleName(/^Insert before /);
  await page.keyboard.press('Enter');
  await expect(plan.getByRole('status').filter({ hasText: 'is now question 1.' })).toBeVisible();
  await expect(editor.getByRole('row').first()).toContainText(Q.salary);
  await editor.getByRole('button', { name: `Up: ${OWN}` }).click();
  await expect(plan.getByRole('status').filter({ hasText: 'is now question 4.' })).toBeVisible();
  await plan.getByRole('button', { name: 'Done reordering' }).click();
  await expect(planned.nth(0)).toContainText(Q.salary);
  await expect(planned.nth(1)).toContainText(Q.typicalDay);
  await expect(planned.nth(3)).toContainText(OWN);
  await plan.getByRole('button', { name: `Must ask: ${Q.typicalDay}` }).click();
  await expect(planned.nth(1)).toContainText('Must ask');
  await plan.getByRole('button', { name: `Must ask: ${OWN}` }).click();
  await expect(planned.nth(3).getByText('Must ask', { exact: true })).toBeVisible();

  // The printable sheet: the questions in order, room to write, and no navigation in print.
  await page.getByRole('link', { name: 'Printable sheet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Information interview with Dana Li');
  const sheet = page.getByRole('list', { name: 'Questions' }).getByRole('listitem');
  await expect(sheet).toHaveCount(5);
  await expect(sheet.nth(0)).toContainText(Q.salary);
  await expect(sheet.nth(1)).toContainText(Q.typicalDay);
  await expect(sheet.nth(3)).toContainText(OWN);
  await expect(page.getByText('Room 210, Surrey Memorial Hospital')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(sheet.nth(0)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The calendar file, read by a real iCalendar parser.
  const first = await calendarEvent(page.request, id);
  expect(first.event.uid).toMatch(/^[0-9a-f-]{36}@horses-mouth$/);
  expect(first.event.summary).toBe('Information interview with Dana Li');
  expect(first.event.startDate.toJSDate().getTime()).toBe(nextWeek.instant.getTime());
  expect(first.event.startDate.zone?.tzid).toBe('UTC');
  expect(first.event.endDate.toJSDate().getTime()).toBe(nextWeek.instant.getTime() + 30 * MINUTE);
  expect(first.event.sequence).toBe(0);
  expect(first.event.location).toBe('Room 210, Surrey Memorial Hospital');
  expect(first.event.description).toContain('You are not looking for a job');
  expect(first.event.description).toContain(Q.typicalDay);
  expect(first.event.description).toContain(OWN);
  expect(first.event.description).not.toContain(Q.salary);
  expect(first.vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
  expect(first.text).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);

  // Rescheduled: same UID, SEQUENCE 1.
  await page.goto(`/interviews/${id}`);
  const moved = localSlot(8, 14, 0);
  const schedule = page.locator('#schedule');
  await schedule.getByText('Change the date, place or occupation').click();
  await schedule.getByLabel('Date and time').fill(moved.input);
  await schedule.getByRole('button', { name: 'Save schedule' }).click();
  await expect(formStatus(page).filter({ hasText: 'Rescheduled' })).toBeVisible();
  // "Mark completed" and "Cancel" are not beside "Save schedule".
  await expect(schedule.getByRole('button', { name: 'Mark completed' })).toHaveCount(0);
  await expect(schedule.getByRole('button', { name: 'Cancel this interview' })).toHaveCount(0);
  const second = await calendarEvent(page.request, id);
  expect(second.event.uid).toBe(first.event.uid);
  expect(second.event.sequence).toBe(1);
  expect(second.event.startDate.toJSDate().getTime()).toBe(moved.instant.getTime());

  // The checklist.
  const checklist = page.locator('#checklist');
  await checklist.getByLabel('Questions written down').check();
  await checklist.getByLabel('Pen and paper ready').check();
  await checklist.getByRole('button', { name: 'Save checklist' }).click();
  await expect(checklist.getByText('Checklist saved.')).toBeVisible();
  await page.reload();
  await expect(page.locator('#checklist').getByText('2 of 5 done.')).toBeVisible();
  await expect(page.locator('#checklist').getByLabel('Pen and paper ready')).toBeChecked();

  // The day comes: the page opens on Talk. Notes against each question, saved as typed; one is
  // particularly interesting.
  const ended = new Date(moved.instant.getTime() + 40 * MINUTE);
  await setClock(page, ended, baseURL);
  await page.reload();
  await expect(page.locator('#talk')).toHaveAttribute('open', '');
  await expect(page.locator('#prepare')).not.toHaveAttribute('open');
  const notes = page.locator('#notes');
  const day = notes.getByRole('group', { name: `2. ${Q.typicalDay}` });
  await day.getByLabel('Notes').fill('Starts with the night-shift handover at seven.');
  await day.getByLabel(/Particularly interesting/).check();
  await notes.getByLabel('General notes').fill('Friendly; offered a tour of the unit.');
  await expect(notes.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Mark completed' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interview with Dana Li');
  await expect(page.getByText('Thank-you to send')).toBeVisible();
  // Completed: Follow up is open, and Cancel is no longer offered.
  await expect(page.locator('#follow-up')).toHaveAttribute('open', '');
  await expect(page.getByRole('button', { name: 'Cancel this interview' })).toHaveCount(0);
  await expect(page.locator('#prepare > summary')).toContainText('Held');
  await expect(page.locator('#talk > summary')).toContainText('Notes on 1 of 5 questions');

  // The thank-you: a short letter naming what was interesting, in prose.
  const thanks = page.locator('#thank-you');
  const letter = thanks.getByLabel('Your thank-you letter');
  await expect(letter).toHaveValue(/^Dear Dana Li,\n\n/);
  await expect(letter).toHaveValue(/I especially appreciated hearing about your typical day\./);
  await expect(letter).not.toHaveValue(/night-shift handover|\?/);
  await expectNoAxeViolations(page);
  // Another point marked interesting under Talk: the letter follows at once, no reload.
  await page.locator('#talk > summary').click();
  await notes.getByRole('group', { name: `3. ${Q.howGotHere}` }).getByLabel(/Particularly interesting/).check();
  await expect(letter).toHaveValue(/hearing about your typical day and how you got to where you are today\./);
  await expect(notes.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  // Copy, and open it in the mail program (no e-mail on file for Dana: the student addresses it).
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await thanks.getByRole('button', { name: 'Copy the letter' }).click();
  await expect(thanks.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/how you got to where you are today/);
  await expect(thanks.getByRole('link', { name: 'Open it in my e-mail' })).toHaveAttribute('href', /^mailto:\?subject=Thank%20you%20for%20our%20conversation&body=Dear%20Dana%20Li%2C/);

  // Two days and a minute later, still no thank-you: overdue, on the interview and the list.
  await setClock(page, new Date(ended.getTime() + 2 * DAY + MINUTE), baseURL);
  await page.reload();
  await expect(page.getByText('Thank-you overdue')).toBeVisible();
  await page.goto('/interviews');
  await expect(page.getByRole('row', { name: /Dana Li/ })).toContainText('Thank-you overdue');
  await expectNoAxeViolations(page);
  await page.goto(`/interviews/${id}`);

  // The student's own words: saved as typed, no longer following the notes. A future date is
  // refused; then recorded, and the callout is gone.
  const thanksBox = page.locator('#thank-you');
  // The letter holds the draft as rendered: a fill that selects it all just as the page's
  // scripts take over can have its selection collapsed and type in front of the draft (CI, once).
  await autosaveRunning(thanksBox);
  await thanksBox.getByLabel('Your thank-you letter').fill('Dear Dana, thank you. The night-shift handover stayed with me.');
  await expect(thanksBox.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(ended.getTime() + 3 * DAY + MINUTE));
  await thanksBox.getByLabel('Sent by').selectOption('card');
  await thanksBox.getByLabel('Date sent').fill(tomorrow);
  await thanksBox.getByRole('button', { name: 'Record the thank-you' }).click();
  await expect(page.locator('#sentOn-error')).toContainText('cannot be in the future');
  await expect(thanksBox.getByLabel('Your thank-you letter')).toHaveValue('Dear Dana, thank you. The night-shift handover stayed with me.');
  await expect(thanksBox.getByLabel('Sent by')).toHaveValue('card');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(ended.getTime() + 2 * DAY + MINUTE));
  await thanksBox.getByLabel('Date sent').fill(today);
  await thanksBox.getByRole('button', { name: 'Record the thank-you' }).click();
  await expect(thanksBox.getByText('Thank-you recorded.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Thank-you overdue')).toHaveCount(0);
  await expect(page.locator('#thank-you').getByText(/Sent by card on/)).toBeVisible();
  await expect(page.locator('#thank-you').getByLabel('Your thank-you letter')).toHaveValue('Dear Dana, thank you. The night-shift handover stayed with me.');

  // A referral received: a new contact linked to Dana and this interview.
  const referrals = page.locator('#referrals');
  await referrals.getByText('Add someone Dana Li suggested').click();
  await referrals.getByRole('button', { name: 'Add referral' }).click();
  await expect(page.locator('#name-error')).toContainText('Name is required.');
  await referrals.getByLabel('Name', { exact: true }).fill('Sam Ortiz');
  await referrals.getByLabel('Organisation').fill('Fraser Health');
  await referrals.getByRole('button', { name: 'Add referral' }).click();
  await expect(referrals.getByText('Sam Ortiz is added to your contacts, as referred by Dana Li.')).toBeVisible();
  const referral = referrals.getByRole('list', { name: 'Referrals from this interview' }).getByRole('link', { name: 'Sam Ortiz' });
  await expect(referral).toHaveAttribute('href', /^\/contacts\/\d+$/);
  expect(Number((await referral.getAttribute('href'))!.split('/').pop())).not.toBe(contactId);

  // The written reflection.
  const reflection = page.locator('#reflection');
  const firstQuestion = reflection.getByLabel(/^1\. Would this occupation be compatible/);
  await firstQuestion.fill('Yes: I like shift work and caring for people.');
  await expect(reflection.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await page.reload();
  await expect(page.locator('#reflection').getByLabel(/^1\. Would this occupation be compatible/)).toHaveValue('Yes: I like shift work and caring for people.');
  await expect(page.locator('#reflection').getByLabel(/^10\. What was it like for you to set up and conduct this interview\?/)).toHaveValue('');
  await expectNoAxeViolations(page);
});

test('an interview that already happened is entered with its real date; completing one before its start asks first', async ({ page }) => {
  await signIn(page, STUDENTS[33].email);
  const contactId = await addContact(page, 'Lee Chen');
  const lastWeek = localSlot(-6, 15, 0);
  await page.goto(`/interviews/new?contact=${contactId}`);
  await page.getByLabel('Status').selectOption('completed');
  await page.getByLabel('Date and time').fill(lastWeek.input);
  await page.getByRole('button', { name: 'Create interview' }).click();
  await expect(page).toHaveURL(/\/interviews\/\d+$/);
  await expect(page.locator('#follow-up')).toHaveAttribute('open', '');
  await expect(page.getByText(/^Completed · /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel this interview' })).toHaveCount(0);

  // One still to come, marked completed by mistake: asked first; dismissing keeps it scheduled.
  const id = await createScheduledInterview(page, contactId, localSlot(3, 10, 0).input);
  await page.locator('#talk > summary').click();
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: 'Mark completed' }).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toMatch(/due to start at .* Mark it completed anyway\?/);
  expect(asked[0], 'one full stop after the time').not.toMatch(/[ap]\.m\.\./);
  await page.reload();
  await expect(page.getByText(/^Scheduled · /)).toBeVisible();
  await page.locator('#talk > summary').click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Mark completed' }).click();
  await expect(page.getByText(/^Completed · /)).toBeVisible();
  expect(page.url()).toContain(`/interviews/${id}`);
});

test("another student's interview is not found; a student deletes an interview after confirming", async ({ signInElsewhere }) => {
  test.setTimeout(120_000);
  const owner = await signInElsewhere(STUDENTS[31].email);
  const contactId = await addContact(owner, 'Priya Natarajan');
  const id = await createScheduledInterview(owner, contactId, localSlot(5, 9, 0).input);

  const other = await signInElsewhere(STUDENTS[32].email);
  await expectNotFound(other, `/interviews/${id}`);
  await expectNotFound(other, `/interviews/${id}/print`);
  const ics = await other.request.get(`/interviews/${id}/ics`);
  expect(ics.status()).toBe(404);
  expect(await ics.text()).not.toContain('BEGIN:VCALENDAR');
  await expectNotFound(other, `/interviews/new?contact=${contactId}`);
  await other.goto('/interviews');
  await expect(other.getByRole('link', { name: 'Priya Natarajan' })).toHaveCount(0);
  await expectNoAxeViolations(other);
  await other.goto('/interviews/new');
  await expect(other.getByText('You have no contacts yet.')).toBeVisible();
  await expectNoAxeViolations(other);

  // The owner still sees it, picks the contact from the list, and deletes an interview after confirming.
  expect((await owner.request.get(`/interviews/${id}/ics`)).status()).toBe(200);
  await owner.goto('/interviews/new');
  await owner.getByRole('link', { name: 'Priya Natarajan' }).click();
  await expect(owner).toHaveURL(new RegExp(`/interviews/new\\?contact=${contactId}$`));
  // Scheduled, but no time given: it is planned.
  await owner.getByLabel('Status').selectOption('scheduled');
  await owner.getByRole('button', { name: 'Create interview' }).click();
  await expect(owner).toHaveURL(/\/interviews\/\d+$/);
  await expect(owner.getByText(/^Planned · No date yet/)).toBeVisible();
  const plannedId = Number(/\/interviews\/(\d+)$/.exec(owner.url())![1]);
  expect((await owner.request.get(`/interviews/${plannedId}/ics`)).status()).toBe(404);

  await owner.goto(`/interviews/${id}`);
  await owner.getByRole('button', { name: 'Delete interview' }).click();
  const dialog = owner.getByRole('alertdialog', { name: 'Delete this interview?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(owner);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await owner.getByRole('button', { name: 'Delete interview' }).click();
  await owner.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(owner).toHaveURL(/\/interviews$/);
  await expect(owner.getByRole('table').getByRole('link', { name: 'Priya Natarajan' })).toHaveCount(1);
  await expectNotFound(owner, `/interviews/${id}`);
});
