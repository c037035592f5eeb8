/**
 * Issue 14, "Hostile input": a property-based fuzz (fast-check) of every mutation that takes arguments. From the
 * valid variables of tests/support/operations.ts, 1 to 3 slots of the operation's GraphQL input types (any depth,
 * optional fields too) are replaced with hostile values (tests/support/hostile.ts) or dropped, and sent as variables
 * by a user allowed to call the mutation. Every answer is a valid result or a coded error (extensions.code of the
 * contract, or GraphQL's own codes), never HTTP 5xx or INTERNAL_SERVER_ERROR; after an error the business tables'
 * fingerprints are unchanged (nothing half-written). Bounded: FUZZ_RUNS runs per mutation (default 10); the seed is
 * printed on failure and replayed with FUZZ_SEED=<seed>.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type OperationDefinitionNode,
  type TypeNode,
} from 'graphql';
import { POLICY_TABLE } from '@marac/access';
import { KNOWN_CODES } from '@marac/core';
import request from 'supertest';
import { startTestApp, type GqlResult, type TestApp } from './support/harness.js';
import { hostile } from './support/hostile.js';
import {
  OPERATIONS,
  PASSWORD,
  UNKNOWN_ID,
  buildWorld,
  changedTables,
  fingerprint,
  generatedSchema,
  schemaOperations,
  type Fingerprint,
  type World,
} from './support/operations.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const schema = generatedSchema();
const MUTATIONS = schemaOperations(schema).filter((op) => op.startsWith('Mutation.'));
const FUZZED = MUTATIONS.filter((op) => {
  const [, field] = op.split('.');
  return schema.getMutationType()!.getFields()[field].args.length > 0;
});

let t: TestApp;
let w: World;
let ids: string[];
const tokens = new Map<string, string | null>();

/** Who calls it: anonymous for the public ones, a user without roles for their own password, else an allowed one. */
function callerOf(op: string): string | null {
  const rule = POLICY_TABLE[op];
  if (rule === 'PUBLIC') return null;
  if (rule === 'SIGNED_IN') return w.emails.noRole;
  if (['Agency', 'User', 'Panel', 'Notification'].includes(rule[1])) return 'admin@demo.marac.local';
  return 'marac.coordinator@demo.marac.local';
}

interface Slot {
  path: (string | number)[];
  type: GraphQLInputType;
}
/** Every place of the variables a value can go: each variable, each field of its input types, list elements. */
function slotsOf(query: string): Slot[] {
  const op = parse(query).definitions[0] as OperationDefinitionNode;
  const out: Slot[] = [];
  const walk = (path: Slot['path'], type: GraphQLInputType, depth: number) => {
    out.push({ path, type });
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return walk([...path, 0], inner.ofType as GraphQLInputType, depth);
    const named = getNamedType(inner);
    if (isInputObjectType(named) && depth < 4)
      for (const f of Object.values(named.getFields())) walk([...path, f.name], f.type, depth + 1);
  };
  for (const def of op.variableDefinitions ?? [])
    walk([def.variable.name.value], typeFromAST(schema, def.type as TypeNode) as GraphQLInputType, 0);
  return out;
}

/** Sets (or with `undefined`, drops) the value at `path`, making the objects and lists on the way. */
function put(vars: Record<string, unknown>, path: Slot['path'], value: unknown): void {
  let at: any = vars;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (at[key] === null || typeof at[key] !== 'object') at[key] = typeof path[i + 1] === 'number' ? [] : {};
    at = at[key];
  }
  const last = path[path.length - 1];
  if (value === undefined) delete at[last];
  else at[last] = value;
}

/** POST /graphql, also reading the coded JSON of a refusal before GraphQL (a body over the size limit: 413). */
async function send(query: string, variables: Record<string, unknown>, token: string | null) {
  let req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (token) req = req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  const body = res.body ?? {};
  return {
    status: res.status,
    data: body.data ?? null,
    errors: body.errors,
    code: body.errors?.[0]?.extensions?.code ?? body.error?.code,
    httpError: body.error?.code as string | undefined,
  };
}

const GRAPHQL_OWN = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);
/** What is wrong with an answer, or null. */
function problem(r: GqlResult & { httpError?: string }): string | null {
  if (r.status >= 500) return `HTTP ${r.status}`;
  // refused before GraphQL (the body over the limit): a coded JSON error with a 4xx status
  if (r.httpError)
    return KNOWN_CODES.has(r.httpError) && r.status < 500 ? null : `HTTP ${r.status} ${r.httpError}`;
  for (const e of r.errors ?? []) {
    const code = String(e.extensions?.code);
    if (!KNOWN_CODES.has(code)) return `uncoded error ${code}: ${e.message.slice(0, 200)}`;
    if (GRAPHQL_OWN.has(code) && r.status !== 400) return `${code} with HTTP ${r.status}`;
  }
  if (!r.errors && !r.data) return `HTTP ${r.status} without data or errors`;
  return null;
}

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  // ids of real records, for id slots: the world's (users only the throwaway ones, so no fuzz run disables or
  // re-roles the callers) and one of no record
  ids = [
    w.marac,
    w.matac,
    w.hrap,
    w.accepted.id,
    w.submitted.id,
    w.restricted.id,
    w.published,
    w.scheduled,
    w.publishedItem,
    w.restrictedItem,
    w.action,
    w.restrictedAction,
    w.perpetratorId,
    w.restrictedPersonId,
    w.agencies.police,
    w.users.disableTarget,
    UNKNOWN_ID,
  ];
  for (const op of FUZZED) {
    const who = callerOf(op);
    if (who && !tokens.has(who))
      tokens.set(who, await t.token(who, who === w.emails.noRole ? PASSWORD : undefined));
  }
}, 120_000);
afterAll(() => t.close());

it('fuzzes every mutation that takes arguments (a new one is fuzzed from its row in tests/support/operations.ts)', () => {
  expect(MUTATIONS.filter((op) => !(op in OPERATIONS))).toEqual([]);
  // logout has no arguments
  expect(MUTATIONS.filter((op) => !FUZZED.includes(op))).toEqual(['Mutation.logout']);
});

describe.each(FUZZED)('%s', (op) => {
  it(`answers ${RUNS} hostile inputs with a result or a coded error, and writes nothing when it refuses`, async () => {
    const spec = OPERATIONS[op];
    const slots = slotsOf(spec.query);
    const change = fc
      .integer({ min: 0, max: slots.length - 1 })
      .chain((i) =>
        fc
          .oneof(
            { weight: 9, arbitrary: hostile(slots[i].type, ids) },
            { weight: 1, arbitrary: fc.constant(undefined) },
          )
          .map((value) => ({ path: slots[i].path, value })),
      );
    const token = tokens.get(callerOf(op) ?? '') ?? null;
    let before: Fingerprint = await fingerprint(t);
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 3 }), async (changes) => {
        const vars = structuredClone(spec.vars(w));
        for (const c of changes) put(vars, c.path, c.value);
        const r = await send(spec.query, vars, token);
        const wrong = problem(r);
        if (wrong) throw new Error(`${wrong}\nvariables: ${JSON.stringify(vars).slice(0, 600)}`);
        const after = await fingerprint(t);
        if (r.errors || !r.data) {
          const changed = changedTables(before, after);
          if (changed.length)
            throw new Error(
              `refused with ${r.code} but wrote ${changed.join(', ')}\nvariables: ${JSON.stringify(vars).slice(0, 600)}`,
            );
        }
        before = after;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});

describe('found by the fuzz', () => {
  it('a list of 2000 wrong values is BAD_USER_INPUT (GraphQL gives up after 50 errors with an uncoded error of its own)', async () => {
    const r = await send(
      OPERATIONS['Mutation.createUser'].query,
      { i: { ...(OPERATIONS['Mutation.createUser'].vars(w).i as object), globalRoles: Array(2000).fill(0) } },
      tokens.get('admin@demo.marac.local')!,
    );
    expect(r.status).toBe(400);
    expect([...new Set(r.errors!.map((e: { extensions: { code: string } }) => e.extensions.code))]).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('createAgency with a name of spaces is BAD_USER_INPUT and writes nothing (it broke a CHECK: INTERNAL_SERVER_ERROR)', async () => {
    const before = await fingerprint(t);
    const r = await send(
      OPERATIONS['Mutation.createAgency'].query,
      { i: { name: ' ', kind: 'OTHER' } },
      tokens.get('admin@demo.marac.local')!,
    );
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(changedTables(before, await fingerprint(t))).toEqual([]);
  });

  it('a body over the size limit is a coded 413, before GraphQL', async () => {
    const r = await send(
      OPERATIONS['Mutation.submitResearch'].query,
      { i: { summary: 'é'.repeat(70_000) } },
      null,
    );
    expect([r.status, r.httpError]).toEqual([413, 'BAD_REQUEST']);
  });
});
