/**
 * Administration and the audit trail in a real browser (issue 13): an ADMIN creates an agency and a user (an API
 * error shown next to its field), gives and takes a panel role, disables the user, changes a panel's expected range
 * and sends a failed e-mail again; an AUDITOR filters the audit trail; axe finds no serious violation on either page.
 */
import type { Page } from 'playwright-core';
import { demoEmail } from '@marac/identity';
import { BrowserWorld, describeBrowser } from './support/browser.js';

describeBrowser('administration and audit pages', () => {
  let w: BrowserWorld;
  let page: Page;
  const stamp = Date.now().toString(36);
  const agency = `Browser Housing ${stamp}`;
  const userName = `Browser User ${stamp}`;
  beforeAll(async () => {
    w = await BrowserWorld.start();
    page = await w.newPage();
    page.on('dialog', (d) => void d.accept());
  }, 120_000);
  afterAll(async () => {
    w?.report('admin');
    await w?.close();
  });

  it('an admin manages agencies, users and memberships, with errors next to their field', async () => {
    await w.signIn(page, 'admin', '/admin');
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.getByRole('heading', { name: 'Failed e-mails' }).waitFor();
    expect(await w.check(page, 'admin')).toEqual([]);

    const agencyForm = page.getByRole('form', { name: 'Add an agency' });
    await agencyForm.getByLabel('Name').fill(agency);
    await agencyForm.getByLabel('Kind').selectOption('HOUSING');
    await agencyForm.getByRole('button', { name: 'Add agency' }).click();
    await page.getByRole('cell', { name: agency, exact: true }).waitFor();

    const userForm = page.getByRole('form', { name: 'Create a user' });
    await userForm.getByLabel('Full name').fill(userName);
    await userForm.getByLabel('E-mail').fill(`browser.${stamp}@example.test`);
    await userForm.getByLabel('Agency').selectOption({ label: agency });
    await userForm.getByLabel('Password (optional)').fill('short');
    await userForm.getByRole('button', { name: 'Create user' }).click();
    const password = userForm.getByLabel('Password (optional)');
    await page.waitForFunction(
      (el) => el?.getAttribute('aria-invalid') === 'true',
      await password.elementHandle(),
    );
    const describedBy = (await password.getAttribute('aria-describedby'))!;
    const errorText = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    expect(errorText).not.toBe('');

    await password.fill('');
    await userForm.getByRole('button', { name: 'Create user' }).click();
    await userForm.getByText(`${userName} was sent an invitation e-mail.`).waitFor();
    const row = page.getByRole('row').filter({ hasText: userName });
    await row.waitFor();

    const roleForm = page.getByRole('form', { name: `Give ${userName} a panel role` });
    const panelName = (await roleForm.getByLabel('Panel').locator('option').first().textContent())!;
    await roleForm.getByRole('button', { name: 'Add role' }).click();
    await row.getByText(`Agency rep, ${panelName}`).waitFor();
    await row.getByRole('button', { name: `Remove ${userName} from ${panelName}` }).click();
    await page.getByText(`${userName} no longer has a role on ${panelName}.`).waitFor();

    await row.getByRole('button', { name: `Disable ${userName}` }).click();
    await row.getByRole('cell', { name: 'Disabled', exact: true }).waitFor();
    const users = await w.t.ok('admin', `{ users(first: 500) { name disabled memberships { role } } }`);
    expect(users.users.find((u: { name: string }) => u.name === userName)).toEqual({
      name: userName,
      disabled: true,
      memberships: [],
    });
  }, 40_000);

  it('an admin changes a panel expected range and sends a failed e-mail again', async () => {
    const { panels } = await w.t.ok('admin', `{ panels { id name } }`);
    const panel = panels[0];
    await page.getByRole('button', { name: `Settings of ${panel.name}` }).click();
    const form = page.getByRole('form', { name: `Settings of ${panel.name}` });
    await form.getByLabel('Repeat rate, lowest (%)').fill('25');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.getByText(`The settings of ${panel.name} are saved.`).waitFor();
    const after = await w.t.ok('admin', `{ panels { id settings { expectedRanges { figure min max } } } }`);
    const ranges = after.panels.find((p: { id: string }) => p.id === panel.id).settings.expectedRanges;
    expect(ranges).toContainEqual({ figure: 'repeatRate', min: 0.25, max: 0.4 });

    const subject = `browser-failed-${stamp}`;
    await w.t.sql(
      `INSERT INTO outbox (kind, recipient, subject, body, attempts, failed_at, last_error)
       VALUES ('test', 'someone@example.test', $1, 'body', 5, now(), 'SMTP 550')`,
      [subject],
    );
    await page.reload();
    await w.signIn(page, 'admin', '/admin');
    const retry = page.getByRole('button', { name: `Send again: ${subject} to someone@example.test` });
    await retry.click();
    await page.getByText(`"${subject}" to someone@example.test is queued again.`).waitFor();
    const failed = await w.t.ok('admin', `{ failedNotifications { subject } }`);
    expect(failed.failedNotifications.map((m: { subject: string }) => m.subject)).not.toContain(subject);
  }, 40_000);

  it('an auditor filters the audit trail by actor and pages it; axe passes', async () => {
    const p = await w.newPage();
    await w.signIn(p, 'auditor', '/audit');
    await p.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await p.getByText(/Page 1: \d+ events?, oldest first/).waitFor();
    expect(await w.check(p, 'audit')).toEqual([]);

    const [{ id: adminId }] = await w.t.sql<{ id: string }>(
      `SELECT id::text FROM app_user WHERE email = $1`,
      [demoEmail('admin')],
    );
    await p.getByLabel('Actor (user id)').fill(adminId);
    await p.getByRole('button', { name: 'Show events' }).click();
    await p.locator('tbody tr').first().waitFor();
    const actors = await p.$$eval('tbody tr td:nth-child(3)', (tds) => tds.map((td) => td.textContent));
    expect(actors.length).toBeGreaterThan(0);
    expect(new Set(actors)).toEqual(new Set([adminId]));
    const api = await w.t.ok(
      'auditor',
      `query($f: AuditFilter) { auditEvents(filter: $f, first: 100) { id } }`,
      {
        f: { actorId: adminId },
      },
    );
    expect(actors.length).toBe(api.auditEvents.length);
    await p.getByLabel('From', { exact: true }).fill('2000-01-01T00:00');
    await p.getByLabel('To', { exact: true }).fill('1999-01-01T00:00');
    await p.getByRole('button', { name: 'Show events' }).click();
    // next to the To field (the error summary above the form names it too)
    await p
      .locator('.field-error', { has: p.getByLabel('To', { exact: true }) })
      .getByText('must not be before the start')
      .waitFor();
  }, 40_000);
});
