import type { Page } from '@playwright/test';
import { e2eDb } from './db';
import { STUDENTS, expect, expectNoAxeViolations, expectNotFound, formAlert, setClock, signIn, test } from './fixtures';

type NewContact = { name: string; jobTitle?: string; organisation?: string; email?: string; phone?: string };

/** Adds a contact through the form and returns its id from the page it lands on. */
async function addContact(page: Page, c: NewContact): Promise<number> {
  await page.goto('/contacts/new');
  await page.getByLabel('Name', { exact: true }).fill(c.name);
  if (c.jobTitle) await page.getByLabel('Job title').fill(c.jobTitle);
  if (c.organisation) await page.getByLabel('Organisation', { exact: true }).fill(c.organisation);
  if (c.email) await page.getByLabel('E-mail').fill(c.email);
  if (c.phone) await page.getByLabel('Phone').fill(c.phone);
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.name);
  const id = Number(/\/contacts\/(\d+)/.exec(page.url())?.[1]);
  expect(id).toBeGreaterThan(0);
  return id;
}

async function logAttempt(page: Page, channel: string, outcome: string) {
  const outreach = page.locator('#outreach');
  await outreach.getByLabel('Channel').selectOption(channel);
  await outreach.getByLabel('Outcome').selectOption(outcome);
}

// Long journeys with several accessibility scans; the build machine is shared, so allow for a slow one.
test.describe.configure({ timeout: 180_000 });

const statusWith = (page: Page, text: string) => page.getByRole('main').getByRole('status').filter({ hasText: text });

test('the contact form names every problem and keeps what was typed', async ({ page }) => {
  await signIn(page, STUDENTS[29].email);
  await page.goto('/contacts/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a contact');
  await expectNoAxeViolations(page);

  // Empty name and a bad e-mail: both are named, and what was typed stays.
  await page.getByLabel('Job title').fill('Dental hygienist');
  await page.getByLabel('E-mail').fill('aiko.sato@');
  await page.getByLabel('How I found this person').selectOption('neighbour');
  await page.getByLabel('Works in a setting I like').check();
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(formAlert(page)).toContainText('Please correct the fields marked below.');
  await expect(page.locator('#name-error')).toHaveText('Name is required.');
  await expect(page.locator('#email-error')).toContainText('Enter an e-mail address like name@example.com');
  await expect(page.getByLabel('E-mail')).toHaveValue('aiko.sato@');
  await expect(page.getByLabel('Job title')).toHaveValue('Dental hygienist');
  await expect(page.getByLabel('How I found this person')).toHaveValue('neighbour');
  await expect(page.getByLabel('Works in a setting I like')).toBeChecked();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await expectNoAxeViolations(page);

  const longName = 'A'.repeat(121);
  await page.getByLabel('Name', { exact: true }).fill(longName);
  await page.getByLabel('E-mail').fill('aiko.sato@smiles.example');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.locator('#name-error')).toHaveText('Name must be at most 120 characters.');
  await expect(page.locator('#email-error')).toHaveCount(0);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(longName);

  // A referral needs its referrer.
  await page.getByLabel('Name', { exact: true }).fill('Aiko Sato');
  await page.getByLabel('How I found this person').selectOption('referral');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.locator('#referredByContactId-error')).toHaveText('Choose the contact who referred you.');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Aiko Sato');
});

test('a contact found through a professional association is listed and searchable', async ({ page }) => {
  await signIn(page, STUDENTS[22].email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts');
  await expect(page.getByText('No contacts yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Add a contact' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a contact');
  await page.getByLabel('Name', { exact: true }).fill('Aiko Sato');
  await page.getByLabel('Job title').fill('Dental hygienist');
  await page.getByLabel('Organisation', { exact: true }).fill('Bright Smiles Clinic');
  await page.getByLabel('E-mail').fill('aiko.sato@smiles.example');
  await page.getByLabel('Phone').fill('+1 604 555 0199');
  await page.getByLabel('How I found this person').selectOption('professional-association');
  await page.getByLabel('Details of how I found them').fill('Chamber of Commerce');
  await page.getByLabel('Works in the occupation I am interested in').check();
  await page.getByLabel('Works in a setting I like').check();
  await page.getByRole('button', { name: 'Add contact' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aiko Sato');
  await expect(statusWith(page, 'Contact saved.')).toBeVisible();
  const details = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Details' }) });
  await expect(details).toContainText('A trade or professional association — Chamber of Commerce');
  await expect(details).toContainText('Works in the occupation I am interested in');
  await expect(details).toContainText('Works in a setting I like');
  await expect(details).toContainText('Not contacted yet');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit Aiko Sato');
  await expect(page.getByLabel('Details of how I found them')).toHaveValue('Chamber of Commerce');
  await expectNoAxeViolations(page);

  await page.goto('/contacts');
  const table = page.getByRole('table', { name: 'Your contacts' });
  await expect(table.getByRole('link', { name: 'Aiko Sato' })).toBeVisible();
  await expect(table).toContainText('Dental hygienist, Bright Smiles Clinic');
  await page.getByLabel('Search by name, job title or organisation').fill('chamber');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=chamber/);
  await expect(table.getByRole('link', { name: 'Aiko Sato' })).toBeVisible();
  await page.getByLabel('Status').selectOption('interviewed');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('No contact matches.')).toBeVisible();
  await page.getByLabel('Status').selectOption('not-contacted');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(table.getByRole('link', { name: 'Aiko Sato' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the script builder fills the blanks, warns about a job ask, and saves anyway', async ({ page }) => {
  const me = STUDENTS[23];
  await signIn(page, me.email);
  const id = await addContact(page, { name: 'Oskar Lind', jobTitle: 'Electrician' });
  await page.getByRole('link', { name: 'Build a script' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Script for Oskar Lind');
  await expectNoAxeViolations(page);

  await page.getByLabel('Course and institution').fill('a career-related course at Kwantlen Polytechnic University');
  await page.getByRole('button', { name: 'Fill in the template' }).click();
  const script = page.getByLabel('Script', { exact: true });
  await expect(script).toHaveValue(new RegExp(`^Hello, Oskar Lind\\. My name is ${me.name}\\. I'm currently taking a career-related course at Kwantlen Polytechnic University\\.`));
  await expect(script).toHaveValue(/interested in working as an electrician\./);
  await expect(page.locator('#job-ask-warning')).toHaveCount(0);

  await script.fill(`${await script.inputValue()}\nCould you look at my resume?`);
  const warning = page.locator('#job-ask-warning');
  await expect(warning).toContainText('You are not looking for a job.');
  await expect(warning).toContainText('mentions a resume or CV');
  await expectNoAxeViolations(page);
  await page.getByLabel('Title').fill('First call to Oskar');
  await page.getByRole('button', { name: 'Save script' }).click();

  await expect(page).toHaveURL(new RegExp(`/contacts/${id}\\?saved=script`));
  await expect(statusWith(page, 'Script saved.')).toBeVisible();
  const saved = page.locator('#scripts');
  await expect(saved.getByRole('heading', { name: 'First call to Oskar' })).toBeVisible();
  await expect(saved).toContainText('Could you look at my resume?');
  await expect(saved).toContainText('mentions a resume or CV');

  // Editing keeps it; the remembered course fills the next script.
  await saved.getByRole('link', { name: 'Edit script: First call to Oskar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit script: First call to Oskar');
  await page.getByLabel('Script', { exact: true }).fill('Hello, Oskar. I am not looking for a job, just for information.');
  await expect(page.locator('#job-ask-warning')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#scripts')).toContainText('I am not looking for a job, just for information.');
  await expect(page.locator('#scripts')).not.toContainText('mentions a resume or CV');
  await page.locator('#scripts').getByRole('link', { name: 'Build a script' }).click();
  await expect(page.getByLabel('Course and institution')).toHaveValue('a career-related course at Kwantlen Polytechnic University');
});

test('an unanswered e-mail becomes "follow up by phone" three days later, and "agreed" becomes "schedule the interview"', async ({ page, baseURL }) => {
  await signIn(page, STUDENTS[24].email);
  const id = await addContact(page, { name: 'Farah Haddad', email: 'farah@example.org' });
  await logAttempt(page, 'email', 'awaiting-reply');
  await page.locator('#outreach').getByLabel('Notes').fill('Asked for 20 minutes next week.');
  await page.getByRole('button', { name: 'Log attempt' }).click();
  await expect(statusWith(page, 'Attempt logged.')).toBeVisible();
  const attempts = page.getByRole('table', { name: /Attempts to reach Farah Haddad/ });
  await expect(attempts).toContainText('E-mail');
  await expect(attempts).toContainText('Awaiting a reply');
  await expect(page.getByText(/follow up by phone/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await setClock(page, new Date(Date.now() + 3 * 24 * 3600_000 + 3600_000), baseURL);
  await page.reload();
  const banner = page.getByText('No reply for 3 days — follow up by phone').locator('..');
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('link', { name: 'Build a phone script' })).toBeVisible();
  // With a phone script already written, the banner opens it instead of starting another.
  const db = e2eDb();
  const student = db.prepare('select id from users where email = ?').get(STUDENTS[24].email) as { id: number };
  const scriptId = Number(db.prepare("insert into scripts (student_id, contact_id, kind, title, body) values (?, ?, 'phone', 'Call Farah', 'Hello, Farah.')").run(student.id, id).lastInsertRowid);
  await page.reload();
  await expect(banner.getByRole('link', { name: 'Build a phone script' })).toHaveCount(0);
  await expect(banner.getByRole('link', { name: 'Open your phone script' })).toHaveAttribute('href', `/contacts/${id}/script?script=${scriptId}`);

  // A call since then clears it.
  await logAttempt(page, 'phone', 'agreed');
  await page.getByRole('button', { name: 'Log attempt' }).click();
  await expect(statusWith(page, 'Attempt logged.')).toBeVisible();
  await expect(page.getByText('No reply for 3 days — follow up by phone')).toHaveCount(0);

  // Agreed to talk: the home page asks for the interview to be scheduled, one full stop after the time.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  const schedule = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Schedule the interview with Farah Haddad' }) });
  await expect(schedule).toContainText(/Farah Haddad agreed to talk today at \d{1,2}:\d{2} [ap]\.m\. Settle a time/);
  await expect(page.getByRole('main')).not.toContainText(/[ap]\.m\.\./);
  await expect(page.getByText('You are up to date')).toHaveCount(0);
  await schedule.getByRole('link', { name: 'Schedule the interview with Farah Haddad' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan an interview with Farah Haddad');
});

test('"declined, and suggested someone" adds the person, referred by this contact, and the network shows the chain', async ({ page }) => {
  await signIn(page, STUDENTS[25].email);
  await addContact(page, { name: 'Maria Lopez', jobTitle: 'Architect' });
  await logAttempt(page, 'phone', 'declined-suggested');
  const suggested = page.getByRole('group', { name: 'The person they suggested' });
  await suggested.getByLabel('Their e-mail').fill('tom@');
  await page.getByRole('button', { name: 'Log attempt' }).click();
  await expect(formAlert(page)).toContainText('Please correct the fields marked below.');
  await expect(page.locator('#suggestedName-error')).toHaveText('Name is required.');
  await expect(suggested.getByLabel('Their e-mail')).toHaveValue('tom@');
  await expect(page.getByRole('table', { name: /Attempts to reach/ })).toHaveCount(0);

  await suggested.getByLabel('Their name').fill('Tom Reyes');
  await suggested.getByLabel('Their e-mail').fill('tom@reyes.example');
  await suggested.getByLabel('Their organisation').fill('Reyes Design');
  await page.getByRole('button', { name: 'Log attempt' }).click();
  await expect(statusWith(page, 'Tom Reyes is now in your contacts, referred by Maria Lopez.')).toBeVisible();
  await expect(page.locator('section').filter({ has: page.getByRole('heading', { name: 'Details' }) })).toContainText('Declined');
  await page.getByRole('link', { name: 'Open the new contact' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tom Reyes');
  await expect(page.getByRole('link', { name: 'Maria Lopez' })).toBeVisible();
  await expect(page.locator('section').filter({ has: page.getByRole('heading', { name: 'Details' }) })).toContainText('Referred by another contact');

  await logAttempt(page, 'in-person', 'declined-suggested');
  await page.getByRole('group', { name: 'The person they suggested' }).getByLabel('Their name').fill('Ana Silva');
  await page.getByRole('button', { name: 'Log attempt' }).click();
  await expect(statusWith(page, 'Ana Silva is now in your contacts, referred by Tom Reyes.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Referral network');
  const fromMaria = page.getByRole('list', { name: 'People Maria Lopez led you to' });
  await expect(fromMaria.getByRole('link', { name: 'Tom Reyes' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'People Tom Reyes led you to' }).getByRole('link', { name: 'Ana Silva' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Maria Lopez — led to 1 person (2 in all)');
  await expectNoAxeViolations(page);
  await fromMaria.getByRole('link', { name: 'Ana Silva' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ana Silva');
  await expect(page.getByRole('link', { name: 'Tom Reyes' })).toBeVisible();
});

test('a contact downloads as a vCard', async ({ page }) => {
  await signIn(page, STUDENTS[26].email);
  const id = await addContact(page, { name: 'Siobhán O’Brien', organisation: 'Harbour Vets', email: 'siobhan@harbour.example', phone: '604 555 0142' });
  const response = await page.request.get(`/contacts/${id}/vcard`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/vcard; charset=utf-8');
  expect(response.headers()['content-disposition']).toBe('attachment; filename="siobhan-obrien.vcf"');
  const card = await response.text();
  expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
  expect(card).toContain('FN:Siobhán O’Brien\r\n');
  expect(card).toContain('EMAIL:siobhan@harbour.example\r\n');
  expect(card).toContain('TEL;VALUE=uri:tel:6045550142\r\n');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download vCard' }).click()]);
  expect(download.suggestedFilename()).toBe('siobhan-obrien.vcf');
});

test("another student's contact is a 404 everywhere; the owner deletes it after confirming", async ({ page, signInElsewhere }) => {
  await signIn(page, STUDENTS[27].email);
  const id = await addContact(page, { name: 'Priya Nair', jobTitle: 'Pharmacist' });
  await logAttempt(page, 'phone', 'left-message');
  await page.getByRole('button', { name: 'Log attempt' }).click();
  await expect(statusWith(page, 'Attempt logged.')).toBeVisible();

  const other = await signInElsewhere(STUDENTS[28].email);
  for (const path of [`/contacts/${id}`, `/contacts/${id}/edit`, `/contacts/${id}/script`]) await expectNotFound(other, path);
  expect((await other.request.get(`/contacts/${id}/vcard`)).status()).toBe(404);
  await other.goto('/contacts');
  await expect(other.getByText('No contacts yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Delete contact' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete Priya Nair?' });
  await expect(dialog).toContainText('1 outreach attempt and 0 interviews');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Delete contact' }).click();
  await expect(page).toHaveURL(/\/contacts\?deleted=1$/);
  await expect(statusWith(page, 'The contact was deleted.')).toBeVisible();
  await expectNotFound(page, `/contacts/${id}`);
});
