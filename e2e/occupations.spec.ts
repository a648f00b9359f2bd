import Database from 'better-sqlite3';
import { expectNoAxeViolations, expectNotFound, formStatus, STUDENTS, expect, test } from './fixtures';

// Rows that the interview screens (built elsewhere) would make are put straight into this
// server's database, so that the comparison can be tested on its own.
function openE2eDb() {
  const db = new Database(`.e2e/e2e-${process.env.E2E_PORT ?? 3100}.db`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}

function studentId(db: Database.Database, email: string): number {
  return (db.prepare('select id from users where email = ?').get(email) as { id: number }).id;
}

function defaultQuestion(db: Database.Database, position: number): { id: number; text: string } {
  return db.prepare("select id, text from questions where bank = 'interview' and is_default = 1 and position = ?").get(position) as { id: number; text: string };
}

function insertOccupation(db: Database.Database, owner: number, title: string): number {
  return Number(db.prepare("insert into occupations (student_id, title, status) values (?, ?, 'exploring')").run(owner, title).lastInsertRowid);
}

function insertContact(db: Database.Database, owner: number, name: string, occupationId: number | null): number {
  return Number(db.prepare('insert into contacts (student_id, name, occupation_id) values (?, ?, ?)').run(owner, name, occupationId).lastInsertRowid);
}

function insertCompletedInterview(
  db: Database.Database,
  owner: number,
  contactId: number,
  occupationId: number,
  startsAt: Date,
  plan: { questionId: number | null; text: string; notes: string }[],
): number {
  const id = Number(
    db
      .prepare("insert into interviews (student_id, contact_id, occupation_id, calendar_uid, status, starts_at, completed_at) values (?, ?, ?, ?, 'completed', ?, ?)")
      .run(owner, contactId, occupationId, `e2e-occupations-${owner}-${startsAt.getTime()}-${Math.random().toString(36).slice(2)}@test`, startsAt.getTime(), startsAt.getTime())
      .lastInsertRowid,
  );
  const add = db.prepare('insert into interview_questions (interview_id, student_id, question_id, text, position, notes) values (?, ?, ?, ?, ?, ?)');
  plan.forEach((q, position) => add.run(id, owner, q.questionId, q.text, position, q.notes));
  return id;
}

test('a student records an occupation with research notes and sources, after being told what was wrong', async ({ signInElsewhere }) => {
  const page = await signInElsewhere(STUDENTS[16].email);
  await page.getByRole('navigation').getByRole('link', { name: 'Occupations' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Occupations' })).toBeVisible();
  await page.getByRole('link', { name: 'Add an occupation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an occupation' })).toBeVisible();

  // Invalid first: each problem is named and what was typed stays.
  await page.getByLabel('Why it interests me').fill('I like working with my hands and with people.');
  await page.getByRole('button', { name: 'Add occupation' }).click();
  await expect(page.locator('#title-error')).toHaveText('Title is required.');
  await expect(page.getByLabel('Title')).toBeFocused();
  await expect(page.getByLabel('Why it interests me')).toHaveValue('I like working with my hands and with people.');
  const longTitle = 'D'.repeat(121);
  await page.getByLabel('Title').fill(longTitle);
  await page.getByRole('button', { name: 'Add occupation' }).click();
  await expect(page.locator('#title-error')).toHaveText('Title must be at most 120 characters.');
  await expect(page.getByLabel('Title')).toHaveValue(longTitle);
  await expectNoAxeViolations(page);

  await page.getByLabel('Title').fill('Dental hygienist');
  await page.getByLabel('Research notes').fill('Two-year diploma, then a national board exam.');
  await page.getByLabel('Sources').fill('https://www.example.org/dental-hygienist-outlook\nBC Dental Hygienists’ Association, 2025 wage survey');
  await page.getByRole('button', { name: 'Add occupation' }).click();
  await expect(page).toHaveURL(/\/occupations\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dental hygienist' })).toBeVisible();
  const link = page.getByRole('link', { name: /www\.example\.org\/dental-hygienist-outlook/ });
  await expect(link).toHaveAttribute('href', 'https://www.example.org/dental-hygienist-outlook');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.getByText('BC Dental Hygienists’ Association, 2025 wage survey')).toBeVisible();
  await expect(page.getByRole('link', { name: /BC Dental/ })).toHaveCount(0);
});

test('a student lists what they still don’t know and turns one item into an interview question', async ({ signInElsewhere }) => {
  const student = STUDENTS[18];
  const db = openE2eDb();
  const owner = studentId(db, student.email);
  const occupationId = insertOccupation(db, owner, 'Dental hygienist');
  db.close();

  const page = await signInElsewhere(student.email);
  await page.goto(`/occupations/${occupationId}`);
  const unknownField = page.getByLabel(/Something I still don/);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.locator('#text-error')).toHaveText('Write what you still don’t know.');
  await unknownField.fill('How many hours a week do hygienists really work?');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(formStatus(page)).toHaveText('Added to what you still don’t know.');
  await unknownField.fill('Is there much evening and weekend work?');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const hours = page.getByRole('listitem').filter({ hasText: 'How many hours a week do hygienists really work?' });
  const evenings = page.getByRole('listitem').filter({ hasText: 'Is there much evening and weekend work?' });
  await expect(evenings).toBeVisible();
  await expect(unknownField).toHaveValue('');
  await evenings.getByRole('button', { name: 'Turn into a question' }).click();
  await expect(evenings.getByText('In your question bank')).toBeVisible();
  await expect(evenings.getByRole('button', { name: 'Turn into a question' })).toHaveCount(0);
  await expect(hours.getByRole('button', { name: 'Turn into a question' })).toBeVisible();
  await expectNoAxeViolations(page);
  await hours.getByRole('button', { name: 'Delete “How many hours a week do hygienists really work?”' }).click();
  await expect(hours).toHaveCount(0);
  await expect(evenings.getByText('In your question bank')).toBeVisible();

  const check = openE2eDb();
  const made = check.prepare("select category from questions where owner_id = ? and bank = 'interview' and text = ?").all(owner, 'Is there much evening and weekend work?');
  check.close();
  expect(made).toEqual([{ category: 'own' }]);
});

test('a student changes the status of an occupation and filters the list by it', async ({ signInElsewhere }) => {
  const student = STUDENTS[21];
  const db = openE2eDb();
  const owner = studentId(db, student.email);
  const occupationId = insertOccupation(db, owner, 'Urban planner');
  db.prepare('update occupations set research_notes = ? where id = ?').run('Accredited master’s degree, then a provisional membership.', occupationId);
  insertContact(db, owner, 'Priya Planner', occupationId);
  db.close();

  const page = await signInElsewhere(student.email);
  await page.goto(`/occupations/${occupationId}`);
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Urban planner' })).toBeVisible();
  await expect(page.getByLabel('Research notes')).toHaveValue('Accredited master’s degree, then a provisional membership.');
  await expectNoAxeViolations(page);
  await page.getByLabel('Title').fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#title-error')).toHaveText('Title is required.');
  await expect(page.getByLabel('Research notes')).toHaveValue('Accredited master’s degree, then a provisional membership.');
  await page.getByLabel('Title').fill('Urban planner');
  await page.getByLabel('Status').selectOption({ label: 'Considering' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/occupations/${occupationId}$`));
  await expect(page.getByRole('main').getByText('Considering', { exact: true })).toBeVisible();

  await page.goto('/occupations');
  const filters = page.getByRole('navigation', { name: 'Filter by status' });
  await filters.getByRole('link', { name: 'Exploring' }).click();
  await expect(page).toHaveURL(/status=exploring/);
  await expect(page.getByText('No occupations with the status “Exploring”.')).toBeVisible();
  await filters.getByRole('link', { name: 'Considering' }).click();
  await expect(page).toHaveURL(/status=considering/);
  await expect(filters.getByRole('link', { name: 'Considering' })).toHaveAttribute('aria-current', 'page');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Urban planner' }) });
  await expect(item).toContainText('1 contact · 0 interviews');
  await expectNoAxeViolations(page);
});

test('the comparison lines up what different people said to the same question', async ({ signInElsewhere }) => {
  const student = STUDENTS[19];
  const db = openE2eDb();
  const owner = studentId(db, student.email);
  const q1 = defaultQuestion(db, 1);
  const q2 = defaultQuestion(db, 2);
  const hygienist = insertOccupation(db, owner, 'Dental hygienist (compare)');
  const therapist = insertOccupation(db, owner, 'Dental therapist (compare)');
  const ana = insertContact(db, owner, 'Ana Ortega', hygienist);
  const ben = insertContact(db, owner, 'Ben Okafor', hygienist);
  const cam = insertContact(db, owner, 'Cam Liu', therapist);
  insertCompletedInterview(db, owner, ana, hygienist, new Date('2026-03-03T18:00:00Z'), [
    { questionId: q1.id, text: q1.text, notes: 'Ana: eight cleanings a day, charting in between.' },
    { questionId: q2.id, text: q2.text, notes: 'Ana: best is patients, worst is posture.' },
    { questionId: null, text: 'Do you wear loupes?', notes: 'Always.' },
  ]);
  insertCompletedInterview(db, owner, ben, hygienist, new Date('2026-03-10T18:00:00Z'), [
    { questionId: q1.id, text: q1.text, notes: 'Ben: mostly periodontal maintenance.' },
  ]);
  insertCompletedInterview(db, owner, cam, therapist, new Date('2026-03-12T18:00:00Z'), [{ questionId: q1.id, text: q1.text, notes: 'Cam: fillings for children.' }]);
  db.close();

  const page = await signInElsewhere(student.email);
  await page.goto(`/occupations/${hygienist}`);
  await expect(page.getByRole('main').getByRole('link', { name: 'Ana Ortega' }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Compare the answers across interviews' }).click();
  await expect(page).toHaveURL(new RegExp(`/occupations/compare\\?a=${hygienist}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Compare interviews' })).toBeVisible();

  const grid = page.getByRole('table', { name: /Dental hygienist \(compare\)/ });
  const columns = grid.getByRole('columnheader');
  await expect(columns).toHaveText([/^Question/, /^Ben Okafor/, /^Ana Ortega/]);
  const typicalDay = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: q1.text }) });
  await expect(typicalDay.getByRole('cell')).toHaveText(['Ben: mostly periodontal maintenance.', 'Ana: eight cleanings a day, charting in between.']);
  const bestWorst = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: q2.text }) });
  await expect(bestWorst.getByRole('cell')).toHaveText(['not asked', 'Ana: best is patients, worst is posture.']);
  await expect(page.getByText('Do you wear loupes?')).toBeVisible();
  await expectNoAxeViolations(page);

  // Side by side, chosen with the selects: the shared question comes first in both grids.
  await page.getByLabel('Side by side with (optional)').selectOption({ label: 'Dental therapist (compare)' });
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(new RegExp(`a=${hygienist}&b=${therapist}`));
  const other = page.getByRole('table', { name: /Dental therapist \(compare\)/ });
  await expect(other.getByRole('rowheader')).toHaveText([q1.text]);
  await expect(other.getByRole('cell')).toHaveText(['Cam: fillings for children.']);
  await expect(page.getByRole('table', { name: /Dental hygienist \(compare\)/ }).getByRole('rowheader').first()).toHaveText(q1.text);
  await expect(page.getByText('1 question was asked about both')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('deleting an occupation asks first and keeps its contacts, unlinked', async ({ signInElsewhere }) => {
  const student = STUDENTS[20];
  const db = openE2eDb();
  const owner = studentId(db, student.email);
  const occupationId = insertOccupation(db, owner, 'Travel agent');
  const contactId = insertContact(db, owner, 'Tara Voyage', occupationId);
  db.close();

  const page = await signInElsewhere(student.email);
  await page.goto(`/occupations/${occupationId}`);
  await expect(page.getByRole('main').getByRole('link', { name: 'Tara Voyage' })).toHaveAttribute('href', `/contacts/${contactId}`);
  await page.getByRole('button', { name: 'Delete occupation' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete Travel agent?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete occupation' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(/\/occupations$/);
  await expect(page.getByRole('link', { name: 'Travel agent' })).toHaveCount(0);
  await expectNotFound(page, `/occupations/${occupationId}`);

  const check = openE2eDb();
  const contact = check.prepare('select occupation_id as occupationId from contacts where id = ?').get(contactId) as { occupationId: number | null } | undefined;
  check.close();
  expect(contact).toEqual({ occupationId: null });
});

test("another student's occupation is a 404 everywhere", async ({ signInElsewhere }) => {
  const db = openE2eDb();
  const theirs = insertOccupation(db, studentId(db, STUDENTS[18].email), 'Someone else’s occupation');
  const mine = insertOccupation(db, studentId(db, STUDENTS[17].email), 'My own occupation');
  db.close();

  const page = await signInElsewhere(STUDENTS[17].email);
  await expectNotFound(page, `/occupations/${theirs}`);
  await expectNotFound(page, `/occupations/${theirs}/edit`);
  await expectNotFound(page, `/occupations/compare?a=${theirs}`);
  await expectNotFound(page, `/occupations/compare?a=${mine}&b=${theirs}`);
  await expectNotFound(page, '/occupations/compare?a=not-an-id');
  await page.goto(`/occupations/compare?a=${mine}`);
  await expect(page.getByRole('heading', { level: 2, name: 'My own occupation' })).toBeVisible();
  await expect(page.getByText('No interviews about this occupation yet.', { exact: false })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Someone else’s occupation' })).toHaveCount(0);
});
