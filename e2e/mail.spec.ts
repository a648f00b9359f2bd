import { TZDate } from '@date-fns/tz';
import { request as playwrightRequest, type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNotFound, formStatus, setClock, signIn, test } from './fixtures';
import { newPerson } from './data';
import { allowAddress, rawHeader, waitForMail, mailTo } from './mailbox';
import { APP_URL, REFUSED_DOMAIN } from './servers/ports';

const ZONE = 'America/Vancouver';

/** Today's date in Vancouver `days` ahead, at a wall-clock time: the form's value and the instant. */
function vancouver(days: number, hour: number): { input: string; instant: Date } {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
  const [y, m, d] = day.split('-').map(Number);
  return { input: `${day}T${String(hour).padStart(2, '0')}:00`, instant: new Date(new TZDate(y, m - 1, d, hour, 0, ZONE).getTime()) };
}

async function createAccount(page: Page, name: string, email: string) {
  await page.goto('/admin/users/new');
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(formStatus(page)).toContainText(`Account created for ${name}`);
}

test('an invite goes out over SMTP with both parts, Date and Message-ID, and its link works in a browser', async ({ page, login, browser }) => {
  await login('admin');
  const email = `mail.invite.${Date.now()}@college.test`;
  const sentAfter = Date.now() - 1000;
  await createAccount(page, 'Ines Invite', email);

  const [mail] = await waitForMail(email);
  expect(mail.subject).toBe("Your Horse's Mouth account");
  expect(mail.from?.text).toBe('"Career Centre" <careers@college.test>');
  expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(email);
  expect(mail.date!.getTime()).toBeGreaterThanOrEqual(sentAfter);
  expect(mail.date!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  expect(mail.messageId).toMatch(/^<outbox\.\d+\.\d+@college\.test>$/);
  const link = /http:\/\/\S+\/set-password\/[\w-]+/.exec(mail.text ?? '')?.[0];
  expect(link?.startsWith(`${APP_URL}/set-password/`)).toBe(true);
  expect(mail.html).toContain(`<a href="${link}"`);

  // Followed in a browser that is not signed in, the link sets a password that signs in.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link!);
  await expect(other.getByRole('heading', { name: 'Set your password' })).toBeVisible();
  const password = 'seven lanterns over quiet harbours';
  await other.getByLabel('New password').fill(password);
  await other.getByLabel('Type it again').fill(password);
  await other.getByRole('button', { name: 'Set password' }).click();
  await expect(formStatus(other)).toContainText('Your password is set');
  await signIn(other, email, password);
  await expect(other).toHaveURL(/\/home$/);
  await context.close();
});

test('a student chooses reminders; the morning digest brings tomorrow\'s interview with its .ics, once; one click stops them without signing in', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const student = newPerson();
  await signIn(page, student.email);
  await page.goto('/account');
  const reminders = page.getByRole('group', { name: 'E-mail me when' });
  await expect(reminders.getByRole('checkbox')).toHaveCount(3);
  await expectNoAxeViolations(page);
  for (const box of await reminders.getByRole('checkbox').all()) await box.check();
  await page.getByRole('button', { name: 'Save reminders' }).click();
  await expect(formStatus(page)).toContainText('Reminders saved.');

  // An interview tomorrow at 10:00.
  await page.goto('/contacts/new');
  await page.getByLabel('Name', { exact: true }).fill('Rosa Díaz');
  await page.getByLabel('How I found this person').selectOption('friend');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page).toHaveURL(/\/contacts\/\d+/);
  const contactId = /\/contacts\/(\d+)/.exec(page.url())![1];
  await page.goto(`/interviews/new?contact=${contactId}`);
  await page.getByLabel('Status').selectOption('scheduled');
  await page.getByLabel('Date and time').fill(vancouver(1, 10).input);
  await page.getByRole('button', { name: 'Create interview' }).click();
  await expect(page).toHaveURL(/\/interviews\/\d+$/);
  const interviewId = /\/interviews\/(\d+)$/.exec(page.url())![1];

  // This morning at 8 in Vancouver the sender looks at reminders (as it does every ten minutes).
  await setClock(page, vancouver(0, 8).instant, baseURL);
  const sweep = await page.request.post('/api/e2e/reminders', { headers: { origin: baseURL! } });
  expect(sweep.status()).toBe(200);

  const [digest] = await waitForMail(student.email);
  expect(digest.subject).toMatch(/^Your reminders for .+: 1 thing to do$/);
  expect(digest.text).toContain('Interview tomorrow');
  expect(digest.text).toContain('Rosa Díaz');
  expect(digest.html).toContain(`href="${APP_URL}/interviews/${interviewId}"`);
  expect(digest.messageId).toMatch(/^<outbox\.\d+\.\d+@college\.test>$/);
  const [ics] = digest.attachments;
  expect(ics.contentType).toBe('text/calendar');
  expect(ics.filename).toMatch(/^interview-\d{4}-\d{2}-\d{2}\.ics$/);
  expect(ics.content.toString('utf8')).toContain('SUMMARY:Information interview with Rosa Díaz');
  expect(rawHeader(digest, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  const oneClick = /^<(http:\/\/\S+)>$/.exec(rawHeader(digest, 'List-Unsubscribe') ?? '')?.[1];
  expect(oneClick?.startsWith(`${APP_URL}/api/unsubscribe/`)).toBe(true);

  // Sweeping again the same day queues nothing more: one digest a day.
  expect(await (await page.request.post('/api/e2e/reminders', { headers: { origin: baseURL! } })).json()).toEqual({ queued: 0 });
  expect(await mailTo(student.email)).toHaveLength(1);

  // The footer's "stop interview reminders" link, opened signed out: a page with a button.
  const stopInterview = /Stop "interview tomorrow" reminders: (\S+)/.exec(digest.text ?? '')?.[1];
  const context = await browser.newContext();
  const stranger = await context.newPage();
  await stranger.goto(stopInterview!);
  await expect(stranger.getByRole('heading', { name: 'Stop reminder e-mails' })).toBeVisible();
  await expectNoAxeViolations(stranger);
  await stranger.getByRole('button', { name: 'Stop these reminders' }).click();
  await expect(formStatus(stranger)).toContainText('you will not get these reminders any more');
  await context.close();
  await page.goto('/account');
  await expect(reminders.getByLabel('An interview is tomorrow (with its calendar file)')).not.toBeChecked();
  await expect(reminders.getByLabel('A follow-up call is due today')).toBeChecked();
  await expect(reminders.getByLabel('A thank-you is due tomorrow')).toBeChecked();

  // RFC 8058: the mail client POSTs to the header's address, with no cookies at all.
  const client = await playwrightRequest.newContext();
  const posted = await client.post(oneClick!, { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(posted.status()).toBe(200);
  expect((await client.post(`${oneClick}x`, { form: { 'List-Unsubscribe': 'One-Click' } })).status()).toBe(404);
  await client.dispose();
  await page.reload();
  await expect(page).toHaveURL(/\/account$/); // still signed in: nothing but the reminders changed
  for (const box of await reminders.getByRole('checkbox').all()) await expect(box).not.toBeChecked();
  await expect(page.getByLabel('Your name')).toHaveValue(student.name);
});

test('an admin sees a refused message with its error, fixes the cause and retries it; others cannot see the outbox', async ({ page, login, signInElsewhere }) => {
  await login('admin');
  const email = `bounced.${Date.now()}@${REFUSED_DOMAIN}`;
  await createAccount(page, 'Bo Unced', email);

  const item = page.getByRole('listitem').filter({ hasText: `To ${email}` });
  await expect(async () => {
    await page.goto('/admin/outbox?status=failed');
    await expect(item).toContainText('Failed', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(item).toContainText('Last error:');
  await expect(item).toContainText('550');
  await expectNoAxeViolations(page);

  await allowAddress(email);
  // From the whole outbox (newest first), where the message stays in view once it is queued again.
  await page.goto('/admin/outbox');
  await item.getByRole('button', { name: /^Retry/ }).click();
  await expect(item.getByRole('status')).toContainText('Queued to be sent again.');
  const [mail] = await waitForMail(email);
  expect(mail.subject).toBe("Your Horse's Mouth account");
  await page.goto('/admin/outbox?status=sent');
  await expect(page.getByRole('listitem').filter({ hasText: `To ${email}` })).toContainText('Sent');

  const student = await signInElsewhere(newPerson().email);
  await expectNotFound(student, '/admin/outbox');
  await expectNotFound(student, '/admin/settings');
});

test('the outbox, the settings, the reminder choices and the sign-in page fit a phone', async ({ page, login, signInElsewhere }) => {
  const fits = async (p: Page, path: string) => {
    await p.setViewportSize({ width: 390, height: 844 });
    await p.goto(path);
    await expect(p.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await p.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  };
  await fits(page, '/sign-in');
  await expect(page.getByRole('link', { name: /^Sign in with / })).toBeVisible();
  await login('admin');
  await fits(page, '/admin/outbox');
  await fits(page, '/admin/settings');
  const student = await signInElsewhere(newPerson().email);
  await fits(student, '/account');
  await expect(student.getByRole('group', { name: 'E-mail me when' })).toBeVisible();
});
