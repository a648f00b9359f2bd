import type { Page } from '@playwright/test';
import { completedInterview, e2eDatabase, newPerson } from './data';
import { expect, expectNoAxeViolations, expectNotFound, formAlert, signIn, test } from './fixtures';

/*
 * The counsellor's loop, in two browsers: set an assignment, the student answers, the counsellor
 * reads it beside the interview and returns it with a comment, the student revises, the counsellor
 * sees what changed and marks it reviewed; the bell tells each of them. Then the section overview,
 * and the 404s for staff of another section.
 */

const Q1 = 'Would this occupation be compatible with your interests, personality, values and skills, etc.? Why or why not?';
const Q2 = 'What aspects of this occupation would you particularly like?';
const Q3 = 'What aspects of this occupation would you particularly dislike?';
const PRIVATE = ['private@example.test', '604 555 0199', 'tel:', 'mailto:'];

function sectionId(code: 'S10' | 'S20'): number {
  const db = e2eDatabase();
  try {
    return (db.prepare("select id from sections where section_code = ? and course_code = 'CAPS 1100'").get(code) as { id: number }).id;
  } finally {
    db.close();
  }
}

/** A published assignment of two default questions with work already submitted by the student (straight in the database). */
function submittedWork(studentId: number, section: 'S10' | 'S20' = 'S10'): { assignmentId: number; submissionId: number; title: string } {
  const db = e2eDatabase();
  try {
    const sid = sectionId(section);
    const title = `Seeded reflection ${Math.random().toString(36).slice(2, 8)}`;
    const now = Date.now();
    const assignmentId = Number(
      db
        .prepare("insert into assignments (section_id, title, status, due_at, requires_interview, published_at, version, resubmissions_allowed) values (?, ?, 'published', ?, 0, ?, 1, 1)")
        .run(sid, title, now + 86_400_000, now).lastInsertRowid,
    );
    const qs = db.prepare("select id, text from questions where bank = 'reflection' and is_default = 1 order by position limit 2").all() as { id: number; text: string }[];
    qs.forEach((q, i) => db.prepare('insert into assignment_questions (assignment_id, question_id, position) values (?, ?, ?)').run(assignmentId, q.id, i + 1));
    const submissionId = Number(
      db
        .prepare("insert into submissions (student_id, assignment_id, section_id, status, version, attempt, first_submitted_at, submitted_at, updated_at) values (?, ?, ?, 'submitted', 2, 1, ?, ?, ?)")
        .run(studentId, assignmentId, sid, now, now, now).lastInsertRowid,
    );
    const answers = qs.map((q) => ({ questionId: q.id, question: q.text, answer: `An answer to “${q.text.slice(0, 20)}”.` }));
    db.prepare('insert into submission_versions (submission_id, student_id, number, answers, submitted_at) values (?, ?, 1, ?, ?)').run(submissionId, studentId, JSON.stringify(answers), now);
    return { assignmentId, submissionId, title };
  } finally {
    db.close();
  }
}

/** A section of this test's own (no other test's submissions notify its counsellor), with these members. */
function ownSection(members: { id: number; role: 'student' | 'counsellor' | 'instructor' }[]): { id: number; label: string } {
  const db = e2eDatabase();
  try {
    const code = `R${Math.random().toString(36).slice(2, 7).toUpperCase()}`;
    const id = Number(db.prepare("insert into sections (course_code, section_code, title, term) values ('CAPS 1100', ?, 'Career and Life Planning', 'Fall 2026')").run(code).lastInsertRowid);
    for (const m of members) db.prepare('insert into section_members (section_id, user_id, role) values (?, ?, ?)').run(id, m.id, m.role);
    return { id, label: `CAPS 1100 ${code}` };
  } finally {
    db.close();
  }
}

async function expectFitsAPhone(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  if (size) await page.setViewportSize(size);
}

async function expectNothingPrivate(page: Page): Promise<void> {
  const html = await page.content();
  for (const text of PRIVATE) expect(html, `the page holds ${text}`).not.toContain(text);
}

const bell = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Notifications,/ }).first();

/** Opens the newest notification from the notifications page (which marks it read). */
async function openNewestNotification(page: Page, title: RegExp): Promise<void> {
  await page.goto('/notifications');
  const item = page.getByRole('list', { name: 'Notifications' }).getByRole('listitem').filter({ hasText: title }).first();
  await expect(item).toContainText('Unread');
  await item.getByRole('button', { name: /^Open:/ }).click();
}

test('assign, answer, review beside the interview, return with a comment, revise, see the change, mark reviewed; notifications come and clear', async ({ browser }) => {
  test.setTimeout(240_000);
  const counsellor = newPerson({ role: 'counsellor', section: null });
  const student = newPerson({ section: null });
  const section = ownSection([
    { id: counsellor.id, role: 'counsellor' },
    { id: student.id, role: 'student' },
  ]);
  completedInterview(student.id, { contactName: 'Dana Li', occupation: 'Dental hygienist', notes: ['Mornings are for cleanings, afternoons for paperwork.'] });
  const custom = `What surprised you most? (${Date.now()})`;
  const title = `After the interview ${Math.random().toString(36).slice(2, 7)}`;

  // The counsellor adds a question of their own and sets the assignment: three defaults and it.
  const staff = await signIn(await (await browser.newContext()).newPage(), counsellor.email);
  await staff.goto('/staff/questions');
  await staff.getByLabel('Question', { exact: true }).fill(custom);
  await staff.getByRole('button', { name: 'Add question' }).click();
  await expect(staff.getByRole('list', { name: 'Your questions, in order' }).getByText(custom)).toBeVisible();
  await staff.goto(`/staff/sections/${section.id}/assignments/new`);
  await staff.getByLabel('Title').fill(title);
  for (const q of [Q1, Q2, Q3, custom]) await staff.getByRole('button', { name: `Add: ${q}` }).click();
  // Within the form's three years, whatever today is.
  await staff.getByLabel('Due date and time').fill(`${new Date().getFullYear() + 1}-06-30T23:59`);
  await staff.getByLabel('Resubmissions allowed').fill('1');
  await staff.getByLabel('Must be about one of the student’s completed interviews').check();
  await staff.getByRole('button', { name: 'Create draft' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const assignmentId = Number(/\/staff\/assignments\/(\d+)/.exec(staff.url())![1]);
  await staff.getByRole('button', { name: 'Publish to students' }).click();
  await expect(staff.getByRole('main')).toContainText(`${section.label} · Published`);
  await expect(bell(staff)).toHaveAccessibleName('Notifications, none unread');

  // The student drafts, reloads (the draft is intact) and submits.
  const learner = await signIn(await (await browser.newContext()).newPage(), student.email);
  await learner.goto(`/assignments/${assignmentId}`);
  await learner.getByLabel('The interview these answers are about').selectOption({ index: 1 });
  await learner.getByLabel(`1. ${Q1}`).fill('Yes: it suits me.');
  await learner.getByLabel(`2. ${Q2}`).fill('Helping people every day.');
  await learner.getByLabel(`3. ${Q3}`).fill('Long hours standing.');
  await learner.getByLabel(`4. ${custom}`).fill('That they answered every question.');
  await expect(learner.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await learner.reload();
  await expect(learner.getByLabel(`2. ${Q2}`)).toHaveValue('Helping people every day.');
  await learner.getByRole('button', { name: 'Submit' }).click();
  await expect(learner.getByRole('heading', { name: 'What you submitted' })).toBeVisible();

  // The counsellor is told, and opens it from the notification: the answers beside the interview.
  await staff.reload();
  await expect(bell(staff)).toHaveAccessibleName('Notifications, 1 unread');
  await openNewestNotification(staff, new RegExp(`${student.name} submitted`));
  await expect(staff).toHaveURL(/\/staff\/review\/\d+/);
  const reviewPath = new URL(staff.url()).pathname;
  await expect(bell(staff)).toHaveAccessibleName('Notifications, none unread');
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(`${student.name}: ${title}`);
  const evidence = staff.getByRole('complementary', { name: 'The interview with Dana Li' });
  await expect(evidence).toContainText('Dental hygienist');
  await expect(evidence).toContainText('Mornings are for cleanings, afternoons for paperwork.');
  await expect(evidence.getByRole('heading', { name: 'Thank-you' })).toBeVisible();
  await expect(evidence.getByRole('heading', { name: 'Referrals received' })).toBeVisible();
  await expect(staff.getByRole('list', { name: 'Answers' }).getByRole('listitem').nth(1)).toContainText('Helping people every day.');
  await expectNothingPrivate(staff);
  await expectNoAxeViolations(staff);
  await expectFitsAPhone(staff);

  // It is in the queue; returning without a comment is refused and keeps the choice.
  await staff.goto(`/staff/review?assignment=${assignmentId}`);
  await expect(staff.getByRole('table', { name: /Work waiting for review/ }).getByRole('row')).toHaveCount(2);
  await expectNoAxeViolations(staff);
  await expectFitsAPhone(staff);
  await staff.getByRole('link', { name: student.name }).click();
  await expect(staff).toHaveURL(new RegExp(`${reviewPath}\\?assignment=${assignmentId}$`));
  await staff.getByRole('button', { name: 'Return for revision' }).click();
  await expect(formAlert(staff)).toContainText('Please correct');
  await expect(staff.getByText('Say what to revise')).toBeVisible();
  await staff.getByLabel('Your comment on answer 2 (optional)').fill('Which people? Say more about who you would help.');
  await staff.getByRole('button', { name: 'Return for revision' }).click();
  await expect(staff.getByRole('status').filter({ hasText: /^Returned for revision by / })).toBeVisible();
  await expect(staff.getByText('Which people? Say more about who you would help.')).toBeVisible();

  // The student is told, sees the comment beside the answer, revises and resubmits.
  await learner.reload();
  await expect(bell(learner)).toHaveAccessibleName('Notifications, 1 unread');
  await openNewestNotification(learner, /was returned for revision/);
  await expect(learner).toHaveURL(new RegExp(`/assignments/${assignmentId}$`));
  await expect(learner.getByRole('complementary', { name: 'Comments on question 2' })).toContainText('Which people? Say more about who you would help.');
  await learner.getByLabel(`2. ${Q2}`).fill('Helping children and older people every day.');
  await expect(learner.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await learner.getByRole('button', { name: 'Resubmit' }).click();
  await expect(learner.getByRole('heading', { name: 'What you submitted' })).toBeVisible();

  // The counsellor sees the word-level change with the earlier comment, and marks it reviewed.
  await staff.reload();
  await expect(bell(staff)).toHaveAccessibleName('Notifications, 1 unread');
  await openNewestNotification(staff, new RegExp(`${student.name} resubmitted`));
  await expect(staff.getByRole('heading', { name: 'Answers, with changes since version 1' })).toBeVisible();
  const second = staff.getByRole('list', { name: 'Answers' }).getByRole('listitem').filter({ hasText: Q2 });
  await expect(second.getByTestId('answer-diff').locator('ins')).toContainText('children and older');
  await expect(second.getByTestId('answer-diff').locator('del')).toHaveCount(0);
  await expect(second.getByRole('figure')).toContainText('3 words added');
  await expect(second.getByRole('list', { name: 'Comments' })).toContainText('Which people?');
  await expect(staff.getByRole('list', { name: 'Answers' }).getByRole('listitem').filter({ hasText: Q1 }).getByRole('figure')).toContainText('Unchanged');
  await expectNoAxeViolations(staff);
  await expectFitsAPhone(staff);
  await staff.getByLabel('Overall comment').fill('Thank you: much clearer.');
  await staff.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(staff.getByRole('status').filter({ hasText: /^Reviewed by / })).toBeVisible();

  // The student is told; marking everything read clears the bell.
  await learner.reload();
  await expect(bell(learner)).toHaveAccessibleName('Notifications, 1 unread');
  await learner.goto('/notifications');
  await expect(learner.getByRole('list', { name: 'Notifications' }).getByRole('listitem').first()).toContainText('was reviewed');
  await expectNoAxeViolations(learner);
  await expectFitsAPhone(learner);
  await learner.getByRole('button', { name: 'Mark all read' }).click();
  await expect(bell(learner)).toHaveAccessibleName('Notifications, none unread');
  await expect(learner.getByRole('list', { name: 'Notifications' })).not.toContainText('Unread');
  await learner.goto(`/assignments/${assignmentId}`);
  await expect(learner.getByText('Thank you: much clearer.')).toBeVisible();
});

test('the section overview: figures per student, sortable, the method chart with its table, rows open the record', async ({ page }) => {
  const counsellor = newPerson({ role: 'counsellor', section: 'S10' });
  const student = newPerson({ section: 'S10', name: `Aaa Overview ${Date.now()}` });
  completedInterview(student.id, { completedAt: new Date(Date.now() - 5 * 86_400_000) });
  submittedWork(student.id);
  await signIn(page, counsellor.email);
  await page.goto(`/staff/sections/${sectionId('S10')}`);
  await page.getByRole('link', { name: 'Overview: where each student stands' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CAPS 1100 S10 overview');
  await expect(page.getByTestId('method-chart')).toBeVisible();
  const steps = page.getByRole('table', { name: /who have done each step/ });
  await expect(steps.getByRole('row')).toHaveCount(7);
  await page.getByLabel('Search students by name').fill(student.name);
  await page.getByRole('button', { name: 'Search' }).click();
  const row = page.getByRole('table', { name: /Where each student/ }).getByRole('row').filter({ hasText: student.name });
  // Interviews 1, thank-you overdue 1, missing (other tests set past-due work in S10), waiting 1, reviewed 0.
  await expect(row.getByRole('cell')).toHaveText(['1', '1', /^\d+$/, '1', '0', /\w/]);
  await expectNoAxeViolations(page);
  await expectFitsAPhone(page);
  await page.getByRole('link', { name: /^Thank-yous overdue\s*, sort/ }).click();
  await expect(page.getByRole('columnheader', { name: /Thank-yous overdue/ })).toHaveAttribute('aria-sort', 'descending');
  await page.goto(`/staff/sections/${sectionId('S10')}/overview?q=${encodeURIComponent(student.name)}`);
  await page.getByRole('link', { name: student.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(student.name);
  await expect(page.getByRole('list', { name: `Reflection assignments of ${student.name}` })).toContainText('Submitted');
});

test('staff of another section get a 404 on the review page and the overview, and see none of it in their queue; students get 404s', async ({ browser }) => {
  const student = newPerson({ section: 'S10' });
  const { submissionId, title } = submittedWork(student.id);
  const stranger = await signIn(await (await browser.newContext()).newPage(), newPerson({ role: 'counsellor', section: 'S20' }).email);
  await expectNotFound(stranger, `/staff/review/${submissionId}`);
  await expectNotFound(stranger, `/staff/sections/${sectionId('S10')}/overview`);
  await stranger.goto(`/staff/review?section=${sectionId('S10')}`);
  await expect(stranger.getByRole('main')).not.toContainText(title);
  await expectNoAxeViolations(stranger);
  const learner = await signIn(await (await browser.newContext()).newPage(), student.email);
  await expectNotFound(learner, `/staff/review/${submissionId}`);
  await expectNotFound(learner, '/staff/review');
});

test('comments typed on the review page are kept in the browser: leaving and coming back fills them again, until a decision sends them', async ({ page }) => {
  const student = newPerson({ section: 'S10' });
  const counsellor = newPerson({ role: 'counsellor', section: 'S10' });
  const { submissionId } = submittedWork(student.id);
  await signIn(page, counsellor.email);
  await page.goto(`/staff/review/${submissionId}`);
  await page.getByLabel('Your comment on answer 1 (optional)').fill('Say more about the shift work.');
  await page.getByLabel('Overall comment').fill('A good start; one more pass.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review queue');

  await page.goto(`/staff/review/${submissionId}`);
  await expect(page.getByLabel('Your comment on answer 1 (optional)')).toHaveValue('Say more about the shift work.');
  await expect(page.getByLabel('Overall comment')).toHaveValue('A good start; one more pass.');
  await expect(page.getByText('Your comments typed earlier in this browser are back.')).toBeVisible();

  await page.getByRole('button', { name: 'Return for revision' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Returned for revision by / })).toBeVisible();
  await expect.poll(() => page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('hm-review-comments:')))).toEqual([]);
});
