import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type BrowserContext, type ConsoleMessage, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoStudents } from '../db/seed/demo';

export type DemoRole = 'student' | 'counsellor' | 'instructor' | 'admin';

export const DEMO_EMAIL: Record<DemoRole, string> = {
  student: 'student@demo.test',
  counsellor: 'counsellor@demo.test',
  instructor: 'instructor@demo.test',
  admin: 'admin@demo.test',
};

export const HOME_HEADING: Record<DemoRole, RegExp> = {
  student: /^Hello, /,
  counsellor: /^My sections$/,
  instructor: /^My sections$/,
  admin: /^Admin$/,
};

/** Seeded students, for tests that must not share an account with another test. */
export const STUDENTS = demoStudents();

export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in the way a person does and waits for the home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<Page> {
  await signInThroughForm(page, email, password);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

/** The form's own message (Next's route announcer is an alert region too, outside main). */
export const formAlert = (page: Page) => page.getByRole('main').getByRole('alert');
export const formStatus = (page: Page) => page.getByRole('main').getByRole('status');

/**
 * Waits until every autosaving form under `scope` runs (its data-autosave mark reads "on"). A
 * second tab opened on the same text must be running before the first one types: a tab still
 * starting takes the other tab's browser copy as its own (rightly, but then nothing conflicts).
 */
export async function autosaveRunning(scope: Page | Locator): Promise<void> {
  await expect(scope.locator('[data-autosave="on"]').first()).toBeAttached();
  await expect(scope.locator('[data-autosave="starting"]')).toHaveCount(0);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // After a client-side navigation (a server action's redirect) Next puts the new page's <title>
  // in a moment after its content: axe once ran in that gap and found no title. Wait for the title
  // a person would see; a page that never gets one still fails here.
  await expect(page).toHaveTitle(/\S/);
  // Measured: half of every call went to the blank page the default mode opens to merge results
  // across frames; the app has no cross-origin frames, so axe.run in the page itself (legacy mode)
  // sees the same. resultTypes: only violations are read, so axe builds no selectors for passes.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] }) // before withTags: options() replaces the whole option object
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function expectNotFound(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
}

/**
 * Moves this browser's clock (the e2e server honours the cookie; no other server does), so a
 * test can stand "3 days later" without sleeping.
 */
export async function setClock(page: Page, at: Date, baseURL = 'http://127.0.0.1:3100'): Promise<void> {
  await page.context().addCookies([{ name: 'hm-test-now', value: String(at.getTime()), url: baseURL }]);
}

type Fixtures = {
  /**
   * Every page of every browser context a test opens is watched for content-security-policy
   * violations reported in the console; a test with any fails. A test that provokes one on
   * purpose takes the list and empties it.
   */
  cspViolations: string[];
  /** Signs this test's page in as a demo role through the sign-in form. */
  login: (role: DemoRole) => Promise<Page>;
  /** A separate browser (its own cookies) signed in as any e-mail. */
  signInElsewhere: (email: string) => Promise<Page>;
};

async function newPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

const CSP_MESSAGE = /Content[ -]Security[ -]Policy/i;

/** Each test's violation list, and how to watch one more context for it. */
const violationsWatcher = new WeakMap<string[], (ctx: BrowserContext) => void>();

/** A console listener that adds each content-security-policy violation to `violations`. */
function cspListener(violations: string[]) {
  return (message: ConsoleMessage) => {
    if (CSP_MESSAGE.test(message.text())) violations.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
  };
}

/** Watches one page (one that outlives a test) for this test's violations, until the returned function is called. */
export function watchPageForCspViolations(page: Page, violations: string[]): () => void {
  const onConsole = cspListener(violations);
  page.on('console', onConsole);
  return () => page.off('console', onConsole);
}

export const test = base.extend<Fixtures>({
  cspViolations: [
    async ({ browser }, use) => {
      const violations: string[] = [];
      const watched = new WeakSet<BrowserContext>();
      const watch = (ctx: BrowserContext) => {
        if (watched.has(ctx)) return;
        watched.add(ctx);
        ctx.on('console', cspListener(violations));
      };
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const ctx = await newContext(options);
        watch(ctx);
        return ctx;
      };
      // The test's own context is watched by the `context` fixture below, and made only when a
      // test asks for it (a test that opens its own contexts no longer pays for an unused one).
      violationsWatcher.set(violations, watch);
      await use(violations);
      browser.newContext = newContext;
      expect(violations, 'content-security-policy violations reported in the console').toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, cspViolations }, use) => {
    violationsWatcher.get(cspViolations)?.(context);
    await use(context);
  },
  login: async ({ page }, use) => {
    await use((role) => signIn(page, DEMO_EMAIL[role]));
  },
  signInElsewhere: async ({ browser, baseURL }, use) => {
    const pages: Page[] = [];
    await use(async (email) => {
      const page = await newPage(browser, baseURL);
      pages.push(page);
      return signIn(page, email);
    });
    for (const p of pages) await p.context().close();
  },
});

export { expect };
