import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { ReminderService } from '@marac/actions';
import { Db, loadConfig, londonToday, RequestContext, setTestClock } from '@marac/core';
import {
  DispatcherService,
  MAX_ATTEMPTS,
  OutboxRepository,
  OutboxService,
  type Recipients,
} from '@marac/notifications';
import { AuthService, demoEmail } from '@marac/identity';
import { createApp } from '../apps/api/src/create-app.js';
import { ALL_DEMO_USERS, startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import {
  CREATE_ACTION,
  CREATE_REFERRAL,
  TRIAGE,
  UPDATE_ACTION,
  dash,
  person,
  referral,
} from './support/fixtures.js';

interface Received {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
}

/** A real SMTP server on loopback that records what it receives. */
class Inbox {
  readonly mail: Received[] = [];
  private server: SMTPServer | null = null;
  constructor(readonly port: number) {}

  start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, done) => {
        simpleParser(stream)
          .then((m) => {
            this.mail.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: m.subject ?? '',
              text: m.text ?? '',
              messageId: m.messageId ?? '',
            });
            done();
          })
          .catch(done);
      },
    });
    return new Promise((ok) => this.server!.listen(this.port, '127.0.0.1', () => ok()));
  }
  stop(): Promise<void> {
    return new Promise((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }
}

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

let t: TestApp;
let inbox: Inbox;
let dispatcher: DispatcherService;
let marac: string;
let housing: string;

beforeAll(async () => {
  inbox = new Inbox(await freePort());
  await inbox.start();
  t = await startTestApp({
    SMTP_URL: `smtp://127.0.0.1:${inbox.port}`,
    PUBLIC_URL: 'https://marac.example.test',
  });
  dispatcher = t.app.get(DispatcherService);
  marac = await t.panelId('MARAC');
  housing = (await t.sql(`SELECT id FROM agency WHERE kind = 'HOUSING'`))[0].id;
  // the template's demo data queued messages: deliver them first so each test sees only its own
  while ((await dispatcher.runOnce()).sent > 0);
  inbox.mail.length = 0;
});
afterEach(() => setTestClock(null));
afterAll(async () => {
  setTestClock(null);
  await t.close();
  await inbox.stop();
});

const ok = (user: DemoUser, query: string, variables: Record<string, unknown>) =>
  t.ok(user, query, variables);
const drain = async () => {
  let total = 0;
  for (;;) {
    const { sent } = await dispatcher.runOnce();
    if (!sent) return total;
    total += sent;
  }
};
const outboxCount = async () => (await t.sql('SELECT count(*)::int AS n FROM outbox'))[0].n as number;
const emailOf = async (user: DemoUser) =>
  (await t.sql('SELECT email FROM app_user WHERE id = $1', [await t.userId(user)]))[0].email as string;

describe('what is sent, to whom, and that it carries no personal data', () => {
  it('referral triaged, agenda published, action created and reassigned', async () => {
    const secrets = {
      givenName: 'Zelda',
      familyName: 'Quixotic-Ravensworth',
      dateOfBirth: '1979-08-17',
      address: '99 Confidential Crescent',
      phone: '07700 900999',
      safeContactNotes: 'Only via her sister',
      riskSummary: 'Threatened with a knife in front of the children',
      description: 'Arrange covert alarm installation',
      minutes: 'Perpetrator released on licence',
    };
    const c = (
      await ok('referrer', CREATE_REFERRAL, {
        input: referral(marac, {
          subject: person({
            givenName: secrets.givenName,
            familyName: secrets.familyName,
            dateOfBirth: secrets.dateOfBirth,
            contact: {
              address: secrets.address,
              phone: secrets.phone,
              safeContactNotes: secrets.safeContactNotes,
            },
          }),
          riskSummary: secrets.riskSummary,
          dashAnswers: dash(18),
        }),
      })
    ).createReferral;
    await ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    const m = (
      await ok(
        'marac.coordinator',
        `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`,
        { i: { panelId: marac, startsAt: '2026-11-10T10:00:00Z' } }, // in the past: minutes are recorded from the start
      )
    ).scheduleMeeting;
    const item = (
      await ok(
        'marac.coordinator',
        `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`,
        { m: m.id, c: c.id },
      )
    ).addCaseToAgenda;
    await ok(
      'marac.coordinator',
      `mutation($i: ID!, $t: String!) { recordMinutes(agendaItemId: $i, minutes: $t) { id } }`,
      { i: item.id, t: secrets.minutes },
    );
    await ok('marac.coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m) { id } }`, { m: m.id });
    const a = (
      await ok('marac.chair', CREATE_ACTION, {
        i: {
          caseId: c.id,
          agendaItemId: item.id,
          description: secrets.description,
          ownerAgencyId: housing,
          dueDate: '2027-02-01',
        },
      })
    ).createAction;
    await ok('housing.rep', UPDATE_ACTION, {
      i: {
        actionId: a.id,
        status: 'IN_PROGRESS',
        note: 'Taking it',
        expectedVersion: 1,
        assigneeId: await t.userId('housing.rep'),
      },
    });

    expect(await drain()).toBeGreaterThan(0);
    const to = (email: string) => inbox.mail.filter((x) => x.to.includes(email));
    const [referrer, police, idva, csc, housingRep, coordinator] = await Promise.all(
      (
        ['referrer', 'police.rep', 'idva.rep', 'csc.rep', 'housing.rep', 'marac.coordinator'] as DemoUser[]
      ).map(emailOf),
    );
    expect(to(referrer).map((x) => x.subject)).toEqual([`Referral ${c.reference} accepted`]);
    for (const rep of [police, idva, csc, housingRep]) {
      expect(to(rep).some((x) => x.subject === 'Hartlepool MARAC: agenda published for 2026-11-10')).toBe(
        true,
      );
    }
    expect(to(housingRep).map((x) => x.subject)).toEqual(
      expect.arrayContaining([
        `Action assigned on case ${c.reference}, due 2027-02-01`,
        `Action reassigned on case ${c.reference}, due 2027-02-01`,
      ]),
    );
    expect(to(police).some((x) => x.subject.startsWith('Action'))).toBe(false); // not the owner agency
    expect(to(coordinator)).toEqual([]);
    for (const mail of inbox.mail) {
      const all = `${mail.subject}\n${mail.text}`;
      for (const secret of Object.values(secrets)) expect(all).not.toContain(secret);
      expect(all).toContain('https://marac.example.test/');
    }
  });

  it('a mutation that fails writes no outbox row', async () => {
    const c = (await ok('referrer', CREATE_REFERRAL, { input: referral(marac) })).createReferral;
    await ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    const before = await outboxCount();
    expect((await t.as('marac.chair')(TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } })).code).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      (
        await t.as('marac.chair')(CREATE_ACTION, {
          i: {
            caseId: c.id,
            description: 'x',
            ownerAgencyId: housing,
            dueDate: '2027-01-01',
            assigneeId: await t.userId('police.rep'),
          },
        })
      ).code,
    ).toBe('BAD_USER_INPUT');
    const a = (
      await ok('marac.chair', CREATE_ACTION, {
        i: { caseId: c.id, description: 'x', ownerAgencyId: housing, dueDate: '2027-01-01' },
      })
    ).createAction;
    const after = await outboxCount();
    expect(after).toBeGreaterThan(before); // the successful one queued its messages
    const stale = await t.as('marac.chair')(UPDATE_ACTION, {
      i: {
        actionId: a.id,
        status: 'OPEN',
        note: 'x',
        expectedVersion: 7,
        assigneeId: await t.userId('housing.rep'),
      },
    });
    expect(stale.code).toBe('CONFLICT');
    expect(await outboxCount()).toBe(after);
    await drain();
  });
});

describe('delivery', () => {
  const enqueue = (n: number, prefix: string) =>
    t.sql(
      `INSERT INTO outbox (kind, recipient, subject, body) SELECT 'test', 'someone@example.test', $1::text || g, 'body' FROM generate_series(1, $2::int) g`,
      [prefix, n],
    );

  it('with the SMTP server down nothing is lost: retried with backoff, and everything arrives once it is back', async () => {
    await enqueue(5, 'down-');
    await inbox.stop();
    const first = await dispatcher.runOnce();
    expect(first).toEqual({ sent: 0, failed: 5 });
    const rows = await t.sql(
      `SELECT attempts, sent_at, failed_at, available_at > now() AS later, last_error FROM outbox WHERE subject LIKE 'down-%'`,
    );
    expect(rows.every((r) => r.attempts === 1 && r.sent_at === null && r.failed_at === null && r.later)).toBe(
      true,
    );
    expect(rows[0].last_error).not.toContain('someone@example.test');
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, failed: 0 }); // backing off
    await inbox.start();
    await t.sql(`UPDATE outbox SET available_at = now() WHERE subject LIKE 'down-%'`); // time passes
    expect(await drain()).toBe(5);
    expect(inbox.mail.filter((m) => m.subject.startsWith('down-')).length).toBe(5);
    expect(await drain()).toBe(0);
  });

  it(`after ${MAX_ATTEMPTS} failed attempts a message is kept as failed, visible to ADMIN, and can be retried`, async () => {
    await enqueue(1, 'dead-');
    await inbox.stop();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await t.sql(`UPDATE outbox SET available_at = now() WHERE subject = 'dead-1' AND failed_at IS NULL`);
      await dispatcher.runOnce();
    }
    await inbox.start();
    const [row] = await t.sql(
      `SELECT id::text, attempts, failed_at IS NOT NULL AS failed FROM outbox WHERE subject = 'dead-1'`,
    );
    expect(row).toMatchObject({ attempts: MAX_ATTEMPTS, failed: true });
    await drain();
    expect(inbox.mail.some((m) => m.subject === 'dead-1')).toBe(false);
    const Q = `{ failedNotifications { id subject attempts lastError } }`;
    const seen = (await ok('admin', Q, {})).failedNotifications;
    expect(seen.find((x: any) => x.id === row.id)).toMatchObject({
      subject: 'dead-1',
      attempts: MAX_ATTEMPTS,
    });
    for (const user of ['marac.coordinator', 'police.rep', 'auditor', 'strategic'] as DemoUser[]) {
      expect((await t.as(user)(Q, {})).code).toBe('FORBIDDEN');
    }
    const RETRY = `mutation($id: ID!) { retryNotification(id: $id) { id attempts } }`;
    expect((await t.as('marac.coordinator')(RETRY, { id: row.id })).code).toBe('FORBIDDEN');
    expect((await ok('admin', RETRY, { id: row.id })).retryNotification.attempts).toBe(0);
    expect(await drain()).toBe(1);
    expect(inbox.mail.filter((m) => m.subject === 'dead-1').length).toBe(1);
    expect((await t.as('admin')(RETRY, { id: row.id })).code).toBe('NOT_FOUND');
  });

  it('two dispatchers on the same outbox deliver each message exactly once', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: t.databaseUrl,
      SMTP_URL: `smtp://127.0.0.1:${inbox.port}`,
    });
    const second = await createApp(config, t.databaseUrl);
    await second.init();
    try {
      const other = second.get(DispatcherService);
      await enqueue(60, 'pair-');
      const loop = async (d: DispatcherService) => {
        let n = 0;
        for (;;) {
          const { sent } = await d.runOnce(7);
          if (!sent) return n;
          n += sent;
        }
      };
      const [a, b] = await Promise.all([loop(dispatcher), loop(other)]);
      expect(a + b).toBe(60);
      const got = inbox.mail.filter((m) => m.subject.startsWith('pair-'));
      expect(got.length).toBe(60);
      expect(new Set(got.map((m) => m.messageId)).size).toBe(60);
      expect(new Set(got.map((m) => m.subject)).size).toBe(60);
    } finally {
      await second.close();
    }
  });
});

describe('the outbox repository', () => {
  it('marks and discards unsent rows for a job (demo history), and for nobody else', async () => {
    const repo = t.app.get(OutboxRepository);
    const job = RequestContext.job('test');
    const mark = await repo.lastId(job);
    await t.sql(
      `INSERT INTO outbox (kind, recipient, subject, body) SELECT 'test', 'x@example.test', 'discard-' || g, 'b' FROM generate_series(1, 3) g`,
    );
    expect(await repo.discardAfter(job, mark)).toBe(3);
    expect(await t.sql(`SELECT 1 FROM outbox WHERE subject LIKE 'discard-%'`)).toEqual([]);
    const admin = await t.app.get(AuthService).contextForEmail(demoEmail('admin'));
    await expect(repo.discardAfter(admin, mark)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});

describe('daily reminders of overdue actions', () => {
  it('queue one reminder per rep of the owner agency per day, and never twice', async () => {
    const c = (await ok('referrer', CREATE_REFERRAL, { input: referral(marac) })).createReferral;
    await ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    // due today (a due date is never in the past), then the clock moves on three days: it is overdue
    const due = londonToday();
    await ok('marac.chair', CREATE_ACTION, {
      i: { caseId: c.id, description: 'Overdue thing', ownerAgencyId: housing, dueDate: due },
    });
    await drain();
    inbox.mail.length = 0;
    const reminders = t.app.get(ReminderService);
    setTestClock(new Date(Date.now() + 3 * 86_400_000));
    const today = londonToday();
    expect(await reminders.run(today)).toBeGreaterThan(0);
    expect(await reminders.run(today)).toBe(0);
    await drain();
    const housingRep = await emailOf('housing.rep');
    const mine = inbox.mail.filter((m) => m.to.includes(housingRep));
    expect(mine).toHaveLength(1);
    expect(mine[0].subject).toMatch(/overdue action/);
    expect(mine[0].text).toContain(`case ${c.reference}: due ${due}`);
    expect(mine[0].text).not.toContain('Overdue thing');
  });
});

describe('without SMTP_URL', () => {
  it('writes each message as an .eml file under DATA_DIR/mail', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marac-mail-'));
    const files = await startTestApp({ DATA_DIR: dir });
    try {
      const d = files.app.get(DispatcherService);
      await files.sql(
        `INSERT INTO outbox (kind, recipient, subject, body) VALUES ('test', 'x@example.test', 'file-test', 'hello')`,
      );
      while ((await d.runOnce()).sent > 0);
      const emls = readdirSync(join(dir, 'mail')).filter((f) => f.endsWith('.eml'));
      expect(emls.length).toBeGreaterThan(0);
      expect(
        emls
          .map((f) => readFileSync(join(dir, 'mail', f), 'utf8'))
          .some((s) => s.includes('Subject: file-test')),
      ).toBe(true);
    } finally {
      await files.close();
    }
  });
});

describe('restricted cases', () => {
  it("e-mails about a restricted case's actions reach only allow-listed users", async () => {
    const idvaRep = await t.userId('idva.rep');
    const idvaAgency = (await t.sql(`SELECT id FROM agency WHERE kind = 'IDVA'`))[0].id;
    const c = (
      await ok('marac.coordinator', CREATE_REFERRAL, { input: referral(marac, { restricted: true }) })
    ).createReferral;
    await ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    await drain();
    inbox.mail.length = 0;
    await ok('marac.chair', CREATE_ACTION, {
      i: { caseId: c.id, description: 'x', ownerAgencyId: housing, dueDate: londonToday() },
    });
    await drain();
    expect(inbox.mail.filter((m) => m.subject.includes(c.reference))).toEqual([]);
    // overdue reminders likewise (the clock moves on a week: the action is overdue)
    setTestClock(new Date(Date.now() + 7 * 86_400_000));
    expect(await t.app.get(ReminderService).run(londonToday())).toBeGreaterThanOrEqual(0);
    await drain();
    expect(inbox.mail.some((m) => m.text.includes(c.reference))).toBe(false);
    // an allow-listed rep of the owner agency does hear of it
    const allowed = (
      await ok('marac.coordinator', CREATE_REFERRAL, {
        input: referral(marac, { restricted: true, restrictedToUserIds: [idvaRep] }),
      })
    ).createReferral;
    await ok('marac.coordinator', TRIAGE, { input: { caseId: allowed.id, decision: 'ACCEPT' } });
    await ok('marac.chair', CREATE_ACTION, {
      i: { caseId: allowed.id, description: 'x', ownerAgencyId: idvaAgency, dueDate: '2027-03-03' },
    });
    await drain();
    const idva = await emailOf('idva.rep');
    expect(
      inbox.mail
        .filter((m) => m.subject.startsWith('Action') && m.subject.includes(allowed.reference))
        .map((m) => m.to),
    ).toEqual([[idva]]);
  });
});

describe('restricted cases: panel staff still hear', () => {
  it('an action on a restricted case assigned to the chair (a police user) reaches the chair', async () => {
    const police = (await t.sql(`SELECT id FROM agency WHERE kind = 'POLICE'`))[0].id;
    const chair = await t.userId('marac.chair');
    const c = (
      await ok('marac.coordinator', CREATE_REFERRAL, { input: referral(marac, { restricted: true }) })
    ).createReferral;
    await ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    await drain();
    inbox.mail.length = 0;
    await ok('marac.coordinator', CREATE_ACTION, {
      i: { caseId: c.id, description: 'x', ownerAgencyId: police, assigneeId: chair, dueDate: '2027-03-03' },
    });
    await drain();
    const to = inbox.mail
      .filter((m) => m.subject.startsWith('Action') && m.subject.includes(c.reference))
      .map((m) => m.to);
    expect(to).toEqual([[await emailOf('marac.chair')]]);
  });
});

describe('recipients follow the access rules (the same as who may see the case)', () => {
  /** Enqueues a test message to everyone named, about `caseId`; returns the e-mail addresses it was written for. */
  const recipientsOf = async (caseId: string, level: Recipients['level'], userIds: string[]) => {
    const subject = `rules-${caseId}-${level}`;
    await t.app
      .get(Db)
      .tx(RequestContext.job('test'), (txCtx) =>
        t.app
          .get(OutboxService)
          .enqueue(
            txCtx,
            'test',
            { subject, body: 'x' },
            { userIds, panelReps: { panelId: marac }, caseId, level },
          ),
      );
    const rows = await t.sql('SELECT recipient FROM outbox WHERE subject = $1 ORDER BY recipient', [subject]);
    await t.sql('DELETE FROM outbox WHERE subject = $1', [subject]);
    return rows.map((r) => r.recipient as string);
  };
  const emails = async (...users: DemoUser[]) => (await Promise.all(users.map(emailOf))).sort();
  let everyone: string[];
  let cspRep: string;

  beforeAll(async () => {
    // a MARAC "rep" whose agency does not sit on the panel: never a panel rep, so never a recipient
    const csp = (await t.sql(`SELECT id FROM agency WHERE name = 'Safer Hartlepool Partnership'`))[0].id;
    cspRep = (
      await t.sql(
        `INSERT INTO app_user (email, name, agency_id, password_hash) VALUES ('csp.rep@example.test', 'CSP Rep', $1, 'x') RETURNING id`,
        [csp],
      )
    )[0].id;
    await t.sql(`INSERT INTO panel_membership (panel_id, user_id, role) VALUES ($1, $2, 'AGENCY_REP')`, [
      marac,
      cspRep,
    ]);
    everyone = [...(await Promise.all(ALL_DEMO_USERS.map((u) => t.userId(u)))), cspRep];
  });

  it("a restricted case's e-mail reaches its panel staff and allow-list only", async () => {
    const c = (
      await ok('marac.coordinator', CREATE_REFERRAL, {
        input: referral(marac, { restricted: true, restrictedToUserIds: [await t.userId('idva.rep')] }),
      })
    ).createReferral;
    await ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    // housing and IDVA both own an action on it (a reason to know); only the IDVA rep is on the allow-list
    const idva = (await t.sql(`SELECT id FROM agency WHERE kind = 'IDVA'`))[0].id;
    for (const owner of [housing, idva]) {
      await ok('marac.chair', CREATE_ACTION, {
        i: { caseId: c.id, description: 'x', ownerAgencyId: owner, dueDate: '2027-03-03' },
      });
    }
    expect(await recipientsOf(c.id, 'readDetail', everyone)).toEqual(
      await emails('marac.coordinator', 'marac.chair', 'idva.rep'),
    );
  });

  it('an unrestricted one reaches the reps who may see it, and a rep of a non-member agency never', async () => {
    const c = (await ok('referrer', CREATE_REFERRAL, { input: referral(marac) })).createReferral;
    await ok('marac.coordinator', TRIAGE, { input: { caseId: c.id, decision: 'ACCEPT' } });
    await ok('marac.chair', CREATE_ACTION, {
      i: { caseId: c.id, description: 'x', ownerAgencyId: housing, dueDate: '2027-03-03' },
    });
    // before publication: staff, the owner agency's rep and the IDVA rep (from submission, SafeLives principle 2);
    // the referrer only where the limited view counts
    expect(await recipientsOf(c.id, 'readDetail', everyone)).toEqual(
      await emails('marac.coordinator', 'marac.chair', 'housing.rep', 'idva.rep'),
    );
    expect(await recipientsOf(c.id, 'read', everyone)).toEqual(
      await emails('marac.coordinator', 'marac.chair', 'housing.rep', 'idva.rep', 'referrer'),
    );
    // on a published agenda: every rep of a member agency
    const m = (
      await ok(
        'marac.coordinator',
        `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`,
        { i: { panelId: marac, startsAt: '2026-12-17T10:00:00Z' } },
      )
    ).scheduleMeeting;
    await ok(
      'marac.coordinator',
      `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`,
      {
        m: m.id,
        c: c.id,
      },
    );
    await ok('marac.coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m) { id } }`, { m: m.id });
    const after = await recipientsOf(c.id, 'readDetail', everyone);
    expect(after).toEqual(
      await emails('marac.coordinator', 'marac.chair', 'police.rep', 'idva.rep', 'csc.rep', 'housing.rep'),
    );
    expect(after).not.toContain('csp.rep@example.test');
    // and the agenda e-mail itself (panel reps, no case) never reaches them either
    await drain();
    expect(inbox.mail.some((x) => x.to.includes('csp.rep@example.test'))).toBe(false);
  });
});
