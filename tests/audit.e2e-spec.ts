/**
 * Audit trail (issue 3): what is recorded (login successes and failures, every identity mutation) and what is not
 * (personal data), who may read it (AUDITOR only), paging and filters, append-only enforcement by the database, and the
 * hash chain under concurrent writers and after tampering.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { AuditSealer, AuditService } from '@marac/audit';
import { DEMO_PASSWORD, demoEmail } from '@marac/identity';
import { ALL_DEMO_USERS, codes, startTestApp, type TestApp } from './support/harness.js';

let t: TestApp;
let adminId: string;
let policeAgencyId: string;
let maracId: string;
beforeAll(async () => {
  t = await startTestApp();
  adminId = await t.userId('admin');
  policeAgencyId = await t.idOf('agency', 'name = $1', ['Cleveland Police (Hartlepool)']);
  maracId = await t.panelId('MARAC');
  for (const user of ALL_DEMO_USERS) await t.token(user);
});
afterAll(() => t.close());

/** Runs the sealer (the worker does it every few seconds; tests have no worker). */
const seal = () => t.app.get(AuditSealer).seal({ wait: 10_000 });

let seq = 0;
const uniq = (prefix: string) => `${prefix} ${process.pid}-${++seq}-${randomBytes(3).toString('hex')}`;
const uniqEmail = () => `audited.${process.pid}.${++seq}.${randomBytes(3).toString('hex')}@example.test`;
const PASSWORD = 'an audited password 2026';

const AUDIT_EVENTS = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) { id at actorId action entityType entityId caseId caseIds personIds requestId } }`;

/** POST /graphql with an X-Request-Id header. */
async function gqlWithRequestId(
  query: string,
  variables: Record<string, unknown>,
  token: string | null,
  requestId: string,
) {
  let req = request(t.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('x-request-id', requestId);
  if (token) req = req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return res.body as { data: any; errors?: { extensions: { code: string } }[] };
}

async function lastAuditId(): Promise<number> {
  const [row] = await t.sql(`SELECT coalesce(max(id), 0)::int AS id FROM audit_event`);
  return row.id;
}

/** The rows written after `from`, each with its whole text (every column) for personal-data checks. */
async function rowsSince(from: number) {
  return t.sql(
    `SELECT id::int, at, actor_id, action, entity_type, entity_id, case_id, request_id, details, e::text AS whole
       FROM audit_event e WHERE id > $1 ORDER BY id`,
    [from],
  );
}

interface Audited {
  /** performs the operation with the given request id; returns what the audit row must say */
  run: (requestId: string) => Promise<{
    action: string;
    entityType: string;
    entityId: string | null;
    actorId: string | null;
    /** personal data (and secrets) that must not appear anywhere in the row */
    secret: string[];
  }>;
}

const admin = async () => t.token('admin');

const CASES: [string, Audited][] = [
  [
    'login success',
    {
      run: async (rid) => {
        const r = await gqlWithRequestId(
          `mutation($input: LoginInput!) { login(input: $input) { user { id } } }`,
          { input: { email: demoEmail('idva.rep'), password: DEMO_PASSWORD } },
          null,
          rid,
        );
        expect(r.errors).toBeUndefined();
        const [s] = await t.sql(
          `SELECT id FROM auth_session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
          [r.data.login.user.id],
        );
        return {
          action: 'auth.login',
          entityType: 'Session',
          entityId: s.id,
          actorId: r.data.login.user.id,
          secret: [demoEmail('idva.rep'), 'IDVA Representative', DEMO_PASSWORD],
        };
      },
    },
  ],
  [
    'login failure (known e-mail, wrong password)',
    {
      run: async (rid) => {
        const r = await gqlWithRequestId(
          `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
          { input: { email: demoEmail('csc.rep'), password: 'wrong-password-guess' } },
          null,
          rid,
        );
        expect(codes(r as any)).toEqual(['UNAUTHENTICATED']);
        return {
          action: 'auth.login_failed',
          entityType: 'User',
          entityId: await t.userId('csc.rep'),
          actorId: null,
          secret: [demoEmail('csc.rep'), "Children's Social Care Representative", 'wrong-password-guess'],
        };
      },
    },
  ],
  [
    'login failure (unknown e-mail)',
    {
      run: async (rid) => {
        const email = `someone.${randomBytes(4).toString('hex')}@nowhere.test`;
        const r = await gqlWithRequestId(
          `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
          { input: { email, password: 'guess-guess-guess' } },
          null,
          rid,
        );
        expect(codes(r as any)).toEqual(['UNAUTHENTICATED']);
        return {
          action: 'auth.login_failed',
          entityType: 'User',
          entityId: null,
          actorId: null,
          secret: [email, email.split('@')[0], 'guess-guess-guess'],
        };
      },
    },
  ],
  [
    'logout',
    {
      run: async (rid) => {
        const login = await t.login(demoEmail('housing.rep'));
        const token = login.data!.login.accessToken;
        const [s] = await t.sql(`SELECT id FROM auth_session ORDER BY created_at DESC LIMIT 1`);
        const r = await gqlWithRequestId(`mutation { logout }`, {}, token, rid);
        expect(r.data.logout).toBe(true);
        return {
          action: 'auth.logout',
          entityType: 'Session',
          entityId: s.id,
          actorId: login.data!.login.user.id,
          secret: [demoEmail('housing.rep'), 'Housing Representative', token],
        };
      },
    },
  ],
  [
    'createAgency',
    {
      run: async (rid) => {
        const name = uniq('Audited Agency');
        const r = await gqlWithRequestId(
          `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`,
          { input: { name, kind: 'EDUCATION' } },
          await admin(),
          rid,
        );
        expect(r.errors).toBeUndefined();
        return {
          action: 'agency.create',
          entityType: 'Agency',
          entityId: r.data.createAgency.id,
          actorId: adminId,
          secret: [name, demoEmail('admin'), 'Demo Administrator'],
        };
      },
    },
  ],
  [
    'createUser',
    {
      run: async (rid) => {
        const email = uniqEmail();
        const name = uniq('Jane Audited-Person');
        const r = await gqlWithRequestId(
          `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
          { input: { email, name, agencyId: policeAgencyId, password: PASSWORD } },
          await admin(),
          rid,
        );
        expect(r.errors).toBeUndefined();
        return {
          action: 'user.create',
          entityType: 'User',
          entityId: r.data.createUser.id,
          actorId: adminId,
          secret: [email, email.split('@')[0], name, 'Audited-Person', PASSWORD, demoEmail('admin')],
        };
      },
    },
  ],
  [
    'disableUser',
    {
      run: async (rid) => {
        const email = uniqEmail();
        const name = uniq('John Disabled-Person');
        const created = await t.as('admin')(
          `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
          { input: { email, name, agencyId: policeAgencyId, password: PASSWORD } },
        );
        const id = created.data.createUser.id;
        const r = await gqlWithRequestId(
          `mutation($id: ID!) { disableUser(userId: $id) { id } }`,
          { id },
          await admin(),
          rid,
        );
        expect(r.errors).toBeUndefined();
        return {
          action: 'user.disable',
          entityType: 'User',
          entityId: id,
          actorId: adminId,
          secret: [email, name, 'Disabled-Person'],
        };
      },
    },
  ],
  [
    'createPanel',
    {
      run: async (rid) => {
        const name = uniq('Audited Panel');
        const r = await gqlWithRequestId(
          `mutation($input: CreatePanelInput!) { createPanel(input: $input) { id } }`,
          {
            input: {
              kind: 'HRAP',
              name,
              area: 'Audit Town',
              areaCode: `A${randomBytes(8)
                .toString('hex')
                .replace(/[^a-f]/g, '')
                .slice(0, 4)
                .toUpperCase()
                .padEnd(4, 'Z')}`,
            },
          },
          await admin(),
          rid,
        );
        expect(r.errors).toBeUndefined();
        return {
          action: 'panel.create',
          entityType: 'Panel',
          entityId: r.data.createPanel.id,
          actorId: adminId,
          secret: [name, demoEmail('admin')],
        };
      },
    },
  ],
  [
    'addPanelMember',
    {
      run: async (rid) => {
        const user = await t.userId('referrer');
        const r = await gqlWithRequestId(
          `mutation($input: AddPanelMemberInput!) { addPanelMember(input: $input) { role } }`,
          { input: { panelId: maracId, userId: user, role: 'AGENCY_REP' } },
          await admin(),
          rid,
        );
        expect(r.errors).toBeUndefined();
        return {
          action: 'panel.member_add',
          entityType: 'Panel',
          entityId: maracId,
          actorId: adminId,
          secret: [demoEmail('referrer'), 'Demo Referrer (GP)', 'Hartlepool MARAC'],
        };
      },
    },
  ],
  [
    'removePanelMember',
    {
      run: async (rid) => {
        const user = await t.userId('referrer');
        await t.as('admin')(
          `mutation($input: AddPanelMemberInput!) { addPanelMember(input: $input) { role } }`,
          {
            input: { panelId: maracId, userId: user, role: 'AGENCY_REP' },
          },
        );
        const r = await gqlWithRequestId(
          `mutation($p: ID!, $u: ID!) { removePanelMember(panelId: $p, userId: $u) }`,
          { p: maracId, u: user },
          await admin(),
          rid,
        );
        expect(r.data.removePanelMember).toBe(true);
        return {
          action: 'panel.member_remove',
          entityType: 'Panel',
          entityId: maracId,
          actorId: adminId,
          secret: [demoEmail('referrer'), 'Demo Referrer (GP)', 'Hartlepool MARAC'],
        };
      },
    },
  ],
];

describe('what is recorded', () => {
  it.each(CASES)(
    '%s: one row with actor, action, entity and request id, and no personal data',
    async (_name, c) => {
      const requestId = randomUUID(); // only a well-formed id is kept (security.e2e-spec.ts, x-request-id)
      // any preparation the case does (creating a user to disable...) is written before `from` is taken below,
      // so the rows of the operation itself are those with this request id
      const before = await lastAuditId();
      const expected = await c.run(requestId);
      const rows = (await rowsSince(before)).filter((r) => r.request_id === requestId);
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(row).toMatchObject({
        action: expected.action,
        entity_type: expected.entityType,
        entity_id: expected.entityId,
        actor_id: expected.actorId,
        case_id: null,
        request_id: requestId,
      });
      expect(Date.now() - new Date(row.at).getTime()).toBeLessThan(60_000);
      const whole = String(row.whole).toLowerCase();
      for (const s of expected.secret) expect(whole).not.toContain(s.toLowerCase());
      expect(whole).not.toMatch(/@/);
    },
  );

  it('a request without X-Request-Id still gets a request id on its row', async () => {
    const before = await lastAuditId();
    const r = await t.as('admin')(
      `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`,
      {
        input: { name: uniq('No Request Id Agency'), kind: 'OTHER' },
      },
    );
    expect(r.errors).toBeUndefined();
    const rows = await rowsSince(before);
    expect(rows).toHaveLength(1);
    expect(rows[0].request_id).toMatch(/^[\w-]{8,}$/);
  });

  it('a malformed X-Request-Id is not stored as given', async () => {
    const before = await lastAuditId();
    const bad = "x'; DROP TABLE audit_event; --";
    const r = await gqlWithRequestId(
      `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`,
      { input: { name: uniq('Bad Request Id Agency'), kind: 'OTHER' } },
      await admin(),
      bad,
    );
    expect(r.errors).toBeUndefined();
    const rows = await rowsSince(before);
    expect(rows).toHaveLength(1);
    expect(rows[0].request_id).not.toBe(bad);
    expect(rows[0].request_id).toMatch(/^[\w-]{8,64}$/);
  });

  it('the demo data and every user in it leave no personal data anywhere in the trail', async () => {
    const all = await t.sql(`SELECT e::text AS whole FROM audit_event e`);
    const users = await t.sql(`SELECT email, name FROM app_user`);
    expect(all.length).toBeGreaterThan(0);
    const text = all.map((r) => r.whole.toLowerCase()).join('\n');
    for (const u of users) {
      expect(text).not.toContain(u.email.toLowerCase());
      expect(text).not.toContain(u.name.toLowerCase());
    }
  });

  it('a refused call records one refused event (who, operation, code) and nothing else', async () => {
    await t.token('police.rep');
    const before = await lastAuditId();
    const name = uniq('Refused Agency');
    const r = await t.as('police.rep')(
      `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`,
      {
        input: { name, kind: 'OTHER' },
      },
    );
    expect(codes(r)).toEqual(['FORBIDDEN']);
    const rows = await rowsSince(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'refused',
      actor_id: await t.userId('police.rep'),
      details: { operation: 'createAgency', code: 'FORBIDDEN' },
    });
    expect(String(rows[0].whole)).not.toContain(name);
  });
});

describe('auditEvents (AUDITOR only)', () => {
  it('AUDITOR reads the trail, oldest first, with the recorded columns', async () => {
    const r = await t.as('auditor')(AUDIT_EVENTS, { first: 500 });
    expect(r.errors).toBeUndefined();
    const events = r.data.auditEvents;
    expect(events.length).toBeGreaterThan(0);
    const ids = events.map((e: any) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const [first] = await t.sql(
      `SELECT e.id::text, actor_id, action, entity_type, entity_id, request_id FROM audit_event e ORDER BY e.id LIMIT 1`,
    );
    expect(events[0]).toMatchObject({
      id: first.id,
      actorId: first.actor_id,
      action: first.action,
      entityType: first.entity_type,
      entityId: first.entity_id,
      requestId: first.request_id,
    });
  });

  it.each(ALL_DEMO_USERS.filter((u) => u !== 'auditor'))(
    '%s: FORBIDDEN, only the refusal written',
    async (user) => {
      const token = await t.token(user);
      const before = await lastAuditId();
      const r = await t.gql(AUDIT_EVENTS, {}, token);
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.data).toBeNull();
      const rows = await rowsSince(before);
      expect(rows.map((e) => [e.action, e.details])).toEqual([
        ['refused', { operation: 'auditEvents', code: 'FORBIDDEN' }],
      ]);
    },
  );

  it('anonymous: UNAUTHENTICATED', async () => {
    const r = await t.gql(AUDIT_EVENTS, {});
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.data).toBeNull();
  });

  it('filters by actorId', async () => {
    // give the admin a few rows of their own
    for (let i = 0; i < 3; i++)
      await t.as('admin')(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
        input: { name: uniq('Filter Agency'), kind: 'OTHER' },
      });
    const r = await t.as('auditor')(AUDIT_EVENTS, { filter: { actorId: adminId }, first: 500 });
    expect(r.errors).toBeUndefined();
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1`, [adminId]);
    expect(n).toBeGreaterThanOrEqual(3);
    expect(r.data.auditEvents).toHaveLength(Math.min(n, 500));
    for (const e of r.data.auditEvents) expect(e.actorId).toBe(adminId);

    const other = await t.as('auditor')(AUDIT_EVENTS, { filter: { actorId: await t.userId('referrer') } });
    for (const e of other.data.auditEvents) expect(e.actorId).toBe(await t.userId('referrer'));
    expect(other.data.auditEvents.map((e: any) => e.id)).not.toEqual(
      expect.arrayContaining([r.data.auditEvents[0].id]),
    );
  });

  it('filters by time (from / to)', async () => {
    const [mid] = await t.sql(`SELECT at FROM audit_event ORDER BY id DESC LIMIT 1`);
    const cut = new Date(new Date(mid.at).getTime() + 1).toISOString();
    await t.as('admin')(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
      input: { name: uniq('Later Agency'), kind: 'OTHER' },
    });
    const later = await t.as('auditor')(AUDIT_EVENTS, { filter: { from: cut } });
    expect(later.errors).toBeUndefined();
    expect(later.data.auditEvents.length).toBeGreaterThanOrEqual(1);
    for (const e of later.data.auditEvents)
      expect(new Date(e.at).getTime()).toBeGreaterThanOrEqual(Date.parse(cut));
    const earlier = await t.as('auditor')(AUDIT_EVENTS, { filter: { to: cut }, first: 500 });
    for (const e of earlier.data.auditEvents)
      expect(new Date(e.at).getTime()).toBeLessThanOrEqual(Date.parse(cut));
  });

  it('pages with first / after, without gaps or overlaps', async () => {
    for (let i = 0; i < 6; i++)
      await t.as('admin')(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
        input: { name: uniq('Paging Agency'), kind: 'OTHER' },
      });
    const filter = { actorId: adminId };
    const all = (await t.as('auditor')(AUDIT_EVENTS, { filter, first: 500 })).data.auditEvents;
    expect(all.length).toBeGreaterThanOrEqual(6);
    const pages: any[] = [];
    let after: string | undefined;
    for (;;) {
      const r = await t.as('auditor')(AUDIT_EVENTS, { filter, first: 4, after });
      expect(r.errors).toBeUndefined();
      const page = r.data.auditEvents;
      expect(page.length).toBeLessThanOrEqual(4);
      if (!page.length) break;
      pages.push(...page);
      after = page[page.length - 1].id;
      if (pages.length > all.length) break;
    }
    expect(pages.map((e) => e.id)).toEqual(all.map((e: any) => e.id));
    const firstPage = (await t.as('auditor')(AUDIT_EVENTS, { filter, first: 2 })).data.auditEvents;
    expect(firstPage.map((e: any) => e.id)).toEqual(all.slice(0, 2).map((e: any) => e.id));
    const second = (await t.as('auditor')(AUDIT_EVENTS, { filter, first: 2, after: firstPage[1].id })).data
      .auditEvents;
    expect(second.map((e: any) => e.id)).toEqual(all.slice(2, 4).map((e: any) => e.id));
  });

  it('pages through the whole trail in numeric id order (across 9 -> 10 -> 100)', async () => {
    while ((await lastAuditId()) < 120)
      await t.as('admin')(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
        input: { name: uniq('Filler Agency'), kind: 'OTHER' },
      });
    const expected = (await t.sql(`SELECT e.id::text FROM audit_event e ORDER BY e.id`)).map((r) => r.id);
    const seen: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 1000; guard++) {
      const r = await t.as('auditor')(AUDIT_EVENTS, { first: 7, after });
      expect(r.errors).toBeUndefined();
      if (!r.data.auditEvents.length) break;
      seen.push(...r.data.auditEvents.map((e: any) => e.id));
      after = seen[seen.length - 1];
    }
    expect(seen).toEqual(expected);
  });

  it.each([
    ['first: 0', { first: 0 }, 'first'],
    ['first: 501', { first: 501 }, 'first'],
    ['after: not an id', { after: 'abc' }, 'after'],
    ['filter.actorId: not an id', { filter: { actorId: 'not-an-id' } }, 'actorId'],
  ])('%s: BAD_USER_INPUT naming the argument', async (_label, vars, field) => {
    const r = await t.as('auditor')(AUDIT_EVENTS, vars);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(String(r.errors![0].extensions.field)).toContain(field);
  });
});

describe('append-only and hash-chained', () => {
  it('the database refuses UPDATE on audit_event', async () => {
    const [row] = await t.sql(`SELECT e.id::text, action FROM audit_event e ORDER BY e.id DESC LIMIT 1`);
    await expect(t.sql(`UPDATE audit_event SET action = 'tampered' WHERE id = $1`, [row.id])).rejects.toThrow(
      /append-only/,
    );
    const [after] = await t.sql(`SELECT action FROM audit_event WHERE id = $1`, [row.id]);
    expect(after.action).toBe(row.action);
  });

  it('the database refuses DELETE and TRUNCATE on audit_event', async () => {
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM audit_event`);
    await expect(
      t.sql(`DELETE FROM audit_event WHERE id = (SELECT min(id) FROM audit_event)`),
    ).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    const [{ n: after }] = await t.sql(`SELECT count(*)::int AS n FROM audit_event`);
    expect(after).toBe(n);
  });

  it('an INSERT cannot choose its own id, hash or seal: it gets the next id, and the sealer chains it', async () => {
    await seal();
    const [row] = await t.sql(
      `INSERT INTO audit_event (id, action, entity_type, prev_hash, hash, seal_id)
       VALUES (1, 'forged', 'System', 'x', 'y', 1) RETURNING id::text, prev_hash, hash, seal_id`,
    );
    expect(row).toMatchObject({ prev_hash: null, hash: null, seal_id: null });
    expect(row.id).not.toBe('1');
    const [head] = await t.sql(`SELECT head_hash FROM audit_seal ORDER BY id DESC LIMIT 1`);
    await seal();
    const [sealed] = await t.sql(`SELECT prev_hash, hash FROM audit_event WHERE id = $1`, [row.id]);
    expect(sealed.prev_hash).toBe(head.head_hash);
    expect(sealed.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await t.app.get(AuditService).verify()).firstBreak).toBeNull();
  });

  it('the chain verifies after 20 concurrent writers', async () => {
    const token = await t.token('admin');
    const before = await lastAuditId();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.gql(
          `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`,
          { input: { name: uniq(`Concurrent Agency ${i}`), kind: 'OTHER' } },
          token,
        ),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const rows = await rowsSince(before);
    expect(rows.filter((r) => r.action === 'agency.create')).toHaveLength(20);
    expect(new Set(rows.map((r) => r.entity_id))).toEqual(
      new Set(results.map((r) => r.data.createAgency.id)),
    );
    await seal();
    const result = await t.app.get(AuditService).verify();
    expect(result.firstBreak).toBeNull();
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM audit_event`);
    expect(result.checked).toBe(n);
    expect(result.unsealed).toBe(0);
  });

  it('also with concurrent logins, failures and mutations of every kind', async () => {
    const token = await t.token('admin');
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 8; i++) {
      work.push(t.login(demoEmail('strategic')));
      work.push(t.login(`ghost.${i}.${randomBytes(3).toString('hex')}@nowhere.test`, 'wrong-wrong-wrong'));
      work.push(
        t.gql(
          `mutation($input: CreatePanelInput!) { createPanel(input: $input) { id } }`,
          { input: { kind: 'MATAC', name: uniq('Concurrent Panel'), area: `Zone ${uniq('z')}` } },
          token,
        ),
      );
    }
    await Promise.all(work);
    await seal();
    expect((await t.app.get(AuditService).verify()).firstBreak).toBeNull();
  });

  it('verification reports the first break after tampering (content, then a removed row)', async () => {
    const audit = t.app.get(AuditService);
    await seal();
    expect((await audit.verify()).firstBreak).toBeNull();
    const [victim] = await t.sql(
      `SELECT e.id::text, action FROM audit_event e ORDER BY e.id DESC OFFSET 5 LIMIT 1`,
    );
    const [next] = await t.sql(`SELECT min(id)::text AS id FROM audit_event WHERE id > $1`, [victim.id]);
    const [nine, ten] = await t.sql(`SELECT action FROM audit_event WHERE id IN (9, 10) ORDER BY id`);
    expect(nine && ten).toBeTruthy();

    await t.sql(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`);
    try {
      await t.sql(`UPDATE audit_event SET action = 'user.tampered' WHERE id = $1`, [victim.id]);
      const changed = await audit.verify();
      expect(changed.firstBreak).toEqual({ id: victim.id, reason: expect.stringMatching(/content/) });

      // put it back: the chain is whole again
      await t.sql(`UPDATE audit_event SET action = $2 WHERE id = $1`, [victim.id, victim.action]);
      expect((await audit.verify()).firstBreak).toBeNull();

      // two breaks: the first in id order is reported (9 before 10, whatever their text order)
      await t.sql(`UPDATE audit_event SET action = 'x.tampered' WHERE id IN (9, 10)`);
      expect((await audit.verify()).firstBreak?.id).toBe('9');
      await t.sql(
        `UPDATE audit_event SET action = a.action FROM (VALUES (9::bigint, $1::text), (10::bigint, $2::text)) a(id, action) WHERE audit_event.id = a.id`,
        [nine.action, ten.action],
      );
      expect((await audit.verify()).firstBreak).toBeNull();

      // a removed row breaks the link of the row after it
      await t.sql(`DELETE FROM audit_event WHERE id = $1`, [victim.id]);
      const removed = await audit.verify();
      expect(removed.firstBreak).toEqual({ id: next.id, reason: expect.stringMatching(/link/) });
    } finally {
      await t.sql(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`);
    }
    await expect(t.sql(`DELETE FROM audit_event WHERE id = $1`, [next.id])).rejects.toThrow(/append-only/);
  });
});
