import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// scripts/e2e.mjs picks the browser (system Chromium first) and passes it here.
const executablePath = process.env.E2E_CHROMIUM || undefined;

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
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // A fresh database with the demo term, then the production build itself (exec: the PID is the server).
    command: `node scripts/prepare-data.mjs --fresh --quiet && node node_modules/tsx/dist/cli.mjs db/seed/index.ts && exec node --import ./scripts/peer-address.mjs node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `${baseURL}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_PATH: `.e2e/e2e-${PORT}.db`,
      APP_URL: baseURL,
      AUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789',
      HM_E2E: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
