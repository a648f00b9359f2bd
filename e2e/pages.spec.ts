import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import {
  clientJsGzipBytes,
  DESKTOP,
  expectNoBogusClassNames,
  expectNoCrushedText,
  expectNoSidewaysScroll,
  expectReadableText,
  PHONE,
  screensTall,
} from './checks';
import { seedWordyStudent } from './data';
import { expect, expectNoAxeViolations, signIn, test, watchPageForCspViolations } from './fixtures';
import { APP_PAGES, resolvePath, VISITOR_EMAIL, type Visitor } from './pages';

// Every page in e2e/pages.ts, at 1280×800 and at 390×844: every text readable against its own
// background (axe reports text the colour of its background as "needs review", not as a
// violation: how green-on-green buttons passed it), no `class="undefined"`, axe at phone size
// (the folded menu, the phone layouts), nothing that scrolls the page sideways on a phone, no text
// squeezed a few letters to a line, at most five phone screens tall (unless the list says why),
// and no more than 10 kB (gzip) of JavaScript beyond the sign-in page (a page the list marks heavy
// is held to its own ceiling until it is slimmed).
//
// E2E_SCREENSHOTS=<dir> also saves a screenshot of each page at both sizes there, to look at.

const JS_BUDGET_BYTES = 10 * 1024;
const MAX_SCREENS = 5;
const screenshots = process.env.E2E_SCREENSHOTS;

// Signing in costs an argon2 hash: once per visitor per worker, then the cookies are reused.
type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;
const states = new Map<Visitor, Promise<StorageState>>();
function stateFor(browser: Browser, baseURL: string | undefined, as: Visitor): Promise<StorageState> {
  let state = states.get(as);
  if (!state) {
    state = (async () => {
      const context = await browser.newContext({ baseURL });
      if (as !== 'anonymous') await signIn(await context.newPage(), VISITOR_EMAIL[as]);
      const s = await context.storageState();
      await context.close();
      return s;
    })();
    states.set(as, state);
  }
  return state;
}

// One browser page per visitor per worker, taken from test to test: on the 2-core runner a new
// context and page cost about half a second, 84 times over. Each test opens its own address in
// it, at desktop size first; a page that closed (a crash) is replaced.
const visitorPages = new Map<Visitor, Promise<Page>>();
async function pageFor(browser: Browser, baseURL: string | undefined, as: Visitor): Promise<Page> {
  const kept = visitorPages.get(as);
  if (kept && !(await kept).isClosed()) return kept;
  const made = (async () => {
    const context = await browser.newContext({ baseURL, viewport: DESKTOP, storageState: await stateFor(browser, baseURL, as) });
    return context.newPage();
  })();
  visitorPages.set(as, made);
  return made;
}

let signInJs: Promise<number> | undefined;

test.beforeAll(() => seedWordyStudent());

for (const entry of APP_PAGES) {
  test(`${entry.name} (${entry.as})`, async ({ browser, baseURL, cspViolations }) => {
    const page = await pageFor(browser, baseURL, entry.as);
    // The page outlives this test, so its console is watched for this test's violations here.
    const stopWatching = watchPageForCspViolations(page, cspViolations);
    try {
      await page.setViewportSize(DESKTOP);
      const target = resolvePath(entry);
      const response = await page.goto(target);
      expect(response?.status(), `${target} answers`).toBe(entry.status ?? 200);
      expect(new URL(page.url()).pathname, 'not sent elsewhere (signed out?)').toBe(new URL(target, baseURL).pathname);

      const shoot = async (size: string) => {
        if (!screenshots) return;
        fs.mkdirSync(screenshots, { recursive: true });
        const file = `${entry.as}-${entry.name}`.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
        await page.screenshot({ path: path.join(screenshots, `${file}-${size}.png`), fullPage: true });
      };

      await test.step('at 1280×800', async () => {
        await expectNoBogusClassNames(page);
        await expectReadableText(page);
        // A sentence ending on a time must not end twice ("3:30 p.m.."): lib/text/sentence.ts endSentence.
        expect.soft(await page.locator('body').innerText(), 'a doubled full stop after a time').not.toMatch(/[ap]\.m\.\./);
        await shoot('1280');
      });

      await test.step('at 390×844', async () => {
        await page.setViewportSize(PHONE);
        await expectNoSidewaysScroll(page);
        await expectNoCrushedText(page);
        await expectReadableText(page);
        await expectNoAxeViolations(page);
        if (!entry.tall) expect.soft(await screensTall(page), 'phone screens tall').toBeLessThanOrEqual(MAX_SCREENS);
        await shoot('390');
      });

      await test.step('JavaScript within 10 kB (gzip) of the sign-in page', async () => {
        signInJs ??= (async () => {
          const anonymous = await browser.newPage({ baseURL });
          await anonymous.goto('/sign-in');
          const bytes = await clientJsGzipBytes(anonymous);
          await anonymous.close();
          return bytes;
        })();
        const extra = (await clientJsGzipBytes(page)) - (await signInJs);
        test.info().annotations.push({ type: 'JavaScript beyond sign-in', description: `${(extra / 1024).toFixed(1)} kB gzip` });
        const budget = entry.heavy ? entry.heavy.kB * 1024 : JS_BUDGET_BYTES;
        expect.soft(extra, `${(extra / 1024).toFixed(1)} kB beyond the sign-in page${entry.heavy ? ` (held at ${entry.heavy.kB} kB: ${entry.heavy.why})` : ''}`).toBeLessThanOrEqual(budget);
      });
    } finally {
      stopWatching();
    }
  });
}
