/**
 * Issue 14: STRATEGIC, ADMIN and AUDITOR reach no personal data through any path (POLICY.md "Fields"). As each of
 * them, the schema is read by introspection; from every root field they may call (Query and Mutation, the gate's
 * answer per the policy table), every reachable field is selected to a bounded depth (fields without required
 * arguments; root arguments from tests/support/operations.ts), and the answers are searched for the stored persons'
 * names, dates of birth, identifiers and contact details and for the free text about them (risk summaries, the
 * victim's views, minutes, research, actions, notes), and for any non-null person field.
 */
import { print, parse, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { AUTHENTICATOR, defineAbilityFor, POLICY_TABLE, type Authenticator } from '@marac/access';
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { OPERATIONS, buildWorld, type World } from './support/operations.js';

let t: TestApp;
let w: World;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface IntroField {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}
const REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECT = `{ __schema { types { name kind fields { name args { name type { ${REF} } } type { ${REF} } } } } }`;
const named = (r: TypeRef): TypeRef => (r.ofType ? named(r.ofType) : r);
const DEPTH = 5;

/** Every field without required arguments, to `depth` levels of objects. */
function selection(types: Map<string, IntroField[]>, typeName: string, depth: number): string {
  const fields = types.get(typeName) ?? [];
  const parts: string[] = [];
  for (const f of fields) {
    if (f.args.some((a) => a.type.kind === 'NON_NULL')) continue;
    const target = named(f.type);
    if (target.kind === 'OBJECT') {
      if (depth <= 1) continue;
      const inner = selection(types, target.name!, depth - 1);
      if (inner) parts.push(`${f.name} { ${inner} }`);
    } else parts.push(f.name);
  }
  return parts.join(' ');
}

/** The operation's document (tests/support/operations.ts) with the root field's selection replaced. */
function withSelection(op: string, sel: string): string {
  const doc = parse(OPERATIONS[op].query);
  const root = (doc.definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
  const set = sel
    ? ((parse(`{ ${sel} }`).definitions[0] as OperationDefinitionNode).selectionSet as SelectionSetNode)
    : undefined;
  (root as { selectionSet?: SelectionSetNode }).selectionSet = set;
  return print(doc);
}

/** The stored personal values: what must never appear in these users' answers. */
async function personalValues(): Promise<string[]> {
  const columns: Record<string, string[]> = {
    person: [
      'given_name',
      'family_name',
      'date_of_birth',
      'nhs_number',
      'police_national_id',
      'address',
      'phone',
      'safe_contact_notes',
    ],
    case_person: ['contact', 'school', 'relationship_to_subject', 'relationship_to_perpetrator'],
    case_record: [
      'risk_summary',
      'victim_views',
      'victim_not_aware_reason',
      'shared_without_consent_reason',
      'triage_reason',
      'closure_reason',
    ],
    agenda_item: ['minutes'],
    research: ['summary'],
    action: ['description'],
    action_update: ['note'],
    further_incident: ['note'],
    idva_contact: ['note'],
    risk_review: ['note'],
  };
  const present = await t.sql<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const values = new Set<string>();
  for (const [table, cols] of Object.entries(columns)) {
    for (const col of cols) {
      const c = present.find((p) => p.table_name === table && p.column_name === col);
      if (!c) continue;
      const rows = await t.sql<{ v: string }>(
        c.data_type === 'jsonb'
          ? `SELECT DISTINCT j.value AS v FROM ${table}, jsonb_each_text(${col}) j WHERE ${col} IS NOT NULL`
          : `SELECT DISTINCT ${col}::text AS v FROM ${table} WHERE ${col} IS NOT NULL`,
      );
      for (const r of rows) if (r.v && r.v.trim().length >= 4) values.add(r.v.trim());
    }
  }
  // a word that is also in a staff user's, an agency's or a panel's name is not told apart by its text (a person
  // called "Demo" and the user "Demo Administrator"): those fields are public, and the key check below covers them
  const publicText = (
    await t.sql<{ v: string }>(
      `SELECT name AS v FROM app_user UNION SELECT name FROM agency UNION SELECT name || ' ' || area FROM panel`,
    )
  ).map((r) => r.v);
  return [...values].filter((v) => !publicText.some((p) => new RegExp(`(^|\\W)${escape(v)}($|\\W)`).test(p)));
}

/** Every string leaf of an answer, with the key it is under. */
function leaves(value: unknown, key = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([key, value]);
  else if (Array.isArray(value)) value.forEach((v) => leaves(v, key, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, k, out);
  return out;
}
/** Keys that name personal fields anywhere in the schema: must never carry a value for these users. */
const PERSONAL_KEYS = new Set([
  'givenName',
  'familyName',
  'dateOfBirth',
  'nhsNumber',
  'policeNationalId',
  'address',
  'phone',
  'safeContactNotes',
  'school',
  'riskSummary',
  'victimViews',
  'minutes',
  'summary',
  'description',
  'note',
]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  // research of this file's own (the demo data has minutes, research and actions of every kind too)
  await t.ok(
    'housing.rep',
    OPERATIONS['Mutation.submitResearch'].query,
    OPERATIONS['Mutation.submitResearch'].vars(w),
  );
}, 120_000);
afterAll(() => t.close());

/** Walks every root field `user` may call; answers the personal values found (as "op key: value"). */
async function walk(user: DemoUser, only?: string[]): Promise<{ walked: string[]; found: string[] }> {
  const token = await t.token(user);
  const me = await t.app.get<Authenticator>(AUTHENTICATOR, { strict: false }).authenticate(token);
  const ability = defineAbilityFor(me);
  const schema = await t.gql(INTROSPECT, {}, token);
  expect(schema.errors).toBeUndefined();
  const types = new Map<string, IntroField[]>(
    schema.data.__schema.types.map((ty: { name: string; fields: IntroField[] | null }) => [
      ty.name,
      ty.fields ?? [],
    ]),
  );
  const roots = (['Query', 'Mutation'] as const).flatMap((root) =>
    types
      .get(root)!
      .map((f) => `${root}.${f.name}`)
      .filter((op) => {
        const rule = POLICY_TABLE[op];
        return op !== 'Mutation.logout' && (typeof rule === 'string' || ability.can(rule[0], rule[1]));
      })
      .filter((op) => !only || only.includes(op)),
  );
  const personal = await personalValues();
  expect(personal.length).toBeGreaterThan(100);
  const walked: string[] = [];
  const found: string[] = [];
  for (const op of roots) {
    expect([op, op in OPERATIONS]).toEqual([op, true]);
    const field = types.get(op.split('.')[0])!.find((f) => f.name === op.split('.')[1])!;
    const target = named(field.type);
    const r = await t.gql(
      withSelection(op, target.kind === 'OBJECT' ? selection(types, target.name!, DEPTH) : ''),
      OPERATIONS[op].vars(w),
      token,
    );
    // the gate let it through: no refusal of the operation itself, and the document is within the limits
    expect([op, r.code]).not.toEqual([op, 'FORBIDDEN']);
    expect([op, r.status]).not.toEqual([op, 400]);
    if (r.data) walked.push(op);
    for (const [key, text] of leaves(r.data)) {
      if (PERSONAL_KEYS.has(key)) found.push(`${op} ${key}: ${text}`);
      for (const v of personal) {
        const hit = v.length >= 12 ? text.includes(v) : new RegExp(`(^|\\W)${escape(v)}($|\\W)`).test(text);
        if (hit) found.push(`${op} ${key}: ${text} (stored: ${v})`);
      }
    }
  }
  return { walked, found };
}

describe.each<DemoUser>(['strategic', 'admin', 'auditor'])('%s', (user) => {
  it('reaches no personal data from any root field it may call', async () => {
    const { walked, found } = await walk(user);
    expect(found).toEqual([]);
    // the walk reached data, not only refusals
    expect(walked.length).toBeGreaterThan(3);
  });
});

it('the walk finds personal data where there is some (the coordinator reading a case of their panel)', async () => {
  const { walked, found } = await walk('marac.coordinator', ['Query.case', 'Query.action']);
  expect(walked.sort()).toEqual(['Query.action', 'Query.case']);
  expect(found.some((f) => f.startsWith('Query.case familyName'))).toBe(true);
  expect(found.some((f) => f.includes('(stored: '))).toBe(true);
});
