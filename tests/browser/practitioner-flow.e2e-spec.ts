/**
 * Issue 13's practitioner flow in a real browser, against the real API serving the production build: a referrer
 * makes a referral with a DASH score of 15; the coordinator triages it, proposes, reorders and publishes an agenda;
 * a rep submits research and sees the deadline; the meeting is run and concluded; the action's e-mail link opens it
 * after sign-in and its owner agency updates it (with a clear answer when someone else changed it first); a housing
 * rep sees no contact details; axe finds no serious violation on each page; no CSP violation anywhere.
 */
import type { Page } from 'playwright-core';
import { setTestClock } from '@marac/core';
import { DEMO_PASSWORD, demoEmail } from '@marac/identity';
import { BrowserWorld, describeBrowser } from './support/browser.js';
import { acceptedCase, person, uniq } from '../support/fixtures.js';

const DAY = 86_400_000;
/** a datetime-local value (the browser runs at UTC) */
const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describeBrowser('practitioner flow in the browser', () => {
  let w: BrowserWorld;
  const family = uniq('Browserflow');
  const phone = '07700 900461';
  let reference = '';
  let meetingPath = '';
  let coordinator: Page;
  const startsAt = Math.floor((Date.now() + 7 * DAY) / 60_000) * 60_000 + (Date.now() % 997) * 60_000;

  beforeAll(async () => {
    w = await BrowserWorld.start();
  }, 120_000);
  afterAll(async () => {
    setTestClock(null);
    w?.report('practitioner-flow');
    await w?.close();
  });
  afterEach(() => expect(w.cspViolations).toEqual([]));

  it('a referrer makes a referral with a DASH score of 15 and follows it', async () => {
    const page = await w.newPage();
    await w.signIn(page, 'referrer', '/referrals/new');
    await page.getByRole('heading', { name: 'New referral' }).waitFor();
    await page.getByLabel('Panel').selectOption({ label: 'Hartlepool MARAC' });
    await page.getByLabel('Given name', { exact: true }).fill('Dana');
    await page.getByLabel('Family name', { exact: true }).fill(family);
    await page.getByLabel('Date of birth', { exact: true }).fill('1991-05-04');
    await page.getByLabel('Phone').fill(phone);
    await page.getByLabel('Address').fill('12 Harbour Walk, Hartlepool');
    await page.getByLabel('Perpetrator’s given name').fill('Rory');
    await page.getByLabel('Perpetrator’s family name').fill(family);
    await page.getByRole('button', { name: 'Add a child' }).click();
    await page.getByLabel('Child’s given name').fill('Sam');
    await page.getByLabel('Child’s family name').fill(family);
    await page.getByLabel('Child’s date of birth').fill('2018-02-01');
    const questions = page.locator('ol.dash select');
    expect(await questions.count()).toBe(24);
    for (let i = 0; i < 15; i++) await questions.nth(i).selectOption('YES');
    await page.getByText('DASH score: 15 of 24 — high risk (14 or more)').waitFor();
    await page
      .getByLabel('The victim’s views, in their own words where possible')
      .fill('She wants the contact to stop.');
    expect(await w.check(page, 'referrer-referral-form')).toEqual([]);

    // the API's refusal is shown next to the field it names: no lawful basis yet
    await page.getByRole('button', { name: 'Submit the referral' }).click();
    const fieldError = page
      .locator('.field-error', { has: page.getByLabel('Lawful basis for sharing') })
      .locator('.error');
    await fieldError.waitFor();
    await page.getByLabel('Lawful basis for sharing').fill('Crime and Disorder Act 1998 s115');
    await page.getByRole('button', { name: 'Submit the referral' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'has been submitted' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('with a DASH score of 15');
    reference = (await notice.locator('strong').textContent())!;
    expect(reference).toMatch(/^MARAC-/);

    await page.getByRole('link', { name: 'My referrals' }).first().click();
    const row = page.getByRole('row', { name: new RegExp(reference) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Submitted');
    expect(await w.check(page, 'referrer-main')).toEqual([]);
  });

  it('the coordinator triages it, schedules a meeting, proposes, reorders and publishes the agenda', async () => {
    coordinator = await w.newPage();
    const page = coordinator;
    let t0 = Date.now();
    await page.goto(`${w.url}/`);
    await page.getByLabel('E-mail address').waitFor();
    w.timings['navigation to sign-in form visible'] = Date.now() - t0;
    await page.getByLabel('E-mail address').fill(demoEmail('marac.coordinator'));
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    t0 = Date.now();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Referrals inbox' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    w.timings['sign-in to first list shown (referrals inbox)'] = Date.now() - t0;

    const row = page.getByRole('row', { name: new RegExp(reference) });
    await row.waitFor();
    expect(await w.check(page, 'coordinator-main')).toEqual([]);
    await page.getByRole('button', { name: `Accept ${reference}` }).click();
    await row.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Meetings' }).click();
    await page.getByRole('heading', { name: 'Meetings' }).waitFor();
    await page.getByLabel('Starts at').fill(local(startsAt));
    await page.getByLabel('Place', { exact: true }).fill('Civic Centre, room 2');
    await page.getByRole('button', { name: 'Schedule the meeting' }).click();
    await page.getByRole('status').filter({ hasText: 'Scheduled:' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    meetingPath = new URL(page.url()).pathname;

    // a second accepted case, so that there is something to reorder
    await acceptedCase(w.t, await w.t.panelId('MARAC'), { subject: person() });
    await page.getByRole('button', { name: 'Propose the agenda' }).click();
    const item = page.locator('ol.agenda li', { hasText: reference });
    await item.waitFor();
    const items = page.locator('ol.agenda li');
    await items.nth(1).waitFor();
    const n = await items.count();
    expect(n).toBeGreaterThan(1);
    {
      // keyboard reorder: focus the button and press Enter
      const before = await items.evaluateAll(
        (els, ref) => els.findIndex((e) => e.textContent!.includes(ref as string)),
        reference,
      );
      const button = page.getByRole('button', {
        name: before === 0 ? `Move ${reference} down` : `Move ${reference} up`,
      });
      await button.focus();
      await page.keyboard.press('Enter');
      await page.getByText(`${reference} moved to position`).waitFor({ state: 'attached' });
      const after = await items.evaluateAll(
        (els, ref) => els.findIndex((e) => e.textContent!.includes(ref as string)),
        reference,
      );
      expect(after).toBe(before === 0 ? 1 : before - 1);
      // and back by drag and drop
      await items.nth(after).dragTo(items.nth(before));
      await page.getByText(`${reference} moved to position ${before + 1}`).waitFor({ state: 'attached' });
    }
    expect(await w.check(page, 'coordinator-agenda-builder')).toEqual([]);
    await page.getByRole('button', { name: 'Publish the agenda' }).click();
    await page.locator('.page-head .status', { hasText: 'Agenda published' }).waitFor();
  });

  it('a rep opens the meeting from a link, sees the research deadline and submits research', async () => {
    const page = await w.newPage();
    await w.signIn(page, 'police.rep', meetingPath);
    await page.getByText('Research due by').first().waitFor();
    const form = page.getByRole('form', { name: `Research for ${reference}` });
    await form.waitFor();
    expect(await form.textContent()).toMatch(/Due by \d/);
    await form.getByRole('textbox').fill('Two call-outs in March; bail conditions in place.');
    await form.getByRole('button', { name: 'Submit research' }).click();
    await page.locator('.research li', { hasText: 'bail conditions in place' }).first().waitFor();
    expect(await w.check(page, 'rep-research')).toEqual([]);
  });

  it('the meeting is run (attendance, minutes, an action) and concluded', async () => {
    setTestClock(new Date(startsAt + 3600_000));
    const page = coordinator;
    await page.getByRole('link', { name: 'Meetings' }).click();
    await page
      .getByRole('link', {
        name: new Date(startsAt).toLocaleString('en-GB', {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: 'Europe/London',
        }),
      })
      .click();
    await page.getByRole('heading', { name: 'Attendance' }).waitFor();
    await page.getByLabel('Attendance of Cleveland Police (Hartlepool)').selectOption('PRESENT');
    const minutes = page.locator('form[aria-label^="Minutes for"]');
    const count = await minutes.count();
    for (let i = 0; i < count; i++) {
      const f = minutes.nth(i);
      await f.getByRole('textbox').fill('Discussed; safety plan agreed.');
      await f.getByRole('button', { name: 'Save the minutes' }).click();
      await f.getByText('Saved.').waitFor();
    }
    const action = page.getByRole('form', { name: `New action for ${reference}` });
    await action.getByLabel(`Action for ${reference}`).fill('Serve a non-molestation order reminder');
    await action.getByLabel('Owner agency').selectOption({ label: 'Cleveland Police (Hartlepool)' });
    await action.getByLabel('Due date').fill(new Date(startsAt + 30 * DAY).toISOString().slice(0, 10));
    await action.getByRole('button', { name: 'Add the action' }).click();
    await page.getByRole('link', { name: 'Serve a non-molestation order reminder' }).waitFor();
    expect(await w.check(page, 'coordinator-meeting')).toEqual([]);
    await page.getByRole('button', { name: 'Conclude the meeting' }).click();
    await page.locator('.page-head .status', { hasText: 'Concluded' }).waitFor();
  });

  it('the e-mail link of the action opens it after sign-in; its owner agency updates it, and a conflict is explained', async () => {
    const [mail] = await w.t.sql<{ body: string }>(
      `SELECT body FROM outbox WHERE kind = 'action.created' AND recipient = $1 ORDER BY id DESC LIMIT 1`,
      [demoEmail('police.rep')],
    );
    const link = mail.body.match(/http:\/\/127\.0\.0\.1:\d+\/actions\/[0-9a-f-]+/)![0];
    const page = await w.newPage();
    await page.goto(link);
    await page.getByLabel('E-mail address').fill(demoEmail('police.rep'));
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByText('Serve a non-molestation order reminder')
      .first()
      .waitFor()
      .catch(async (e) => {
        throw new Error(`${e.message}\n${page.url()}\n${await page.locator('body').innerText()}`);
      });
    expect(new URL(page.url()).pathname).toBe(new URL(link).pathname);

    // someone else changes it first: the rep's update is refused in words, and the newer version shown
    const id = new URL(link).pathname.split('/').pop();
    await w.t.ok(
      'marac.coordinator',
      `mutation($i: UpdateActionInput!) { updateAction(input: $i) { version } }`,
      {
        i: { actionId: id, expectedVersion: 1, status: 'OPEN', note: 'Chased by the coordinator' },
      },
    );
    await page.getByLabel('New status').selectOption('IN_PROGRESS');
    await page.getByLabel('What was done').fill('Order served in person.');
    await page.getByRole('button', { name: 'Save the update' }).click();
    await page.getByText('Someone else changed this action after you opened it.').waitFor();
    await page.getByText('Chased by the coordinator').waitFor();
    await page.getByLabel('What was done').fill('Order served in person.');
    await page.getByRole('button', { name: 'Save the update' }).click();
    await page.getByText('The update is saved.').waitFor();
    await page.locator('ol li', { hasText: 'Order served in person.' }).waitFor();
    expect(await w.check(page, 'rep-action')).toEqual([]);

    await page.getByRole('link', { name: 'Cases' }).click();
    await page.locator('tbody tr').first().waitFor();
    expect(await w.check(page, 'rep-main')).toEqual([]);
  });

  it('a housing rep sees no contact details anywhere', async () => {
    const page = await w.newPage();
    await w.signIn(page, 'housing.rep', `/cases/${reference}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page
      .locator('main')
      .getByText(/Case |does not exist/)
      .first()
      .waitFor();
    const text = (await page.locator('main').textContent())!;
    expect(text).not.toContain(phone);
    expect(text).not.toContain('Harbour Walk');
    expect(text).not.toMatch(/Safe to call/);
    expect(await w.check(page, 'housing-rep-case')).toEqual([]);
    await page.getByRole('link', { name: 'Cases' }).click();
    await page.locator('tbody tr').first().waitFor();
    expect((await page.locator('main').textContent())!).not.toContain(phone);
    expect(await w.check(page, 'housing-rep-main')).toEqual([]);
  });

  it('an IDVA rep records victim contact and a further incident on the case', async () => {
    const page = await w.newPage();
    await w.signIn(page, 'idva.rep', `/cases/${reference}`);
    await page.getByRole('heading', { name: `Case ${reference}` }).waitFor();
    const contact = page.getByRole('form', { name: 'Record victim contact' });
    await contact.getByLabel('Engagement after this contact').selectOption('ENGAGED');
    await contact.getByLabel('Contact note').fill('Safety planning call.');
    await contact.getByRole('button', { name: 'Record the contact' }).click();
    await page.getByText('The contact is recorded.').waitFor();
    await page.locator('dl.facts', { hasText: 'IDVA engagement' }).getByText('Engaged').waitFor();

    const incident = page.getByRole('form', { name: 'Record a further incident' });
    await incident.getByLabel('Kind of incident').selectOption('UNWANTED_CONTACT');
    await incident.getByLabel('Note').fill('Texts received overnight.');
    await incident.getByRole('button', { name: 'Record the incident' }).click();
    await page.getByText(/The incident is recorded/).waitFor();
    await page
      .locator('section', { hasText: 'Further incidents' })
      .getByText('Unwanted contact')
      .first()
      .waitFor();
    expect(await w.check(page, 'idva-rep-case')).toEqual([]);
  });
});
