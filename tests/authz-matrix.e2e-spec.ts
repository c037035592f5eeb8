/**
 * Issue 14, "Permissions, proven everywhere": the generated authorization matrix. Every Query and Mutation of the
 * generated schema (schema/schema.graphql, read now: a new operation without a row in tests/support/operations.ts
 * fails here) is called over HTTP with valid-shaped arguments on real MARAC records, by every role, and the answer is
 * compared with what the policy table and the CASL rules say (policy.table.spec.ts proves those match POLICY.md):
 * UNAUTHENTICATED without a token, FORBIDDEN for a role that may never call it, and otherwise anything but those two
 * (the call ran: data, or a coded refusal of the record or the input). Never an uncoded error. Allowed mutations run
 * for real, on the world built for this file; no row depends on another's outcome, only on the gate.
 */
import {
  AUTHENTICATOR,
  defineAbilityFor,
  POLICY_TABLE,
  PUBLIC,
  SIGNED_IN,
  type Authenticator,
} from '@marac/access';
import { KNOWN_CODES } from '@marac/core';
import { startTestApp, type GqlResult, type TestApp } from './support/harness.js';
import {
  OPERATIONS,
  PASSWORD,
  buildWorld,
  pool,
  schemaOperations,
  type World,
} from './support/operations.js';

/** Each global role; each panel role on the world's panel (MARAC) and on another; an IDVA rep; no role; no token. */
const ROWS = [
  'no token',
  'ADMIN',
  'STRATEGIC',
  'AUDITOR',
  'REFERRER',
  'COORDINATOR of the panel',
  'COORDINATOR of another panel',
  'CHAIR of the panel',
  'CHAIR of another panel',
  'AGENCY_REP of the panel',
  'AGENCY_REP of another panel',
  'IDVA rep of the panel',
  'no role',
] as const;
type Row = (typeof ROWS)[number];
const login = (w: World): Record<Row, [string, string?] | null> => ({
  'no token': null,
  ADMIN: ['admin'],
  STRATEGIC: ['strategic'],
  AUDITOR: ['auditor'],
  REFERRER: ['referrer'],
  'COORDINATOR of the panel': ['marac.coordinator'],
  'COORDINATOR of another panel': ['matac.coordinator'],
  'CHAIR of the panel': ['marac.chair'],
  'CHAIR of another panel': ['hrap.chair'],
  'AGENCY_REP of the panel': ['housing.rep'],
  'AGENCY_REP of another panel': [w.emails.otherRep, PASSWORD],
  'IDVA rep of the panel': ['idva.rep'],
  'no role': [w.emails.noRole, PASSWORD],
});

const OPS = schemaOperations();
let t: TestApp;
let w: World;
/** op -> row -> [expected, actual] */
const results = new Map<string, Map<Row, [string, string]>>();

/**
 * Refusals of a record the caller sees but may not change (the row rule, after the gate): FORBIDDEN, as the
 * repositories' lockFor answers (a record the caller does not see is NOT_FOUND: tests/idor.e2e-spec.ts).
 */
const ROW_RULE: Record<string, Partial<Record<Row, string>>> = {
  // POLICY.md: updateAction is for panel staff, reps of the owner agency (housing here) and the assignee; the IDVA
  // rep sees the action (its case is on a published agenda) but is none of them
  'Mutation.updateAction': { 'IDVA rep of the panel': 'FORBIDDEN' },
};

/** What the policy table and the CASL rules say for a caller (null: no token). */
function expected(op: string, row: Row, user: Parameters<typeof defineAbilityFor>[0]): string {
  const gate = expectedAtGate(op, user);
  return gate === 'allowed' ? (ROW_RULE[op]?.[row] ?? gate) : gate;
}
function expectedAtGate(op: string, user: Parameters<typeof defineAbilityFor>[0]): string {
  const rule = POLICY_TABLE[op];
  if (rule === undefined) return 'FORBIDDEN';
  if (rule === PUBLIC) return 'allowed';
  if (!user) return 'UNAUTHENTICATED';
  if (rule === SIGNED_IN) return 'allowed';
  return defineAbilityFor(user).can(rule[0], rule[1]) ? 'allowed' : 'FORBIDDEN';
}

/** The gate's answer as seen by the client: the refusal code, or "allowed"; anything uncoded is named. */
function actual(r: GqlResult): string {
  const codes = (r.errors ?? []).map((e) => e.extensions?.code);
  if (r.status >= 500 || codes.some((c) => !KNOWN_CODES.has(String(c))))
    return `UNCODED ${r.status} ${JSON.stringify(r.errors?.map((e) => e.message))}`;
  if (codes.some((c) => c === 'GRAPHQL_VALIDATION_FAILED' || c === 'GRAPHQL_PARSE_FAILED'))
    return `INVALID DOCUMENT ${JSON.stringify(r.errors?.map((e) => e.message))}`;
  return codes.find((c) => c === 'UNAUTHENTICATED' || c === 'FORBIDDEN') ?? 'allowed';
}

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  const auth = t.app.get<Authenticator>(AUTHENTICATOR, { strict: false });
  const logins = login(w);
  const users = new Map<
    Row,
    { token: string | null; user: Awaited<ReturnType<Authenticator['authenticate']>> }
  >();
  for (const row of ROWS) {
    const who = logins[row];
    const token = who ? await t.token(who[0], who[1]) : null;
    users.set(row, { token, user: token ? await auth.authenticate(token) : null });
  }
  const jobs = OPS.filter((op) => op in OPERATIONS).flatMap((op) =>
    ROWS.map((row) => async () => {
      const spec = OPERATIONS[op];
      const who = logins[row];
      let token = users.get(row)!.token;
      // logout ends its session: a session of its own, so that the row's other calls keep theirs
      if (spec.ownSession && who) token = (await t.login(emailOf(who[0]), who[1])).data!.login.accessToken;
      const r = await t.gql(spec.query, spec.vars(w), token);
      if (!results.has(op)) results.set(op, new Map());
      results.get(op)!.set(row, [expected(op, row, users.get(row)!.user), actual(r)]);
    }),
  );
  const started = Date.now();
  await pool(8, jobs);
  console.log(`authz matrix: ${jobs.length} calls in ${Date.now() - started} ms`);
}, 120_000);
afterAll(() => t.close());

const emailOf = (user: string) => (user.includes('@') ? user : `${user}@demo.marac.local`);

it('every Query and Mutation of the generated schema has a row (a new operation must be added to the matrix)', () => {
  expect(OPS.filter((op) => !(op in OPERATIONS))).toEqual([]);
  // and no row is left for an operation that is gone
  expect(Object.keys(OPERATIONS).filter((op) => !OPS.includes(op))).toEqual([]);
});

it('the policy table has an entry for every operation (deny by default otherwise)', () => {
  expect(OPS.filter((op) => !(op in POLICY_TABLE))).toEqual([]);
});

describe.each(OPS)('%s', (op) => {
  it('answers every role as the policy table says', () => {
    const got = results.get(op);
    expect(got).toBeDefined();
    const rows = Object.fromEntries(ROWS.map((row) => [row, got!.get(row)?.[1]]));
    const want = Object.fromEntries(ROWS.map((row) => [row, got!.get(row)?.[0]]));
    expect(rows).toEqual(want);
  });
});

it('the matrix is not trivial: every role is allowed something and refused something', () => {
  for (const row of ROWS.filter((r) => r !== 'no token')) {
    const answers = OPS.map((op) => results.get(op)?.get(row)?.[1]);
    expect([row, answers.includes('allowed')]).toEqual([row, true]);
    expect([row, answers.includes('FORBIDDEN')]).toEqual([row, true]);
  }
});
