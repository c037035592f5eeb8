/**
 * The web client's shell (issue 13): the API serves the built client with its own CSP and an SPA fallback for the
 * routes e-mails link to; a signed-out visit goes to sign-in and back; sign-out forgets everything; nothing is kept
 * in the browser's storage; axe finds no serious violation on the sign-in page.
 */
import request from 'supertest';
import type { Page } from 'playwright-core';
import { BrowserWorld, describeBrowser } from './support/browser.js';

describeBrowser('web client shell', () => {
  let w: BrowserWorld;
  let page: Page;
  beforeAll(async () => {
    w = await BrowserWorld.start();
    page = await w.newPage();
  }, 120_000);
  afterAll(async () => {
    w?.report('client-shell');
    await w?.close();
  });

  it('serves the client at the routes e-mails link to, with its own CSP; the API paths stay the API', async () => {
    const http = request(w.t.app.getHttpServer());
    for (const path of [
      '/',
      '/sign-in',
      '/cases/MARAC-HPL-2026-0001',
      '/meetings/123',
      '/actions/45',
      '/actions',
      '/dashboard',
    ]) {
      const res = await http.get(path);
      expect([path, res.status, res.headers['content-type']]).toEqual([
        path,
        200,
        'text/html; charset=utf-8',
      ]);
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).toContain("connect-src 'self'");
      expect(res.text).not.toMatch(/<script>/); // no inline script
    }
    const health = await http.get('/health');
    expect(health.headers['content-type']).toMatch(/json/);
    expect(health.headers['content-security-policy']).toContain("default-src 'none'");
    const unknown = await http.get('/no-such-path');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-security-policy']).toContain("default-src 'none'");
    const gql = await http
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }' });
    expect(gql.status).toBe(200);
    expect(gql.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('a signed-out visit goes to sign-in, then back to where the link pointed; sign-out forgets the session', async () => {
    let t0 = Date.now();
    await page.goto(`${w.url}/actions`);
    await page.getByLabel('E-mail address').waitFor();
    w.timings['navigation to sign-in form visible'] = Date.now() - t0;
    expect(await w.check(page, 'sign-in')).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await page.getByLabel('E-mail address').fill('marac.coordinator@demo.marac.local');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The e-mail address or the password is not right.').waitFor();

    await page.getByLabel('Password').fill('demo-password-2026');
    t0 = Date.now();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    w.timings['sign-in to first page shown'] = Date.now() - t0;
    expect(new URL(page.url()).pathname).toBe('/actions');
    const storage = await page.evaluate(
      '({ local: localStorage.length, session: sessionStorage.length, cookies: document.cookie })',
    );
    expect(storage).toEqual({ local: 0, session: 0, cookies: '' });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('E-mail address').waitFor();
    // back to a signed-in page without reloading: the session is gone from memory, so sign-in again
    await page.evaluate(
      "history.pushState({}, '', '/actions'); dispatchEvent(new PopStateEvent('popstate'))",
    );
    await page.getByLabel('E-mail address').waitFor();
    expect(await page.getByRole('heading', { name: 'Actions' }).count()).toBe(0);
    expect(w.cspViolations).toEqual([]);
  });
});
