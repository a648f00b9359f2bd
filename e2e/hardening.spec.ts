import { actionId, e2eDb, newAccount } from './db';
import { credentialsSignIn, E2E_BASE, rawRequest } from './http';
import { expect, expectNotFound, formAlert, signIn, test } from './fixtures';

test.describe('headers', () => {
  test('every page sends a content security policy with a fresh nonce, and the scripts carry it', async ({ page, login }) => {
    const first = await rawRequest({ path: '/sign-in' });
    const second = await rawRequest({ path: '/sign-in' });
    const policy = String(first.headers['content-security-policy']);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(String(second.headers['content-security-policy'])).not.toContain(nonce!);
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    for (const directive of ["frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'"]) expect(policy).toContain(directive);
    const scripts = [...first.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    // No HSTS over plain HTTP; HSTS when a TLS proxy says the request came over HTTPS.
    expect(first.headers['strict-transport-security']).toBeUndefined();
    const overHttps = await rawRequest({ path: '/sign-in', headers: { 'x-forwarded-proto': 'https' } });
    expect(overHttps.headers['strict-transport-security']).toMatch(/max-age=\d{8,}; includeSubDomains/);

    // A signed-in page and the 404 page too; the console fixture fails the test on any violation.
    await login('student');
    for (const path of ['/home', '/contacts', '/account', '/no-such-page']) {
      const response = await page.goto(path);
      expect(response?.headers()['content-security-policy']).toContain("'strict-dynamic'");
    }
  });

  test('the console watch catches a violation: an injected inline handler does not run', async ({ page, cspViolations }) => {
    await page.goto('/sign-in');
    // The classic injection: markup with an inline event handler (a script element made from the
    // page's own trusted code would be allowed by 'strict-dynamic', as it should be).
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:image/png;base64,AAAA" onerror="window.__injected = true">');
    });
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(cspViolations.join('\n')).toMatch(/script-src/);
    cspViolations.splice(0); // provoked on purpose
  });
});

test.describe('malformed calls are refused with a 4xx, never a crash', () => {
  async function adminCookie(): Promise<string> {
    const r = await credentialsSignIn('admin@demo.test', 'horsesmouth', { from: '127.0.0.31' });
    expect(r.session).not.toBeNull();
    return r.session!;
  }

  test('foreign or malformed Origin, wrong types, missing arguments, a 10 MB body', async () => {
    const cookie = await adminCookie();
    const target = newAccount('student', 'malformed');
    const setUserActive = actionId('lib/admin/actions.ts', 'setUserActive');
    const call = (body: string | Buffer, headers: Record<string, string> = {}) =>
      rawRequest({
        method: 'POST',
        path: `/admin/users/${target.id}`,
        body,
        headers: {
          cookie,
          origin: E2E_BASE,
          'next-action': setUserActive,
          'content-type': 'text/plain;charset=UTF-8',
          accept: 'text/x-component',
          'content-length': String(Buffer.byteLength(body)),
          ...headers,
        },
      });
    const active = () => (e2eDb().prepare('select active from users where id = ?').get(target.id) as { active: number }).active;

    expect((await call(`[${target.id},false]`, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await call(`[${target.id},false]`, { origin: 'null' })).status).toBe(403);
    expect((await call(`[${target.id},false]`, { origin: 'not a url' })).status).toBe(403);
    expect((await call(`[${target.id},"false"]`)).status).toBe(404);
    expect((await call(`["${target.id}",false]`)).status).toBe(404);
    expect((await call(`[${target.id}]`)).status).toBe(404);
    expect((await call('[]')).status).toBe(404);
    expect((await call('{not an action call')).status).toBe(400);
    const big = Buffer.alloc(10 * 1024 * 1024, 'a');
    const tooBig = await call(big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toMatch(/Too large/);
    expect(active()).toBe(1);

    // The same call, well formed and from the site, works: the refusals above were not luck.
    expect((await call(`[${target.id},false]`)).status).toBe(200);
    expect(active()).toBe(0);
  });

  test('a form action posted without its FormData, or with a wrong bound id, is a 404', async () => {
    const cookie = await adminCookie();
    const changeUserRole = actionId('lib/admin/actions.ts', 'changeUserRole');
    const send = (body: string) =>
      rawRequest({
        method: 'POST',
        path: '/admin/users/1', // the page whose form carries this action
        body,
        headers: { cookie, origin: E2E_BASE, 'next-action': changeUserRole, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', 'content-length': String(Buffer.byteLength(body)) },
      });
    expect((await send('[1,{"status":"idle"},"role=admin"]')).status).toBe(404);
    expect((await send('[1.5,{"status":"idle"}]')).status).toBe(404);
    expect((await send('[-1,{"status":"idle"}]')).status).toBe(404);
  });
});

test.describe('strict input', () => {
  test('control characters are refused in one-line fields; a textarea’s CRLF is stored as LF', async ({ page }) => {
    const me = newAccount('student', 'controls');
    await signIn(page, me.email);
    for (const bad of ['Pat\u0000Lee', 'Pat\u0007Lee', 'Pat\u0085Lee', 'Pat\u2028Lee']) {
      // A fresh form each time, so the message seen is this try's: a try still on its way would
      // otherwise reset the form (keeping what it sent) over the next one.
      await page.goto('/contacts/new');
      await page.getByLabel('Name', { exact: true }).evaluate((input, value) => ((input as HTMLInputElement).value = value), bad);
      await page.getByRole('button', { name: 'Add contact' }).click();
      await expect(page.locator('#name-error')).toContainText('without line breaks or control characters');
    }
    await page.getByLabel('Name', { exact: true }).fill('Pat Lee');
    await page.getByLabel('Notes').fill('First line\nSecond line\twith a tab');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pat Lee');
    const id = Number(/\/contacts\/(\d+)/.exec(page.url())?.[1]);
    expect(e2eDb().prepare('select notes from contacts where id = ?').get(id)).toEqual({ notes: 'First line\nSecond line\twith a tab' });

    // A bell in a textarea is refused too.
    await page.goto(`/contacts/${id}/edit`);
    await page.getByLabel('Notes').evaluate((area) => ((area as HTMLTextAreaElement).value = 'ring\u0007'));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.locator('#notes-error')).toContainText('control characters');
    await expect(formAlert(page)).toBeVisible();

    // The CSV export carries no raw control character.
    const csv = await rawRequest({ path: '/records/contacts.csv', headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') } });
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('Pat Lee');
    expect(csv.body).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  test('ids in addresses are canonical decimals: any other spelling is a 404', async ({ page }) => {
    const me = newAccount('student', 'ids');
    await signIn(page, me.email);
    await page.goto('/contacts/new');
    await page.getByLabel('Name', { exact: true }).fill('Canon Ical');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Canon Ical');
    const id = Number(/\/contacts\/(\d+)/.exec(page.url())?.[1]);
    expect((await page.goto(`/contacts/${id}`))?.status()).toBe(200);
    for (const spelling of [`0x${id.toString(16)}`, `${id}.0`, `0${id}`, `%20${id}`, `${id}e0`, `+${id}`, `${id}%00`]) {
      await expectNotFound(page, `/contacts/${spelling}`);
    }
    await expectNotFound(page, `/contacts/${id}.0/edit`);
  });
});

test('mailed links take their host from APP_URL; a hostile Host or X-Forwarded-Host never reaches the action that mails one', async ({ page, login, baseURL }) => {
  const target = newAccount('student', 'hostile');
  await login('admin');
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const issuePasswordLink = actionId('lib/admin/actions.ts', 'issuePasswordLink');
  const body = `[${target.id},{"status":"idle"}]`;
  const send = (headers: Record<string, string>) =>
    rawRequest({
      method: 'POST',
      path: `/admin/users/${target.id}`,
      body,
      headers: { cookie, origin: E2E_BASE, 'next-action': issuePasswordLink, 'content-type': 'text/plain;charset=UTF-8', 'content-length': String(body.length), ...headers },
    });
  const mails = () => e2eDb().prepare('select body from outbox where to_user_id = ?').all(target.id) as { body: string }[];
  expect((await send({ host: 'evil.example' })).status).toBe(421);
  expect((await send({ 'x-forwarded-host': 'evil.example' })).status).toBe(421);
  expect((await send({ 'x-forwarded-host': 'evil.example', origin: 'http://evil.example' })).status).toBe(421);
  expect(mails()).toEqual([]);

  // Through the page, the link shown and the one mailed are APP_URL's.
  await page.goto(`/admin/users/${target.id}`);
  await page.getByRole('button', { name: 'Make a password-reset link' }).click();
  const link = await page.getByLabel('One-time link').inputValue();
  expect(link.startsWith(`${baseURL}/set-password/`)).toBe(true);
  expect(mails()).toHaveLength(1);
  expect(mails()[0].body).toContain(`${baseURL}/set-password/`);
});
