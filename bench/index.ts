// npm run bench: builds (once) a university-sized database, starts the production server on it,
// and reports, per page: latency at one connection, throughput at ten, errors at a hundred, all
// against the framework's floor (the sign-in page, which renders without the database), plus
// the client JavaScript each page ships (gzip). Numbers to read, not a pass/fail test.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { migrateDatabase } from '../db/migrate';
import { hashPassword } from '../lib/auth/password';
import { generate } from './generate';
import { benchGradeSave, ensureGradingData } from './grading';

const OUT = path.join('bench', 'out');
const DB = path.join(OUT, 'bench.db');
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'bench-password';

const log = (s: string) => console.log(`[bench] ${s}`);

async function ensureDatabase() {
  if (fs.existsSync(DB) && !process.argv.includes('--rebuild')) {
    migrateDatabase(DB); // a kept database still gets migrations committed since it was made
    return log(`reusing ${DB} (--rebuild to make it again)`);
  }
  fs.mkdirSync(OUT, { recursive: true });
  for (const s of ['', '-wal', '-shm']) fs.rmSync(DB + s, { force: true });
  migrateDatabase(DB);
  const t = Date.now();
  generate(DB, await hashPassword(PASSWORD), log);
  log(`database made in ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

function ensureBuild() {
  if (fs.existsSync(path.join('.next', 'BUILD_ID')) && !process.argv.includes('--build')) return log('using the existing build (--build to build first)');
  const r = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error('next build failed');
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, DATABASE_PATH: DB, AUTH_SECRET: 'bench-secret-0123456789-0123456789', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${BASE}/sign-in`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error('server did not start');
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie. */
async function sessionCookie(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookies },
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.includes('session-token'));
  if (!session) throw new Error(`could not sign in as ${email}`);
  return session;
}

type Result = { page: string; status: number; p50: number; p95: number; rps1: number; rps10: number; p95at10: number; errorsAt100: number; jsKb: { gzip: number; brotli: number } };

async function timed(url: string, cookie: string): Promise<{ ms: number; ok: boolean; status: number }> {
  const t = performance.now();
  try {
    const res = await fetch(url, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' });
    await res.arrayBuffer();
    return { ms: performance.now() - t, ok: res.status < 400, status: res.status };
  } catch {
    return { ms: performance.now() - t, ok: false, status: 0 };
  }
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function load(url: string, cookie: string, connections: number, perConnection: number) {
  const times: number[] = [];
  let errors = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let i = 0; i < perConnection; i++) {
        const r = await timed(url, cookie);
        times.push(r.ms);
        if (!r.ok) errors++;
      }
    }),
  );
  return { times, errors, rps: times.length / ((performance.now() - t) / 1000) };
}

/** The scripts a modern browser runs for the page (nomodule polyfills are skipped by it), compressed. */
async function clientJsKb(url: string, cookie: string): Promise<{ gzip: number; brotli: number }> {
  const html = await (await fetch(url, { headers: cookie ? { Cookie: cookie } : {} })).text();
  const srcs = [...new Set([...html.matchAll(/<script([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1])).map((m) => /src="([^"]+)"/.exec(m[1])?.[1]).filter((s): s is string => !!s))];
  let gzip = 0;
  let brotli = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer());
    gzip += zlib.gzipSync(body, { level: 9 }).length;
    brotli += zlib.brotliCompressSync(body).length;
  }
  return { gzip: gzip / 1024, brotli: brotli / 1024 };
}

async function measure(page: string, cookie: string): Promise<Result> {
  const url = `${BASE}${page}`;
  await load(url, cookie, 2, 10); // warm up
  const one = await load(url, cookie, 1, 100);
  const ten = await load(url, cookie, 10, 30);
  const hundred = await load(url, cookie, 100, 2);
  const status = (await timed(url, cookie)).status;
  return { page, status, p50: pct(one.times, 50), p95: pct(one.times, 95), rps1: one.rps, rps10: ten.rps, p95at10: pct(ten.times, 95), errorsAt100: hundred.errors, jsKb: await clientJsKb(url, cookie) };
}

async function main() {
  await ensureDatabase();
  const grading = ensureGradingData(DB, await hashPassword(PASSWORD), log);
  ensureBuild();
  const server = await startServer();
  try {
    const student = await sessionCookie('bench.student.300@bench.test');
    const counsellor = await sessionCookie('bench.counsellor.1@bench.test');
    const admin = await sessionCookie('bench.admin@bench.test');
    const grader = await sessionCookie(grading.instructorEmail);
    const pages: Array<[string, string]> = [
      ['/sign-in', ''],
      ['/home', student],
      ['/occupations', student],
      ['/contacts', student],
      ['/contacts?q=ngata', student],
      ['/interviews', student],
      ['/network', student],
      ['/records', student],
      ['/staff', counsellor],
      ['/staff/sections/1', counsellor],
      ['/staff/sections/1?q=zo', counsellor],
      ['/admin', admin],
      ['/admin/users', admin],
      ['/admin/users?q=tremblay&page=3', admin],
      [`/staff/assignments/${grading.smallAssignment}/grade/${grading.smallStudent}`, grader],
      [`/staff/assignments/${grading.bigAssignment}/grade/${grading.bigStudent}`, grader],
      [`/staff/sections/${grading.small}/gradebook`, grader],
      [`/staff/sections/${grading.big}/gradebook`, grader],
      [`/staff/sections/${grading.big}/gradebook?sort=total&dir=desc&page=40`, grader],
      [`/staff/sections/${grading.big}/gradebook/canvas.csv`, grader],
    ];
    const results: Result[] = [];
    for (const [page, cookie] of pages) {
      const r = await measure(page, cookie);
      results.push(r);
      log(`${page} done`);
    }
    const floor = results[0];
    console.log('\npage                                 status  p50 ms  p95 ms  ×floor(p50)  rps@1  rps@10  %floor@10  p95@10  err@100  JS kB gz/br');
    for (const r of results) {
      console.log(
        [
          r.page.padEnd(36),
          String(r.status).padStart(6),
          r.p50.toFixed(1).padStart(7),
          r.p95.toFixed(1).padStart(7),
          (r.p50 / floor.p50).toFixed(2).padStart(12),
          r.rps1.toFixed(0).padStart(6),
          r.rps10.toFixed(0).padStart(7),
          `${((100 * r.rps10) / floor.rps10).toFixed(0)}%`.padStart(10),
          r.p95at10.toFixed(1).padStart(7),
          String(r.errorsAt100).padStart(8),
          `${r.jsKb.gzip.toFixed(0)}/${r.jsKb.brotli.toFixed(0)}`.padStart(11),
        ].join(' '),
      );
    }
    const save = await benchGradeSave(DB, grading);
    console.log(`\ngrade save (one transaction: grade, criteria, audit row; in-process): p50 ${save.p50.toFixed(2)} ms, p95 ${save.p95.toFixed(2)} ms, ${save.perSecond.toFixed(0)}/s`);
    console.log('\nGoals (DESIGN.md): within 2× the floor at one connection, p95 < 50 ms, ≥ 40% of its throughput at ten, no errors at a hundred, < 120 kB JS.');
    fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({ at: new Date().toISOString(), results, gradeSave: save }, null, 2));
  } finally {
    server.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
