import { TZDate } from '@date-fns/tz';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { STUDENTS, expect, expectNoAxeViolations, formStatus, setClock, signIn, test } from './fixtures';
import { newPerson } from './data';

// The whole method, start to finish, as one student would click through it: from "who could I
// talk to?" to a thanked contact, a referral, and two interviews compared.

const ZONE = 'America/Vancouver'; // every account's default zone
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const TYPICAL_DAY = 'What do you do in a typical day?';
const UNKNOWN = 'What does a twelve-hour shift feel like by the end?';

/** A wall-clock slot `days` after `from` in the student's zone: the input value and its instant. */
function slot(from: Date, days: number, hour: number, minute = 0) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(from.getTime() + days * DAY));
  const [y, m, d] = day.split('-').map(Number);
  return { input: `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, instant: new Date(new TZDate(y, m - 1, d, hour, minute, ZONE).getTime()) };
}

const nextActions = (page: Page) => page.getByRole('list', { name: 'Next actions, most urgent first' });

test('one student goes from an occupation to a thanked contact, a referral and a comparison', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  // In no section: other tests publish assignments to the demo sections, and this student starts with nothing to do.
  const student = newPerson({ section: null, name: STUDENTS[38].name });
  let clock = new Date();
  const moveClock = async (to: Date) => {
    clock = to;
    await setClock(page, to, baseURL);
  };
  await signIn(page, student.email);

  // A first-time student is told how to start.
  await expect(page.getByText('Nothing to do yet — here is how to start.')).toBeVisible();
  await expectNoAxeViolations(page);

  // 1. An occupation, with something still unknown turned into an interview question.
  await page.getByRole('link', { name: 'Name an occupation' }).click();
  await page.getByLabel('Title').fill('Paramedic');
  await page.getByLabel('Why it interests me').fill('Fast decisions, and helping people on their worst day.');
  await page.getByRole('button', { name: 'Add occupation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paramedic' })).toBeVisible();
  const occupationUrl = page.url();
  await page.getByLabel(/Something I still don/).fill(UNKNOWN);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const unknown = page.getByRole('listitem').filter({ hasText: UNKNOWN });
  await unknown.getByRole('button', { name: 'Turn into a question' }).click();
  await expect(unknown.getByText('In your question bank')).toBeVisible();

  // 2. A contact found through a professional association.
  await page.goto('/contacts/new');
  await page.getByLabel('Name', { exact: true }).fill('Jordan Blake');
  await page.getByLabel('Job title').fill('Primary care paramedic');
  await page.getByLabel('Occupation explored').selectOption({ label: 'Paramedic' });
  await page.getByLabel('E-mail').fill('jordan.blake@example.org');
  await page.getByLabel('How I found this person').selectOption('professional-association');
  await page.getByLabel('Details of how I found them').fill('Paramedic Association of BC');
  await page.getByLabel('Works in the occupation I am interested in').check();
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jordan Blake');
  const jordanUrl = page.url();

  // 3. A phone script, warned about a job ask, kept anyway.
  await page.getByRole('link', { name: 'Build a script' }).first().click();
  await page.getByLabel('Course and institution').fill('a career-related course at Kwantlen Polytechnic University');
  await page.getByRole('button', { name: 'Fill in the template' }).click();
  const script = page.getByLabel('Script', { exact: true });
  await expect(script).toHaveValue(/^Hello, Jordan Blake\./);
  await script.fill(`${await script.inputValue()}\nCould you look at my resume?`);
  await expect(page.locator('#job-ask-warning')).toContainText('You are not looking for a job.');
  await page.getByLabel('Title').fill('Call Jordan');
  await page.getByRole('button', { name: 'Save script' }).click();
  await expect(page.locator('#scripts')).toContainText('Could you look at my resume?');

  // 4. An e-mail with no reply becomes "follow up by phone" on the home page, three days on.
  const outreach = page.locator('#outreach');
  await outreach.getByLabel('Channel').selectOption('email');
  await outreach.getByLabel('Outcome').selectOption('awaiting-reply');
  await page.getByRole('button', { name: 'Log attempt' }).click();
  await expect(formStatus(page).filter({ hasText: 'Attempt logged.' })).toBeVisible();
  await moveClock(new Date(Date.now() + 3 * DAY + HOUR));
  await page.goto('/home');
  await expect(nextActions(page).getByRole('link', { name: 'Follow up by phone with Jordan Blake' })).toBeVisible();
  await expectNoAxeViolations(page);
  await nextActions(page).getByRole('link', { name: 'Follow up by phone with Jordan Blake' }).click();
  await expect(page.getByText('No reply for 3 days — follow up by phone')).toBeVisible();
  await outreach.getByLabel('Channel').selectOption('phone');
  await outreach.getByLabel('Outcome').selectOption('agreed');
  await page.getByRole('button', { name: 'Log attempt' }).click();
  await expect(page.getByText('No reply for 3 days — follow up by phone')).toHaveCount(0);

  // 5. The interview, scheduled two days out; the calendar file read by a real parser.
  await page.getByRole('link', { name: 'Plan an interview' }).first().click();
  const when = slot(clock, 2, 10, 30);
  await page.getByLabel('Status').selectOption('scheduled');
  await page.getByLabel('Date and time').fill(when.input);
  await page.getByLabel('Place, phone number or link').fill('Station 12, 1500 Kingsway');
  await page.getByRole('button', { name: 'Create interview' }).click();
  await expect(page).toHaveURL(/\/interviews\/\d+$/);
  const interviewId = Number(page.url().split('/').pop());
  await page.goto('/home');
  await expect(nextActions(page).getByRole('link', { name: /^Prepare for .* interview with Jordan Blake$/ })).toBeVisible();
  const ics = await page.request.get(`/interviews/${interviewId}/ics`);
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent('vevent')!);
  expect(event.startDate.toJSDate().getTime()).toBe(when.instant.getTime());
  expect(event.summary).toBe('Information interview with Jordan Blake');
  expect(event.location).toBe('Station 12, 1500 Kingsway');

  // 6. Questions from the bank, including the one the unknown became; the printable sheet.
  await page.goto(`/interviews/${interviewId}`);
  const plan = page.locator('#plan');
  await plan.getByText('Pick from the question bank').click();
  await plan.getByLabel(TYPICAL_DAY, { exact: true }).check();
  await plan.getByLabel(UNKNOWN, { exact: true }).check();
  await plan.getByRole('button', { name: 'Add the ticked questions' }).click();
  await expect(plan.getByRole('list', { name: 'Planned questions' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('link', { name: 'Printable sheet' }).click();
  const sheet = page.getByRole('list', { name: 'Questions' });
  await expect(sheet).toContainText(TYPICAL_DAY);
  await expect(sheet).toContainText(UNKNOWN);
  await expectNoAxeViolations(page);

  // 7. The interview happens: notes, one marked interesting, and a referral.
  await moveClock(new Date(when.instant.getTime() + 45 * MINUTE));
  await page.goto(`/interviews/${interviewId}`);
  // Under way: the page opens on Talk; notes save as they are typed.
  const notes = page.locator('#notes');
  const day = notes.getByRole('group', { name: `1. ${TYPICAL_DAY}` });
  await day.getByLabel('Notes').fill('Jordan: checks the rig, then calls come in waves.');
  await day.getByLabel(/Particularly interesting/).check();
  await expect(notes.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await page.getByRole('button', { name: 'Mark completed' }).click();
  await expect(page.getByText('Thank-you to send')).toBeVisible();
  const referrals = page.locator('#referrals');
  await referrals.getByText('Add someone Jordan Blake suggested').click();
  await referrals.getByLabel('Name', { exact: true }).fill('Casey Wong');
  await referrals.getByLabel('Organisation').fill('BC Emergency Health Services');
  await referrals.getByRole('button', { name: 'Add referral' }).click();
  await expect(referrals.getByText('Casey Wong is added to your contacts, as referred by Jordan Blake.')).toBeVisible();

  // 8. Two days later, no thank-you: overdue on the home page, the contact and the interview.
  await moveClock(new Date(clock.getTime() + 2 * DAY + MINUTE));
  await page.goto('/home');
  const overdue = nextActions(page).getByRole('listitem').filter({ hasText: 'Thank Jordan Blake' });
  await expect(overdue).toContainText('Overdue');
  await expectNoAxeViolations(page);
  await page.goto(jordanUrl);
  await expect(page.getByText('Thank-you overdue')).toBeVisible();
  await page.goto(`/interviews/${interviewId}`);
  await expect(page.getByText('Thank-you overdue')).toBeVisible();
  const thanks = page.locator('#thank-you');
  await expect(thanks.getByLabel('Your thank-you letter')).toHaveValue(/hearing about your typical day/);
  await thanks.getByLabel('Sent by').selectOption('email');
  await thanks.getByLabel('Date sent').fill(new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(clock));
  await thanks.getByRole('button', { name: 'Record the thank-you' }).click();
  await expect(thanks.getByText('Thank-you recorded.')).toBeVisible();
  await page.goto('/home');
  await expect(nextActions(page).getByText('Thank Jordan Blake')).toHaveCount(0);
  const glance = page.getByRole('region', { name: 'At a glance' });
  await expect(glance.locator('div').filter({ hasText: 'Thank-yous sent' }).locator('dd')).toHaveText('1');
  await expect(glance.locator('div').filter({ hasText: 'Referrals received' }).locator('dd')).toHaveText('1');

  // 9. Talk to more than one horse: the referred contact is interviewed too.
  await page.goto('/contacts?q=Casey');
  await page.getByRole('table').getByRole('link', { name: 'Casey Wong' }).click();
  await expect(page.getByRole('main')).toContainText('Jordan Blake');
  await page.getByRole('link', { name: 'Plan an interview' }).first().click();
  await page.getByLabel('Status').selectOption('planned');
  await page.getByRole('button', { name: 'Create interview' }).click();
  await expect(page).toHaveURL(/\/interviews\/\d+$/);
  await page.locator('#plan').getByText('Pick from the question bank').click();
  await page.locator('#plan').getByLabel(TYPICAL_DAY, { exact: true }).check();
  await page.locator('#plan').getByRole('button', { name: 'Add the ticked questions' }).click();
  await expect(page.locator('#plan').getByRole('list', { name: 'Planned questions' }).getByRole('listitem')).toHaveCount(1);
  // Planned without a time: the page is on Prepare; Talk opens from its summary.
  await page.locator('#talk > summary').click();
  await page.locator('#notes').getByRole('group', { name: `1. ${TYPICAL_DAY}` }).getByLabel('Notes').fill('Casey: twelve hours, mostly driving between calls.');
  await expect(page.locator('#notes').getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await page.getByRole('button', { name: 'Mark completed' }).click();
  await expect(page.getByText('Thank-you to send')).toBeVisible();

  // 10. The comparison lines the two answers up; the network shows who led to whom.
  await page.goto(occupationUrl);
  await page.getByRole('link', { name: 'Compare the answers across interviews' }).click();
  const row = page.getByRole('table', { name: /Paramedic/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: TYPICAL_DAY }) });
  await expect(row).toContainText('Jordan: checks the rig, then calls come in waves.');
  await expect(row).toContainText('Casey: twelve hours, mostly driving between calls.');
  await expectNoAxeViolations(page);
  await page.goto('/network');
  await expect(page.getByRole('main')).toContainText('Jordan Blake — led to 1 person');
  await expect(page.getByRole('main').getByRole('link', { name: 'Casey Wong' })).toBeVisible();

  // 11. Everything, downloadable.
  await page.goto('/records');
  await expectNoAxeViolations(page);
  const csv = await page.request.get('/records/contacts.csv');
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const body = await csv.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  expect(body).toContain('Jordan Blake');
  expect(body).toContain('Casey Wong');
  const json = await (await page.request.get('/records/horses-mouth.json')).json();
  expect(json.interviews).toHaveLength(2);
  expect(json.contacts.map((c: { name: string }) => c.name).sort()).toEqual(['Casey Wong', 'Jordan Blake']);
});

test("another student's records cannot be downloaded, and staff get nothing from the export", async ({ signInElsewhere }) => {
  const staff = await signInElsewhere('counsellor@demo.test');
  expect((await staff.request.get('/records/contacts.csv')).status()).toBe(404);
  expect((await staff.request.get('/records/horses-mouth.json')).status()).toBe(404);
  const student = await signInElsewhere(STUDENTS[39].email);
  expect((await student.request.get('/records/not-a-table.csv')).status()).toBe(404);
  const mine = await student.request.get('/records/horses-mouth.json');
  expect((await mine.json()).contacts).toEqual([]);
});
