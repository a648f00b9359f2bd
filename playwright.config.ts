import { defineConfig } from '@playwright/test';
import { APP_URL, E2E_PORT as PORT, MAIL_API, OIDC_CLIENT, OIDC_ISSUER, SMTP_PORT } from './e2e/servers/ports';

const baseURL = APP_URL;
const tsx = 'node node_modules/tsx/dist/cli.mjs';

// scripts/e2e.mjs picks the browser (system Chromium first) and passes it here.
const executablePath = process.env.E2E_CHROMIUM || undefined;

// Debian's Chromium is the full browser in headless mode (not Playwright's headless shell): every
// window it opens also starts two renderers for the address bar's WebUI pop-ups, which nobody
// sees here. Measured on the 2-core runner: a new page 780 → 520 ms, a first navigation 240 →
// 120 ms, and those renderers no longer take CPU beside the tests. Chromium keeps only the last
// --disable-features switch, so Playwright's own list (chromiumSwitches.ts) is repeated first.
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];
const UNSEEN_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    // CI keeps only what the run prints, and recording a trace of every action costs a 2-core
    // runner minutes: traces are for local runs.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_BROWSER_UI].join(',')}`,
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    // A real SMTP server the app's sender delivers to (and an API the tests read mail through).
    { command: `exec ${tsx} e2e/servers/mail.ts`, url: `${MAIL_API}/health`, reuseExistingServer: false, timeout: 30_000 },
    // A real OpenID provider for single sign-on.
    { command: `exec ${tsx} e2e/servers/oidc.ts`, url: `${OIDC_ISSUER}/.well-known/openid-configuration`, reuseExistingServer: false, timeout: 30_000 },
    {
      // A fresh database with the demo term, then the production build itself (exec: the PID is the server).
      command: `node scripts/prepare-data.mjs --fresh --quiet && ${tsx} db/seed/index.ts && exec node --import ./scripts/peer-address.mjs node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
      url: `${baseURL}/sign-in`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        DATABASE_PATH: `.e2e/e2e-${PORT}.db`,
        AUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789',
        HM_E2E: '1',
        NEXT_TELEMETRY_DISABLED: '1',
        APP_URL,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        MAIL_FROM: '"Career Centre" <careers@college.test>',
        OIDC_ISSUER,
        OIDC_CLIENT_ID: OIDC_CLIENT.id,
        OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
        OIDC_NAME: OIDC_CLIENT.name,
      },
    },
  ],
});
