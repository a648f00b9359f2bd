import type { Page } from '@playwright/test';
import { completedInterview, newPerson, reflectionAssignment } from './data';
import { e2eDb } from './db';
import { autosaveRunning, expect, signIn, test } from './fixtures';

const FIRST = /^1\. Would this occupation be compatible/;
const SECOND = /^2\. What aspects of this occupation would you particularly like/;

/** What the page asks with the browser's own dialogs, answered as `answer()` says at the time (stay, by default). */
function askedOn(page: Page, answer: () => 'stay' | 'leave' = () => 'stay'): string[] {
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void (answer() === 'leave' ? dialog.accept() : dialog.dismiss());
  });
  return asked;
}

test('a reflection saves as it is typed: a reload and a click on Home lose nothing, and it counts what is answered', async ({ page }) => {
  const me = newPerson();
  const { id } = completedInterview(me.id);
  await signIn(page, me.email);
  await page.goto(`/interviews/${id}#reflection`);
  const reflection = page.locator('#reflection');
  await expect(reflection.getByText('0 of 10 answered')).toBeVisible();

  await reflection.getByLabel(FIRST).fill('Yes: I like shift work and caring for people.');
  await expect(reflection.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await expect(reflection.getByText('1 of 10 answered')).toBeVisible();
  await page.reload();
  await expect(page.locator('#reflection').getByLabel(FIRST)).toHaveValue('Yes: I like shift work and caring for people.');

  // Typed, then straight to Home: the text is saved on the way out, and nothing is asked.
  const asked = askedOn(page);
  await page.locator('#reflection').getByLabel(SECOND).fill('Helping people feel at ease.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Hello, / })).toBeVisible();
  // Still owed: a reflection with 2 of 10 answered keeps its next action, and says how far it got.
  const owed = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /Reflect on your interview with Dana Li/ }) });
  await expect(owed).toContainText('2 of 10 answered.');
  expect(asked).toEqual([]);
  await page.goto(`/interviews/${id}#reflection`);
  await expect(page.locator('#reflection').getByLabel(SECOND)).toHaveValue('Helping people feel at ease.');
});

test('with the server out of reach the text is kept in the browser, and saved when the page is opened again', async ({ page, context }) => {
  const me = newPerson();
  const { id } = completedInterview(me.id);
  await signIn(page, me.email);
  await page.goto(`/interviews/${id}#reflection`);
  await context.setOffline(true);
  await page.locator('#reflection').getByLabel(FIRST).fill('Written on a train with no signal.');
  await expect(page.locator('#reflection').getByRole('status')).toContainText('Not saved');
  // The tab is closed while still offline (the battery dies): only the browser's copy has the text.
  await page.close({ runBeforeUnload: false });
  await context.setOffline(false);

  const again = await context.newPage();
  await again.goto(`/interviews/${id}#reflection`);
  await expect(again.locator('#reflection').getByLabel(FIRST)).toHaveValue('Written on a train with no signal.');
  // On the one status line, so that a failure prints what it said instead.
  await expect(again.locator('#reflection').getByRole('status')).toHaveText(/^Saved at /);
  // Now the server has it: without the browser's copy it is still there.
  await again.evaluate(() => window.localStorage.clear());
  await again.reload();
  await expect(again.locator('#reflection').getByLabel(FIRST)).toHaveValue('Written on a train with no signal.');
});

test('a save that failed for want of a connection goes the moment the browser is back online, not when its retry comes round', async ({ page, context }) => {
  const me = newPerson();
  const { id } = completedInterview(me.id);
  await signIn(page, me.email);
  await page.clock.install();
  await page.goto(`/interviews/${id}#reflection`);
  const reflection = page.locator('#reflection');
  await autosaveRunning(reflection);
  await context.setOffline(true);
  await reflection.getByLabel(FIRST).fill('Written in a tunnel.');
  await expect(reflection.getByRole('status')).toContainText('Trying again in 2 s');
  // The page's timers stop here: the retry in 2 s never comes round, so only coming back online saves.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100);
  await context.setOffline(false);
  await expect(reflection.getByRole('status')).toHaveText(/^Saved at /);
  await page.clock.resume();
  await page.reload();
  await expect(page.locator('#reflection').getByLabel(FIRST)).toHaveValue('Written in a tunnel.');
});

test('text typed before the page’s scripts have run is saved once they run, and no later render puts the old text back', async ({ page }) => {
  const me = newPerson();
  const { id } = completedInterview(me.id);
  await signIn(page, me.email);
  // A slow phone: the page's HTML is there, its scripts are still on their way.
  let scriptsArrive = () => {};
  const held = new Promise<void>((resolve) => (scriptsArrive = resolve));
  await page.route(/\/_next\/static\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/interviews/${id}#reflection`, { waitUntil: 'domcontentloaded' });
  const reflection = page.locator('#reflection');
  await expect(reflection.locator('[data-autosave="starting"]')).toBeAttached();
  await reflection.getByLabel(FIRST).fill('Typed while the page was still loading.');
  scriptsArrive();
  await expect(reflection.getByRole('status')).toHaveText(/^Saved at /);
  await expect(reflection.getByText('1 of 10 answered')).toBeVisible();
  // Typing in another answer renders the form again: the first answer's text stays.
  await reflection.getByLabel(SECOND).fill('And this after it loaded.');
  await expect(reflection.getByText('2 of 10 answered')).toBeVisible();
  await expect(reflection.getByLabel(FIRST)).toHaveValue('Typed while the page was still loading.');
  // The browser's copy goes once the server has everything: what the reload shows is the server's.
  await expect.poll(() => page.evaluate(() => window.localStorage.length)).toBe(0);
  await page.reload();
  await expect(page.locator('#reflection').getByLabel(FIRST)).toHaveValue('Typed while the page was still loading.');
  await expect(page.locator('#reflection').getByLabel(SECOND)).toHaveValue('And this after it loaded.');
});

test('two tabs on one reflection: the second save says it changed elsewhere and keeps both texts', async ({ page, context }) => {
  const me = newPerson();
  const { id } = completedInterview(me.id);
  await signIn(page, me.email);
  await page.goto(`/interviews/${id}#reflection`);
  const other = await context.newPage();
  await other.goto(`/interviews/${id}#reflection`);
  await autosaveRunning(other.locator('#reflection'));

  await page.locator('#reflection').getByLabel(FIRST).fill('From the first tab.');
  await expect(page.locator('#reflection').getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await other.locator('#reflection').getByLabel(FIRST).fill('From the second tab.');
  const alert = other.locator('#reflection').getByRole('alert');
  await expect(alert).toContainText('changed elsewhere');
  await expect(alert).toContainText('From the first tab.');
  await expect(alert).toContainText('From the second tab.');
  await alert.getByRole('button', { name: 'Keep mine' }).click();
  await expect(other.locator('#reflection').getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await page.reload();
  await expect(page.locator('#reflection').getByLabel(FIRST)).toHaveValue('From the second tab.');
});

test('a save is answered with its result alone (no page rendered, no cookie set), and a session ended elsewhere is still refused', async ({ page }) => {
  const me = newPerson();
  const { id } = completedInterview(me.id);
  await signIn(page, me.email);
  await page.goto(`/interviews/${id}#reflection`);
  const reflection = page.locator('#reflection');
  // The answer is taken on its way to the page (Chromium does not always keep a fetch's body for
  // the test to read afterwards), then handed on unchanged.
  const answered = new Promise<{ headers: Record<string, string>; body: string }>((resolve) => {
    void page.route(
      (url) => url.pathname.startsWith('/interviews/'),
      async (route) => {
        if (route.request().method() !== 'POST' || !route.request().headers()['next-action']) return route.fallback();
        const response = await route.fetch();
        const body = await response.text();
        resolve({ headers: response.headers(), body });
        await route.fulfill({ response, body });
      },
    );
  });
  await reflection.getByLabel(FIRST).fill('Saved without the page being rendered again.');
  const { headers, body } = await answered;
  await page.unrouteAll({ behavior: 'wait' });
  // A save that set a cookie or revalidated would make Next render the whole page into the answer:
  // a keystroke's save would cost a page load (the autosave bench, issue 8).
  expect(headers['set-cookie']).toBeUndefined();
  expect(headers['x-action-revalidated']).toBeUndefined();
  const envelope = JSON.parse(body.split('\n')[0].replace(/^0:/, '')) as Record<string, unknown>;
  expect(envelope).not.toHaveProperty('f'); // the page's tree, when one is rendered
  expect(body).toContain('"status":"saved"');
  await expect(reflection.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();

  // Signed out elsewhere: the same cookie still names the session, but the session has ended.
  e2eDb().prepare("update sessions set ended_at = ?, end_reason = 'signed-out' where user_id = ? and ended_at is null").run(Date.now(), me.id);
  await reflection.getByLabel(SECOND).fill('Typed after the session ended.');
  await expect(reflection.getByRole('status')).toContainText('you are signed out');
  await expect(reflection.getByLabel(SECOND)).toHaveValue('Typed after the session ended.');
});

test('a click on Home while the server refuses saves asks before leaving, and after a save it does not', async ({ page }) => {
  const me = newPerson({ section: 'S10' });
  const assignment = reflectionAssignment({ title: `Leaving with unsaved answers ${me.id}` });
  await signIn(page, me.email);
  await page.goto(`/assignments/${assignment}`);
  let choice: 'stay' | 'leave' = 'stay';
  const asked = askedOn(page, () => choice);
  // Every save is refused.
  await page.route(
    (url) => url.pathname === `/assignments/${assignment}`,
    (route) => (route.request().method() === 'POST' && route.request().headers()['next-action'] ? route.fulfill({ status: 500, body: 'Refused' }) : route.fallback()),
  );
  const home = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' });
  await page.getByLabel(FIRST).fill('Typed while the server refuses.');
  await home.click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('not saved');
  // Stayed: the page and the text are still there.
  await expect(page.getByLabel(FIRST)).toHaveValue('Typed while the server refuses.');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/assignments/${assignment}`);

  choice = 'leave';
  await home.click();
  await expect(page.getByRole('heading', { level: 1, name: /^Hello, / })).toBeVisible();
  expect(asked).toHaveLength(2);

  // Back with the server taking saves: the browser's copy is saved, and leaving after typing asks nothing.
  await page.unrouteAll({ behavior: 'wait' });
  await page.goto(`/assignments/${assignment}`);
  await expect(page.getByLabel(FIRST)).toHaveValue('Typed while the server refuses.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await page.getByLabel(SECOND).fill('Typed and left at once.');
  await home.click();
  await expect(page.getByRole('heading', { level: 1, name: /^Hello, / })).toBeVisible();
  expect(asked).toHaveLength(2);
  // The server has both answers, not only this browser.
  await page.evaluate(() => window.localStorage.clear());
  await page.goto(`/assignments/${assignment}`);
  await expect(page.getByLabel(FIRST)).toHaveValue('Typed while the server refuses.');
  await expect(page.getByLabel(SECOND)).toHaveValue('Typed and left at once.');
});

test('interview notes save as they are typed: a click on Home loses nothing, a reload shows them, and the letter follows them', async ({ page }) => {
  const me = newPerson();
  const { id } = completedInterview(me.id);
  await signIn(page, me.email);
  await page.goto(`/interviews/${id}`);
  await page.locator('#talk > summary').click();
  const notes = page.locator('#notes');
  const first = notes.getByRole('group', { name: /^1\. / });
  await first.getByLabel('Notes').fill('Mornings are calm; afternoons are back to back.');
  await first.getByLabel(/Particularly interesting/).check();
  // The letter (under Follow up) names it at once, addressed to the contact's e-mail.
  const letter = page.locator('#thank-you').getByLabel('Your thank-you letter');
  await expect(letter).toHaveValue(/I especially appreciated hearing about your typical day\./);
  await expect(page.locator('#thank-you').getByRole('link', { name: 'E-mail it to private@example.test' })).toHaveAttribute('href', /^mailto:private@example\.test\?subject=/);
  // Typed, then straight to Home: saved on the way out.
  await notes.getByLabel('General notes').fill('Offered to show me the clinic next month.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Hello, / })).toBeVisible();
  await page.evaluate(() => window.localStorage.clear());
  await page.goto(`/interviews/${id}`);
  await page.locator('#talk > summary').click();
  await expect(page.locator('#notes').getByLabel('General notes')).toHaveValue('Offered to show me the clinic next month.');
  await expect(page.locator('#notes').getByRole('group', { name: /^1\. / }).getByLabel('Notes')).toHaveValue('Mornings are calm; afternoons are back to back.');
  await expect(page.locator('#notes').getByRole('group', { name: /^1\. / }).getByLabel(/Particularly interesting/)).toBeChecked();
});

test('two tabs on one interview’s notes: the second save says it changed elsewhere and keeps both texts', async ({ page, context }) => {
  const me = newPerson();
  const { id } = completedInterview(me.id);
  await signIn(page, me.email);
  await page.goto(`/interviews/${id}`);
  const other = await context.newPage();
  await other.goto(`/interviews/${id}`);
  await autosaveRunning(other.locator('#notes'));
  for (const p of [page, other]) await p.locator('#talk > summary').click();

  await page.locator('#notes').getByLabel('General notes').fill('From the first tab.');
  await expect(page.locator('#notes').getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await other.locator('#notes').getByLabel('General notes').fill('From the second tab.');
  const alert = other.locator('#notes').getByRole('alert');
  await expect(alert).toContainText('changed elsewhere');
  await expect(alert).toContainText('From the first tab.');
  await expect(alert).toContainText('From the second tab.');
  await alert.getByRole('button', { name: 'Keep mine' }).click();
  await expect(other.locator('#notes').getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  await page.reload();
  await page.locator('#talk > summary').click();
  await expect(page.locator('#notes').getByLabel('General notes')).toHaveValue('From the second tab.');
});
