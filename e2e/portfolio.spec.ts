import { completedInterview, e2eDatabase, newPerson } from './data';
import { expect, expectNoAxeViolations, expectNotFound, signIn, test } from './fixtures';
import type { Page } from '@playwright/test';

// The printable portfolio (issue 8 §8): a student's record as one document, to hand in or keep,
// and the spreadsheets that read as a record rather than a dump.

/** A completed interview with notes, a thank-you sent and a reflection begun. */
function finishedInterview(studentId: number, contactName: string) {
  const interview = completedInterview(studentId, { contactName, occupation: 'Dental hygienist', notes: ['Mornings are calm; afternoons are back to back.', 'Four years of college.'] });
  const db = e2eDatabase();
  try {
    db.prepare("update interviews set thank_you_channel = 'card', thank_you_sent_at = ?, thank_you_text = ? where id = ?").run(
      Date.now() - 3_600_000,
      `Dear ${contactName}, thank you for the tour of the clinic.`,
      interview.id,
    );
    db.prepare("update interview_questions set interesting = 1 where interview_id = ? and position = 1").run(interview.id);
    const question = db.prepare("select id, text from questions where bank = 'reflection' and is_default = 1 order by position limit 1").get() as { id: number; text: string };
    const submission = Number(db.prepare("insert into submissions (student_id, interview_id, status, version) values (?, ?, 'draft', 2)").run(studentId, interview.id).lastInsertRowid);
    db.prepare('insert into submission_answers (submission_id, student_id, question_id, text) values (?, ?, ?, ?)').run(submission, studentId, question.id, 'Yes: I like working with my hands and with people.');
    return { ...interview, reflectionQuestion: question.text };
  } finally {
    db.close();
  }
}

async function noSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

test('the portfolio shows a completed interview’s questions, notes, thank-you and reflection, and prints without the menu', async ({ page }) => {
  const me = newPerson();
  const { reflectionQuestion } = finishedInterview(me.id, 'Dana Li');
  const classmate = newPerson();
  finishedInterview(classmate.id, 'Not My Contact');

  await signIn(page, me.email);
  await page.goto('/records');
  await page.getByRole('link', { name: 'Open my portfolio' }).click();
  await expect(page).toHaveURL(/\/records\/portfolio$/);
  await expect(page.getByRole('heading', { level: 1, name: `Information interviews: ${me.name}` })).toBeVisible();

  const interview = page.getByRole('article', { name: /Dana Li/ });
  await expect(interview.getByText('What do you do in a typical day?')).toBeVisible();
  await expect(interview.getByText('Mornings are calm; afternoons are back to back.')).toBeVisible();
  await expect(interview.getByText('(particularly interesting)')).toHaveCount(1);
  await expect(interview.getByText('Dear Dana Li, thank you for the tour of the clinic.')).toBeVisible();
  await expect(interview.getByText(/^Card, /)).toBeVisible();
  await expect(interview.getByText(reflectionQuestion)).toBeVisible();
  await expect(interview.getByText('Yes: I like working with my hands and with people.')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Dental hygienist (Exploring)' })).toBeVisible();
  // Only the student's own records.
  await expect(page.getByText('Not My Contact')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Printed: no menu, no buttons, no footer; the record itself stays.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(interview.getByText('Mornings are calm; afternoons are back to back.')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('the portfolio fits a phone and passes axe there', async ({ page }) => {
  const me = newPerson();
  finishedInterview(me.id, 'Dana Li');
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, me.email);
  await page.goto('/records/portfolio');
  await expect(page.getByRole('article', { name: /Dana Li/ }).getByText('Mornings are calm; afternoons are back to back.')).toBeVisible();
  await noSidewaysScroll(page);
  await expectNoAxeViolations(page);
});

test('a new student’s portfolio says there is nothing yet, and staff cannot open it', async ({ page, signInElsewhere }) => {
  const me = newPerson();
  await signIn(page, me.email);
  await page.goto('/records/portfolio');
  await expect(page.getByText('No occupations yet.')).toBeVisible();
  await expect(page.getByText('No interviews yet.')).toBeVisible();

  const counsellor = await signInElsewhere('counsellor@demo.test');
  await expectNotFound(counsellor, '/records/portfolio');
});

test('the spreadsheets name people and occupations, with a column per criterion; the JSON keeps the ids', async ({ page }) => {
  const me = newPerson();
  const { contactId } = finishedInterview(me.id, 'Dana Li');
  const db = e2eDatabase();
  try {
    db.prepare(`update contacts set criteria = '["works-in-occupation","setting-i-like"]', notes = '=1+1' where id = ?`).run(contactId);
  } finally {
    db.close();
  }
  await signIn(page, me.email);

  const contacts = await (await page.request.get('/records/contacts.csv')).text();
  const [header, row] = contacts.replace(/^\uFEFF/, '').split('\r\n');
  expect(header).toContain('Occupation');
  expect(header).toContain('Why: Works in the occupation I am interested in');
  expect(header).not.toMatch(/occupationId|criteria/);
  expect(row).toContain('Dana Li');
  expect(row).toContain('Dental hygienist');
  expect(row).toContain(",'=1+1,");
  expect(row).not.toContain('[');

  const reflections = await (await page.request.get('/records/reflections.csv')).text();
  expect(reflections).toContain('Yes: I like working with my hands and with people.');
  expect(reflections).toContain('Dana Li, ');
  expect(reflections).not.toContain('{"');

  const json = JSON.parse(await (await page.request.get('/records/horses-mouth.json')).text()) as { contacts: Array<{ id: number; criteria: string[] }> };
  expect(json.contacts.find((c) => c.id === contactId)?.criteria).toEqual(['works-in-occupation', 'setting-i-like']);
});
