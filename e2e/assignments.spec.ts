import { completedInterview, e2eDatabase, newPerson } from './data';
import { expect, expectNoAxeViolations, expectNotFound, formAlert, signIn, test } from './fixtures';

const Q1 = 'Would this occupation be compatible with your interests, personality, values and skills, etc.? Why or why not?';
const Q2 = 'What aspects of this occupation would you particularly like?';
const Q3 = 'What aspects of this occupation would you particularly dislike?';

function sectionId(code: 'S10' | 'S20'): number {
  const db = e2eDatabase();
  try {
    return (db.prepare("select id from sections where section_code = ? and course_code = 'CAPS 1100'").get(code) as { id: number }).id;
  } finally {
    db.close();
  }
}

/** A published assignment straight in the database, for scenes the first test already clicked through. */
function publishedAssignment(section: 'S10' | 'S20', opts: { dueAt: Date; title?: string; questions?: number }): { id: number; title: string } {
  const db = e2eDatabase();
  try {
    const title = opts.title ?? `Reflection ${Math.random().toString(36).slice(2, 8)}`;
    const id = Number(
      db
        .prepare("insert into assignments (section_id, title, status, due_at, requires_interview, published_at, version) values (?, ?, 'published', ?, 0, ?, 1)")
        .run(sectionId(section), title, opts.dueAt.getTime(), Date.now()).lastInsertRowid,
    );
    const qs = db.prepare("select id from questions where bank = 'reflection' and is_default = 1 order by position limit ?").all(opts.questions ?? 2) as { id: number }[];
    qs.forEach((q, i) => db.prepare('insert into assignment_questions (assignment_id, question_id, position) values (?, ?, ?)').run(id, q.id, i + 1));
    return { id, title };
  } finally {
    db.close();
  }
}

function versionsOf(assignmentId: number): number {
  const db = e2eDatabase();
  try {
    return (db.prepare('select count(*) n from submission_versions v join submissions s on s.id = v.submission_id where s.assignment_id = ?').get(assignmentId) as { n: number }).n;
  } finally {
    db.close();
  }
}

test('a counsellor sets an assignment (three of the seed questions and one of their own), a student drafts, reloads, and submits once', async ({ browser }) => {
  test.setTimeout(240_000); // two people, six pages checked by axe, one long flow
  const counsellor = newPerson({ role: 'counsellor', section: 'S10' });
  const student = newPerson({ section: 'S10' });
  completedInterview(student.id, { contactName: 'Dana Li' });
  const custom = `What surprised you most? (${Date.now()})`;
  const title = `After the interview ${Math.random().toString(36).slice(2, 7)}`;

  const staff = await signIn(await (await browser.newContext()).newPage(), counsellor.email);
  await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questions' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Question bank' })).toBeVisible();
  await expect(staff.getByText(Q1)).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByLabel('Question', { exact: true }).fill(custom);
  await staff.getByRole('button', { name: 'Add question' }).click();
  await expect(staff.getByRole('list', { name: 'Your questions, in order' }).getByText(custom)).toBeVisible();
  await staff.getByRole('link', { name: 'Interview questions' }).click();
  await expect(staff.getByRole('heading', { name: "The seed's 26 interview questions" })).toBeVisible();

  await staff.goto(`/staff/sections/${sectionId('S10')}`);
  await staff.getByRole('link', { name: 'Assignments', exact: true }).last().click();
  await expect(staff.getByRole('heading', { level: 1, name: /^Assignments · / })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole('link', { name: 'New assignment' }).click();
  await staff.getByLabel('Title').fill(title);
  await staff.getByLabel('Instructions (optional)').fill('Write about your most recent interview.\nBe specific.');
  for (const q of [Q1, Q2, Q3, custom]) await staff.getByRole('button', { name: `Add: ${q}` }).click();
  // The custom question first: moved up twice in the plain list, then once more in the drag and
  // drop editor, which loads only when asked for.
  for (let i = 0; i < 2; i++) await staff.getByRole('button', { name: `Move up: ${custom}` }).click();
  await expect(staff.getByRole('status').filter({ hasText: `${custom}: now 2 of 4.` })).toBeAttached();
  await expect(staff.getByRole('grid', { name: 'Chosen questions' })).toHaveCount(0);
  await staff.getByRole('button', { name: 'Reorder by dragging' }).click();
  const dragList = staff.getByRole('grid', { name: 'Chosen questions' });
  await expect(dragList.getByRole('row').nth(1)).toContainText(custom);
  await dragList.getByRole('button', { name: `Move up: ${custom}` }).click();
  await expect(dragList.getByRole('row').first()).toContainText(custom);
  await staff.getByRole('button', { name: 'Done dragging' }).click();
  await staff.getByLabel('Due date and time').fill('2027-06-04T23:59');
  await expectNoAxeViolations(staff);
  await staff.getByRole('button', { name: 'Create draft' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(staff).toHaveURL(/\/staff\/assignments\/\d+$/);
  const assignmentId = Number(/\/staff\/assignments\/(\d+)/.exec(staff.url())![1]);
  await expect(staff.getByRole('list', { name: 'Chosen questions' }).getByRole('listitem').first()).toContainText(custom);
  await expectNoAxeViolations(staff);

  // Not published: the student does not see it.
  const learner = await signIn(await (await browser.newContext()).newPage(), student.email);
  await expectNotFound(learner, `/assignments/${assignmentId}`);

  await staff.getByRole('button', { name: 'Publish to students' }).click();
  await expect(staff.getByText(/^CAPS 1100 S10 · Published /)).toBeVisible();

  await learner.goto('/assignments');
  await expect(learner.getByRole('link', { name: title })).toBeVisible();
  await expectNoAxeViolations(learner);
  await learner.getByRole('link', { name: title }).click();
  await expect(learner.getByText('Write about your most recent interview.\nBe specific.')).toBeVisible();
  await learner.getByLabel('The interview these answers are about').selectOption({ index: 1 });
  await learner.getByLabel(`1. ${custom}`).fill('That they answered every question.');
  await learner.getByLabel(`2. ${Q1}`).fill('Yes: it suits me.');
  await expect(learner.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await learner.reload();
  await expect(learner.getByLabel(`1. ${custom}`)).toHaveValue('That they answered every question.');
  await expect(learner.getByLabel(`2. ${Q1}`)).toHaveValue('Yes: it suits me.');
  await expectNoAxeViolations(learner);

  // Two left blank: a message for each, nothing submitted.
  await learner.getByRole('button', { name: 'Submit' }).click();
  await expect(formAlert(learner).filter({ hasText: 'Answer every question before submitting: 2 of 4' })).toBeVisible();
  await expect(learner.getByText('Answer this question before submitting.')).toHaveCount(2);
  await learner.getByLabel(`3. ${Q2}`).fill('Helping people.');
  await learner.getByLabel(`4. ${Q3}`).fill('Long hours standing.');
  await learner.getByRole('button', { name: 'Submit' }).dblclick();
  await expect(learner.getByRole('heading', { name: 'What you submitted' })).toBeVisible();
  await expect(learner.getByText('Long hours standing.')).toBeVisible();
  expect(versionsOf(assignmentId)).toBe(1);

  await learner.setViewportSize({ width: 390, height: 844 });
  await learner.screenshot({ path: 'test-results/look-answer-390.png', fullPage: true });
  await staff.setViewportSize({ width: 390, height: 844 });
  await staff.screenshot({ path: 'test-results/look-staff-assignment-390.png', fullPage: true });
  await learner.goto('/assignments');
  await expect(learner.getByRole('listitem').filter({ hasText: title })).toContainText('Submitted');
  expect(await learner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Found by name: the section's other tests add students, and a page holds 25.
  await staff.reload();
  await staff.getByLabel('Search students by name').fill(student.name);
  await staff.getByLabel('Search students by name').press('Enter');
  await expect(staff.getByRole('row').filter({ hasText: student.name })).toContainText('Submitted');
});

test('work handed in after the due date is accepted and marked late', async ({ page }) => {
  const student = newPerson({ section: 'S10' });
  const { id, title } = publishedAssignment('S10', { dueAt: new Date(Date.now() - 3_600_000) });
  await signIn(page, student.email);
  await page.goto('/assignments');
  await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText('Past due');
  await page.goto(`/assignments/${id}`);
  await expect(page.getByText('Past due: still accepted, marked late')).toBeVisible();
  await page.getByLabel(`1. ${Q1}`).fill('Yes.');
  await page.getByLabel(`2. ${Q2}`).fill('The people.');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('heading', { name: 'What you submitted' })).toBeVisible();
  await expect(page.getByText('Late', { exact: true })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/assignments');
  await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText('Late');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("staff of another section get a 404 on every assignment page, and a student only sees their own sections' published work", async ({ browser }) => {
  const { id } = publishedAssignment('S10', { dueAt: new Date(Date.now() + 86_400_000) });
  const stranger = await signIn(await (await browser.newContext()).newPage(), newPerson({ role: 'counsellor', section: 'S20' }).email);
  await expectNotFound(stranger, `/staff/assignments/${id}`);
  await expectNotFound(stranger, `/staff/sections/${sectionId('S10')}/assignments`);
  await expectNotFound(stranger, `/staff/sections/${sectionId('S10')}/assignments/new`);
  const other = newPerson({ section: 'S10' });
  await expectNotFound(stranger, `/staff/assignments/${id}/extensions/${other.id}`);
  const outsider = await signIn(await (await browser.newContext()).newPage(), newPerson({ section: 'S20' }).email);
  await expectNotFound(outsider, `/assignments/${id}`);
  await expectNotFound(outsider, `/staff/questions`);
});

test('a counsellor gives one student an extension; the student sees their own due date', async ({ browser }) => {
  const counsellor = newPerson({ role: 'counsellor', section: 'S10' });
  const student = newPerson({ section: 'S10', name: `Ext Student ${Date.now()}` });
  const { id, title } = publishedAssignment('S10', { dueAt: new Date(Date.now() - 3_600_000) });
  const staff = await signIn(await (await browser.newContext()).newPage(), counsellor.email);
  await staff.goto(`/staff/assignments/${id}/extensions/${student.id}`);
  await expectNoAxeViolations(staff);
  await staff.getByLabel('New due date and time').fill('2027-01-15T17:00');
  await staff.getByLabel('Reason').fill('Illness');
  await staff.getByRole('button', { name: 'Save extension' }).click();
  await expect(staff.getByText(/^Extension saved: /)).toBeVisible();
  const learner = await signIn(await (await browser.newContext()).newPage(), student.email);
  await learner.goto('/assignments');
  const row = learner.getByRole('listitem').filter({ hasText: title });
  await expect(row).toContainText('(your extension)');
  await expect(row).not.toContainText('Past due');
});
