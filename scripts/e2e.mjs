// npm run test:e2e [-- playwright args]: finds a Chromium, builds the app, runs Playwright.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

function findChromium() {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

async function playwrightsOwnChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const p = chromium.executablePath();
    return p && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const system = findChromium();
const own = system ? null : await playwrightsOwnChromium();
if (!system && !own) {
  console.error('No Chromium found: install one (apt-get install chromium, or npx playwright install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', E2E_CHROMIUM: system ?? '' };

if (process.env.E2E_SKIP_BUILD !== '1') {
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const result = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
