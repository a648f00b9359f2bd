// npm run demo [-- --reset]: build if needed, prepare the embedded database, seed the demo term
// when it is empty, and serve on PORT (default 3000). Existing data is kept unless --reset.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath, ensureAppUrl, ensureSecret, migrateDatabase, removeDatabase } from './prepare-data.mjs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function buildIsStale() {
  const buildId = path.join('.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ['app', 'components', 'lib', 'db', 'package-lock.json', 'next.config.mjs', 'proxy.ts', 'postcss.config.mjs'];
  return sources.some((s) => newestMtime(s) > built);
}

if (process.argv.includes('--reset')) {
  removeDatabase();
  console.log(`Removed ${databasePath()}; starting over.`);
}
if (buildIsStale()) run(process.execPath, ['node_modules/next/dist/bin/next', 'build']);
ensureSecret();
ensureAppUrl();
migrateDatabase();
run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'db/seed/index.ts']);

const port = process.env.PORT || '3000';
// The preload gives the app each request's real peer address (lib/auth/client-address.ts).
const args = ['--import', './scripts/peer-address.mjs', 'node_modules/next/dist/bin/next', 'start', '-p', port];
if (process.env.HOSTNAME) args.push('-H', process.env.HOSTNAME);
console.log(`\nHorse's Mouth: http://${process.env.HOSTNAME || 'localhost'}:${port}\nSign in as student@demo.test, counsellor@demo.test, instructor@demo.test or admin@demo.test, password horsesmouth.\n`);
const server = spawn(process.execPath, args, { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
