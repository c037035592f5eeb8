/**
 * A mixed load of several roles for the fault tests: the referrer refers, the coordinator triages and creates actions,
 * the housing rep updates them (optimistic versions), and police, STRATEGIC, AUDITOR and ADMIN read. Bounded: it runs
 * until `stop()`, and each request has a client timeout. It keeps a ledger of what the client SAW succeed, which is
 * what a test checks against the database afterwards; answers that never came (a killed API) are "unknown".
 */
import { dash } from './fixtures.js';
import type { DemoUser } from './harness.js';
import { gql, type Answer } from './processes.js';

export const LOAD_USERS: DemoUser[] = [
  'referrer',
  'marac.coordinator',
  'marac.chair',
  'housing.rep',
  'police.rep',
  'strategic',
  'auditor',
  'admin',
];

export interface LoadContext {
  /** the APIs, used in turn */
  bases: string[];
  tokens: Record<string, string>;
  panelId: string;
  housingAgencyId: string;
  housingRepId: string;
  /** each request's client timeout */
  timeoutMs?: number;
}

export interface SeenCase {
  id: string;
  reference: string;
  accepted: boolean;
}

const CREATE_REFERRAL = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id reference } }`;
const TRIAGE = `mutation($input: TriageInput!) { triageReferral(input: $input) { id status } }`;
const CREATE_ACTION = `mutation($i: CreateActionInput!) { createAction(input: $i) { id version } }`;
const UPDATE_ACTION = `mutation($i: UpdateActionInput!) { updateAction(input: $i) { id version } }`;

const READS: [DemoUser, string, (c: LoadContext) => Record<string, unknown>][] = [
  ['police.rep', `{ cases(first: 10) { totalCount edges { node { id reference status } } } }`, () => ({})],
  [
    'marac.chair',
    `query($id: ID!) { panels { id } meetings(panelId: $id, first: 5) { id } }`,
    (c) => ({ id: c.panelId }),
  ],
  [
    'strategic',
    `query($i: MetricsInput!) { panelMetrics(input: $i) { referrals actionsTotal } }`,
    (c) => ({ i: { panelId: c.panelId, from: '2026-01-01', to: '2026-10-31' } }),
  ],
  ['auditor', `{ auditEvents(first: 20) { id action } }`, () => ({})],
  ['admin', `{ agencies { id } failedNotifications(first: 5) { id } }`, () => ({})],
];

let serial = 0;

export class MixedLoad {
  readonly cases = new Map<string, SeenCase>();
  /** action id -> the highest version the client saw */
  readonly actions = new Map<string, number>();
  /** referral or action requests whose answer never came: their outcome is unknown */
  unknown = 0;
  /** every answer: "<HTTP status> <first code or OK>" -> count */
  readonly outcomes = new Map<string, number>();
  /** answers per operation: name -> latencies (ms) */
  readonly latency = new Map<string, number[]>();
  requests = 0;
  private running = false;
  private loops: Promise<void>[] = [];
  private turn = 0;

  constructor(readonly c: LoadContext) {}

  start(concurrency: number): void {
    this.running = true;
    for (let i = 0; i < concurrency; i++) this.loops.push(this.loop(i));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
  }

  /** Successful mutations seen so far. */
  get writes(): number {
    return this.cases.size + [...this.cases.values()].filter((c) => c.accepted).length + this.actions.size;
  }

  /** Outcomes that are neither a success nor an expected refusal (CONFLICT from a stale version). */
  unexpected(): Record<string, number> {
    return Object.fromEntries([...this.outcomes].filter(([k]) => !/^200 (OK|CONFLICT)$/.test(k)));
  }

  private async loop(i: number): Promise<void> {
    while (this.running) {
      const pick = (i + this.turn++) % 10;
      try {
        if (pick < 3) await this.refer();
        else if (pick < 5) await this.triage();
        else if (pick < 6) await this.createAction();
        else if (pick < 8) await this.updateAction();
        else await this.read();
      } catch {
        // a request helper never throws; keep looping
      }
    }
  }

  private async call(
    op: string,
    user: DemoUser,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<Answer> {
    const base = this.c.bases[this.requests++ % this.c.bases.length];
    const a = await gql(base, query, variables, this.c.tokens[user], this.c.timeoutMs ?? 15_000);
    const key = `${a.status} ${a.codes[0] ?? 'OK'}`;
    this.outcomes.set(key, (this.outcomes.get(key) ?? 0) + 1);
    if (a.status === 200) {
      const list = this.latency.get(op) ?? [];
      list.push(a.ms);
      this.latency.set(op, list);
    }
    return a;
  }

  private async refer(): Promise<void> {
    const n = ++serial;
    const a = await this.call('createReferral', 'referrer', CREATE_REFERRAL, {
      input: {
        panelId: this.c.panelId,
        subject: {
          givenName: 'Load',
          familyName: `Faults${process.pid}x${n}`,
          dateOfBirth: '1991-05-17',
          gender: 'FEMALE',
        },
        criteria: ['VISIBLE_HIGH_RISK'],
        dashAnswers: dash(15),
        riskSummary: 'Escalating threats reported.',
        childrenInHousehold: 0,
        lawfulBasis: 'Crime and Disorder Act 1998 s115',
        referralDate: '2026-11-02',
      },
    });
    if (a.status === 0) this.unknown++;
    const c = a.data?.createReferral;
    if (c) this.cases.set(c.id, { id: c.id, reference: c.reference, accepted: false });
  }

  private async triage(): Promise<void> {
    const c = [...this.cases.values()].find((x) => !x.accepted && !(x as any).triaging);
    if (!c) return this.refer();
    (c as any).triaging = true;
    const a = await this.call('triageReferral', 'marac.coordinator', TRIAGE, {
      input: { caseId: c.id, decision: 'ACCEPT' },
    });
    if (a.status === 0) this.unknown++;
    if (a.data?.triageReferral) c.accepted = true;
  }

  private async createAction(): Promise<void> {
    const accepted = [...this.cases.values()].filter((x) => x.accepted);
    if (!accepted.length) return this.triage();
    const c = accepted[Math.floor(Math.random() * accepted.length)];
    const a = await this.call('createAction', 'marac.coordinator', CREATE_ACTION, {
      i: {
        caseId: c.id,
        description: 'Housing to expedite a move to safe accommodation',
        ownerAgencyId: this.c.housingAgencyId,
        assigneeId: this.c.housingRepId,
        dueDate: '2027-06-30',
      },
    });
    if (a.status === 0) this.unknown++;
    const x = a.data?.createAction;
    if (x) this.actions.set(x.id, Math.max(this.actions.get(x.id) ?? 0, x.version));
  }

  private async updateAction(): Promise<void> {
    const ids = [...this.actions.keys()];
    if (!ids.length) return this.createAction();
    const id = ids[Math.floor(Math.random() * ids.length)];
    const a = await this.call('updateAction', 'housing.rep', UPDATE_ACTION, {
      i: {
        actionId: id,
        expectedVersion: this.actions.get(id),
        status: 'IN_PROGRESS',
        note: 'Visited; in progress',
      },
    });
    if (a.status === 0) this.unknown++;
    const x = a.data?.updateAction;
    if (x) this.actions.set(id, Math.max(this.actions.get(id) ?? 0, x.version));
  }

  private async read(): Promise<void> {
    const [user, query, vars] = READS[this.turn % READS.length];
    await this.call(`read:${user}`, user, query, vars(this.c));
  }
}

/** p-th percentile (0-100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
