import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appUrl } from './app-url';

describe('appUrl', () => {
  it('is APP_URL, without a trailing slash; no request header is ever read', () => {
    expect(appUrl({ APP_URL: 'https://careers.example.edu/' })).toBe('https://careers.example.edu');
  });
  it('is localhost and its port in the embedded demo', () => {
    expect(appUrl({})).toBe('http://localhost:3000');
    expect(appUrl({ PORT: '4000' })).toBe('http://localhost:4000');
  });
  it('refuses to guess in a deployment', () => {
    expect(() => appUrl({ DATABASE_PATH: '/srv/hm.db' })).toThrow(/APP_URL/);
  });
});

describe('start-up (scripts/prepare-data.mjs)', () => {
  const run = (env: Record<string, string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hm-start-'));
    const { PATH, HOME } = process.env;
    const r = spawnSync(process.execPath, ['scripts/prepare-data.mjs', '--quiet'], {
      env: { PATH, HOME, DATABASE_PATH: path.join(dir, 'hm.db'), AUTH_SECRET: 'a-secret-for-this-test-0123456789', ...env } as unknown as NodeJS.ProcessEnv,
      encoding: 'utf8',
    });
    fs.rmSync(dir, { recursive: true, force: true });
    return r;
  };

  it('refuses a deployment without APP_URL, or with one that is not an address', () => {
    const missing = run({});
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/APP_URL is not set/);
    const wrong = run({ APP_URL: 'careers.example.edu/path' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/APP_URL must be/);
  });

  it('starts with one', () => {
    expect(run({ APP_URL: 'https://careers.example.edu' }).status).toBe(0);
  });
});
