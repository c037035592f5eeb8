/**
 * Issue 14, "Insecure direct object references": every operation that takes an id (or an input with ids) is called
 * with the ids of another panel's records, and of a restricted case, by users who pass the gate but may not see
 * them. The answer is the one an unknown id gets (NOT_FOUND for the record the operation is about, the same code and
 * message for an id inside an input), and nothing is written: the business tables' fingerprints (row counts and row
 * hashes, tests/support/operations.ts) are the same before and after each operation's attempts.
 */
import { AUTHENTICATOR, defineAbilityFor, POLICY_TABLE, type Authenticator } from '@marac/access';
import type { AuthUser } from '@marac/core';
import { getNamedType, isInputObjectType, type GraphQLInputType, type GraphQLObjectType } from 'graphql';
import { startTestApp, type GqlResult, type TestApp } from './support/harness.js';
import {
  OPERATIONS,
  PASSWORD,
  UNKNOWN_ID,
  buildWorld,
  changedTables,
  fingerprint,
  generatedSchema,
  schemaOperations,
  meetingSlot,
  type World,
} from './support/operations.js';
import { person, referral } from './support/fixtures.js';

let t: TestApp;
let w: World;
/** the other panel's own records (MATAC), to mix with MARAC ids */
let matacCase: string;
let matacMeeting: string;

/** Users who may call the operations but do not see the MARAC records in question. */
const OTHER_PANEL = ['matac.coordinator', 'hrap.chair', 'other-rep'] as const;
/** Users who would see the case were it not restricted (reps of its published agenda, the owner of its action). */
const NOT_ON_ALLOW_LIST = [
  'housing.rep',
  'police.rep',
  'idva.rep',
  'csc.rep',
  'referrer',
  'matac.coordinator',
] as const;
type Who = (typeof OTHER_PANEL)[number] | (typeof NOT_ON_ALLOW_LIST)[number];

interface Attempt {
  /** what is tried, for the test's name */
  what: string;
  op: string;
  who: readonly Who[];
  /** variables naming the record the caller may not see */
  vars: () => Record<string, unknown>;
  /** the same with an unknown id in its place */
  unknown: () => Record<string, unknown>;
  /** the operation's own record (NOT_FOUND), or an id inside its input (the unknown id's answer, whatever it is) */
  kind: 'record' | 'input';
}

const ATTEMPTS: Attempt[] = [];
/** An attempt on `op` where `field` of its valid variables (tests/support/operations.ts) names a hidden record. */
function attempt(
  op: string,
  who: readonly Who[],
  what: string,
  set: (v: any, id: string) => void,
  id: () => string,
  kind: Attempt['kind'] = 'record',
  base: () => Record<string, unknown> = () => OPERATIONS[op].vars(w),
) {
  const build = (value: string) => () => {
    const v = structuredClone(base());
    set(v, value);
    return v;
  };
  ATTEMPTS.push({
    what,
    op,
    who,
    kind,
    vars: () => build(id())(),
    unknown: build(UNKNOWN_ID),
  });
}

// --- another panel's records (MARAC), by staff and reps of other panels ---
const other = 'another panel';
attempt(
  'Query.case',
  OTHER_PANEL,
  `${other}'s case`,
  (v, id) => (v.id = id),
  () => w.accepted.id,
);
attempt(
  'Query.meeting',
  OTHER_PANEL,
  `${other}'s meeting`,
  (v, id) => (v.id = id),
  () => w.published,
);
attempt(
  'Query.meetings',
  OTHER_PANEL,
  `${other}'s meetings`,
  (v, id) => (v.p = id),
  () => w.marac,
);
attempt(
  'Query.action',
  OTHER_PANEL,
  `${other}'s action`,
  (v, id) => (v.id = id),
  () => w.action,
);
for (const op of ['Query.panelMetrics', 'Query.panelMetricsSeries'])
  attempt(
    op,
    OTHER_PANEL,
    `${other}'s metrics`,
    (v, id) => (v.i.panelId = id),
    () => w.marac,
  );
attempt(
  'Query.safeLivesReturn',
  OTHER_PANEL,
  `${other}'s return`,
  (v, id) => (v.p = id),
  () => w.marac,
);
const caseOps: [string, (v: any, id: string) => void, () => string][] = [
  ['Mutation.addLinkedPerson', (v, id) => (v.c = id), () => w.accepted.id],
  ['Mutation.removeLinkedPerson', (v, id) => (v.c = id), () => w.accepted.id],
  ['Mutation.recordFurtherIncident', (v, id) => (v.i.caseId = id), () => w.publishedCase],
  ['Mutation.recordIdvaContact', (v, id) => (v.i.caseId = id), () => w.accepted.id],
  ['Mutation.confirmPersonMatch', (v, id) => (v.i.caseId = id), () => w.accepted.id],
  ['Mutation.triageReferral', (v, id) => (v.i.caseId = id), () => w.submitted.id],
  ['Mutation.closeCase', (v, id) => (v.c = id), () => w.heard],
  ['Mutation.recordRiskReview', (v, id) => (v.i.caseId = id), () => w.accepted.id],
  ['Mutation.withdrawReferral', (v, id) => (v.c = id), () => w.toWithdraw],
  ['Mutation.createAction', (v, id) => (v.i.caseId = id), () => w.publishedCase],
];
for (const [op, set, id] of caseOps) attempt(op, OTHER_PANEL, `${other}'s case`, set, id);
const meetingOps: [string, (v: any, id: string) => void, () => string][] = [
  ['Mutation.scheduleMeeting', (v, id) => (v.i.panelId = id), () => w.marac],
  ['Mutation.rescheduleMeeting', (v, id) => (v.i.meetingId = id), () => w.scheduled],
  ['Mutation.cancelMeeting', (v, id) => (v.m = id), () => w.cancellable],
  ['Mutation.addCaseToAgenda', (v, id) => (v.m = id), () => w.scheduled],
  ['Mutation.proposeAgenda', (v, id) => (v.m = id), () => w.scheduled],
  ['Mutation.moveAgendaItem', (v, id) => (v.i = id), () => w.item],
  ['Mutation.removeAgendaItem', (v, id) => (v.i = id), () => w.removableItem],
  ['Mutation.publishAgenda', (v, id) => (v.m = id), () => w.scheduled],
  ['Mutation.recordAttendance', (v, id) => (v.i.meetingId = id), () => w.published],
  ['Mutation.recordMinutes', (v, id) => (v.i = id), () => w.publishedItem],
  ['Mutation.concludeMeeting', (v, id) => (v.m = id), () => w.published],
  ['Mutation.submitResearch', (v, id) => (v.i.agendaItemId = id), () => w.publishedItem],
  ['Mutation.updateAction', (v, id) => (v.i.actionId = id), () => w.action],
];
for (const [op, set, id] of meetingOps) attempt(op, OTHER_PANEL, `${other}'s record`, set, id);

// --- ids of another panel's records inside the caller's own operation (MATAC staff on their own records) ---
const own = ['matac.coordinator'] as const;
attempt(
  'Mutation.addCaseToAgenda',
  own,
  "another panel's case onto one's own meeting",
  (v, id) => ((v.m = matacMeeting), (v.c = id)),
  () => w.agendaCandidate,
  'input',
);
attempt(
  'Mutation.createAction',
  own,
  "one's own case with another panel's agenda item",
  (v, id) => ((v.i.caseId = matacCase), (v.i.agendaItemId = id)),
  () => w.publishedItem,
  'input',
);
attempt(
  'Mutation.confirmPersonMatch',
  own,
  "one's own case matched to a person of a restricted case",
  (v, id) => (v.i = { caseId: matacCase, personId: v.i.personId, matchedPersonId: id }),
  () => w.restrictedPersonId,
  'input',
  () => ({ i: { caseId: matacCase, personId: matacPersonId, matchedPersonId: UNKNOWN_ID } }),
);
attempt(
  'Mutation.createReferral',
  own,
  'a referral naming the person of a restricted case (existingPersonId)',
  (v, id) => (v.i.subject = { existingPersonId: id }),
  () => w.restrictedPersonId,
  'input',
  () => ({ i: referral(w.matac, { criteria: [], dashAnswers: null, rfgvScore: 20, subject: person() }) }),
);
attempt(
  'Mutation.addLinkedPerson',
  own,
  'linking the person of a restricted case to one’s own case',
  (v, id) => ((v.c = matacCase), (v.i = { role: 'OTHER', person: { existingPersonId: id } })),
  () => w.restrictedPersonId,
  'input',
);
attempt(
  'Mutation.moveAgendaItem',
  own,
  "another panel's agenda item",
  (v, id) => (v.i = id),
  () => w.item,
);
attempt(
  'Mutation.recordMinutes',
  own,
  "another panel's agenda item (own meeting's item is fine)",
  (v, id) => (v.i = id),
  () => w.publishedItem,
);
attempt(
  'Mutation.recordAttendance',
  own,
  "one's own meeting with another panel's meeting id",
  (v, id) => (v.i.meetingId = id),
  () => w.published,
);

// --- the restricted case: its record and everything hanging from it ---
const restricted = 'the restricted case';
attempt(
  'Query.case',
  NOT_ON_ALLOW_LIST,
  `${restricted}`,
  (v, id) => (v.id = id),
  () => w.restricted.id,
);
attempt(
  'Query.caseByReference',
  NOT_ON_ALLOW_LIST,
  `${restricted} by reference`,
  (v, id) => (v.r = id),
  () => w.restricted.reference,
);
attempt(
  'Query.action',
  NOT_ON_ALLOW_LIST,
  `${restricted}'s action`,
  (v, id) => (v.id = id),
  () => w.restrictedAction,
);
for (const [op, set] of caseOps) attempt(op, NOT_ON_ALLOW_LIST, restricted, set, () => w.restricted.id);
attempt(
  'Mutation.updateAction',
  NOT_ON_ALLOW_LIST,
  `${restricted}'s action (the police own it)`,
  (v, id) => (v.i.actionId = id),
  () => w.restrictedAction,
);
attempt(
  'Mutation.submitResearch',
  NOT_ON_ALLOW_LIST,
  `${restricted}'s agenda item (published)`,
  (v, id) => (v.i.agendaItemId = id),
  () => w.restrictedItem,
);

let matacPersonId: string;
const tokens = new Map<string, string>();
const users = new Map<string, AuthUser | null>();
const emailOf = (who: Who) => (who === 'other-rep' ? w.emails.otherRep : `${who}@demo.marac.local`);

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  const auth = t.app.get<Authenticator>(AUTHENTICATOR, { strict: false });
  for (const who of new Set<Who>([...OTHER_PANEL, ...NOT_ON_ALLOW_LIST])) {
    const token = await t.token(emailOf(who), who === 'other-rep' ? PASSWORD : undefined);
    tokens.set(who, token);
    users.set(who, await auth.authenticate(token));
  }
  const nominal = await t.ok(
    'matac.coordinator',
    `mutation($i: CreateReferralInput!) { createReferral(input: $i) { id subject { id } } }`,
    {
      i: referral(w.matac, {
        criteria: [],
        dashAnswers: null,
        rfgvScore: 20,
        subject: person({ gender: 'MALE' }),
      }),
    },
  );
  matacCase = nominal.createReferral.id;
  matacPersonId = nominal.createReferral.subject.id;
  await t.ok('matac.coordinator', `mutation($i: TriageInput!) { triageReferral(input: $i) { id } }`, {
    i: { caseId: matacCase, decision: 'ACCEPT' },
  });
  matacMeeting = (
    await t.ok(
      'matac.coordinator',
      `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`,
      {
        i: { panelId: w.matac, startsAt: meetingSlot() },
      },
    )
  ).scheduleMeeting.id;
}, 120_000);
afterAll(() => t.close());

/** The parts of an answer that must not tell a hidden record from an unknown one. */
const shape = (r: GqlResult) => ({
  status: r.status,
  data: r.data,
  errors: r.errors?.map((e) => {
    const { id: _id, ...extensions } = e.extensions as Record<string, unknown>;
    return { message: e.message.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>'), extensions };
  }),
});

/** Whether an argument of this type carries an ID (itself, or a field of its input type, at any depth). */
function takesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => takesId(f.type, seen));
}

const passesGate = (op: string, who: Who) => {
  const rule = POLICY_TABLE[op];
  return typeof rule === 'string' || defineAbilityFor(users.get(who)!).can(rule[0], rule[1]);
};

it('every operation of the schema that takes an id (or an input with ids) is attempted', () => {
  const attempted = new Set(ATTEMPTS.map((a) => a.op));
  // operations with ids that only global roles reach (ADMIN manages every panel and user; AUDITOR reads every
  // event), or whose ids are filters of a list (the lists are tried below)
  const global = new Set([
    'Mutation.disableUser',
    'Mutation.updatePanelSettings',
    'Mutation.addPanelMember',
    'Mutation.removePanelMember',
    'Mutation.retryNotification',
    'Mutation.createUser',
    'Mutation.createPanel',
    'Query.auditEvents',
    'Query.cases',
    'Query.actions',
  ]);
  const schema = generatedSchema();
  const withIds = schemaOperations(schema)
    .filter((op) => {
      const [type, field] = op.split('.');
      const fields = (schema.getType(type) as GraphQLObjectType).getFields();
      return fields[field].args.some((arg) => takesId(arg.type));
    })
    .filter((op) => !global.has(op));
  expect(withIds.filter((op) => !attempted.has(op))).toEqual([]);
});

describe.each(ATTEMPTS.map((a) => [`${a.op}: ${a.what}`, a] as const))('%s', (_name, a) => {
  it('is NOT_FOUND, as an unknown id, for every caller who passes the gate, and writes nothing', async () => {
    const callers = a.who.filter((who) => passesGate(a.op, who));
    expect(callers.length).toBeGreaterThan(0);
    const before = await fingerprint(t);
    const answers: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const who of callers) {
      const token = tokens.get(who)!;
      const spec = OPERATIONS[a.op];
      const [hidden, unknown] = [
        await t.gql(spec.query, a.vars(), token),
        await t.gql(spec.query, a.unknown(), token),
      ];
      answers[who] = shape(hidden);
      expected[who] = shape(unknown);
      if (a.kind === 'record') expect([who, hidden.code]).toEqual([who, 'NOT_FOUND']);
      else expect([who, hidden.code]).not.toEqual([who, undefined]);
    }
    expect(answers).toEqual(expected);
    expect(changedTables(before, await fingerprint(t))).toEqual([]);
  });
});

describe.each([
  ['cases', `query($f: CaseFilter) { cases(filter: $f, first: 500) { edges { node { id } } } }`],
  ['actions', `query($f: ActionFilter) { actions(filter: $f, first: 500) { id } }`],
])('Query.%s filtered by another panel', (_name, query) => {
  it.each(['matac.coordinator', 'hrap.chair', 'other-rep', 'housing.rep', 'police.rep'] as Who[])(
    '%s gets none of its rows, and none of the restricted case',
    async (who) => {
      const r = await t.gql(query, { f: { panelId: w.marac } }, tokens.get(who));
      const text = JSON.stringify(r.data ?? {});
      expect(text).not.toContain(w.restricted.id);
      expect(text).not.toContain(w.restrictedAction);
      if (OTHER_PANEL.includes(who as never)) {
        for (const id of [w.accepted.id, w.publishedCase, w.action, w.submitted.id])
          expect(text).not.toContain(id);
      }
    },
  );
});
