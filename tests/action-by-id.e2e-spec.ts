/**
 * Query.action(id) (POLICY.md: "actions, action: rows as below; STRATEGIC, ADMIN, AUDITOR alone: FORBIDDEN"): an action
 * whose case the caller sees in detail; NOT_FOUND for one they may not see, the same answer as for an id that does
 * not exist. E-mails about an action link to it (PUBLIC_URL/actions/<id>).
 */
import { randomUUID } from 'node:crypto';
import { londonToday } from '@marac/core';
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { CREATE_ACTION, acceptedCase } from './support/fixtures.js';

let t: TestApp;
let actionId: string;
let caseId: string;

const ACTION = `query($id: ID!) { action(id: $id) { id description status case { id } ownerAgency { kind } } }`;

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_URL: 'https://marac.example.test' });
  const marac = await t.panelId('MARAC');
  const housing = (await t.sql(`SELECT id FROM agency WHERE kind = 'HOUSING'`))[0].id;
  const c = await acceptedCase(t, marac);
  caseId = c.id;
  actionId = (
    await t.ok('marac.chair', CREATE_ACTION, {
      i: {
        caseId: c.id,
        description: 'Refer to housing options',
        ownerAgencyId: housing,
        dueDate: londonToday(),
      },
    })
  ).createAction.id;
});
afterAll(() => t.close());

describe('Query.action', () => {
  it.each<DemoUser>(['marac.coordinator', 'marac.chair', 'housing.rep'])(
    '%s (sees the case in detail) reads the action',
    async (user) => {
      expect((await t.ok(user, ACTION, { id: actionId })).action).toEqual({
        id: actionId,
        description: 'Refer to housing options',
        status: 'OPEN',
        case: { id: caseId },
        ownerAgency: { kind: 'HOUSING' },
      });
    },
  );

  it.each<DemoUser>(['police.rep', 'csc.rep', 'matac.coordinator', 'hrap.chair', 'referrer'])(
    '%s (does not see the case in detail): NOT_FOUND, the same answer as for an unknown id',
    async (user) => {
      const hidden = await t.as(user)(ACTION, { id: actionId });
      const unknownId = randomUUID();
      const unknown = await t.as(user)(ACTION, { id: unknownId });
      expect(hidden.data).toBeNull();
      expect(hidden.code).toBe('NOT_FOUND');
      expect(unknown.code).toBe('NOT_FOUND');
      expect(hidden.errors![0].message).toBe(unknown.errors![0].message);
      const shape = (r: typeof hidden, id: string) =>
        JSON.stringify(r.errors![0].extensions).replaceAll(id, '<id>');
      expect(shape(hidden, actionId)).toBe(shape(unknown, unknownId));
    },
  );

  it.each<DemoUser>(['strategic', 'admin', 'auditor'])('%s: FORBIDDEN', async (user) => {
    const r = await t.as(user)(ACTION, { id: actionId });
    expect(r.data).toBeNull();
    expect(r.code).toBe('FORBIDDEN');
  });

  it('anonymous: refused', async () => {
    const r = await t.gql(ACTION, { id: actionId });
    expect(r.data).toBeNull();
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(r.code);
  });

  it('an id that is not an id: BAD_USER_INPUT', async () => {
    expect((await t.as('marac.chair')(ACTION, { id: 'MARAC-HPL-2026-0084' })).code).toBe('BAD_USER_INPUT');
  });

  it("the e-mail about a new action links to the action's page (PUBLIC_URL/actions/<id>)", async () => {
    const rows = await t.sql<{ body: string }>(`SELECT body FROM outbox WHERE kind = 'action.created'`);
    const mine = rows.filter((r) => r.body.includes(actionId));
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) {
      expect(r.body).toContain(`https://marac.example.test/actions/${actionId}`);
      expect(r.body).not.toContain('/cases/');
    }
  });
});
