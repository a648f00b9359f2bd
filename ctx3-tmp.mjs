import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
const flags = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', ...flags] });
const c = await browser.newContext(); const p = await c.newPage(); await p.goto('data:text/html,<p>hi</p>');
await new Promise((r) => setTimeout(r, 3000));
console.log(execSync("ps -eo pcpu,time,args | grep '[c]hromium' | sed -E 's/--(enable-crash-reporter|crashpad|lang|service-sandbox|user-data-dir|metrics|field-trial|shared-files|change-stack|num-raster|time-ticks|launch-time|no-sandbox|noerr|disable-dev|disable-breakpad|disable-gpu|use-angle|enable-blink)[^ ]*//g' | cut -c1-230").toString());
await browser.close();
