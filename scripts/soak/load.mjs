// The soak's load generator (autocannon), in its own process so that it never shares an event loop with the API.
// Each connection cycles through a sequence of mixed reads and writes of every role; writes use what the same
// connection made before (its referral is triaged, its case gets an action, its action is updated with the version
// it last read). The parent sends the options over IPC and gets back the tallies.
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

const q = {
  refer: `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id reference } }`,
  triage: `mutation($input: TriageInput!) { triageReferral(input: $input) { id status } }`,
  createAction: `mutation($i: CreateActionInput!) { createAction(input: $i) { id version } }`,
  updateAction: `mutation($i: UpdateActionInput!) { updateAction(input: $i) { id version } }`,
  casesPolice: `{ cases(first: 20) { totalCount edges { node { id reference status subject { givenName } } } } }`,
  casePanel: `query($id: ID!) { case(id: $id) { id reference status subject { givenName familyName } flags { kind } actions { id status } } }`,
  meetings: `query($p: ID!) { meetings(panelId: $p, first: 10) { id status startsAt } }`,
  metrics: `query($i: MetricsInput!) { panelMetrics(input: $i) { referrals repeatRate actionsTotal } }`,
  audit: `{ auditEvents(first: 50) { id action at } }`,
  admin: `{ agencies { id name } users(first: 50) { id email } }`,
  actionsRep: `{ actions(first: 50) { id status dueDate overdue } }`,
  me: `{ me { id email memberships { role } } }`,
};

const dash = (yes) => [...Array(yes).fill('YES'), ...Array(24 - yes).fill('NO')];
let serial = 0;

process.once('message', async (o) => {
  const byStatus = {};
  const byCode = {};
  const latency = {}; // operation -> [ms]
  const answers = {}; // operation -> count
  const count = (map, key) => (map[key] = (map[key] ?? 0) + 1);

  /** One step of the sequence: its operation name, who sends it, and its variables (from the connection's context). */
  const step = (op, user, vars, onData) => ({
    method: 'POST',
    path: '/graphql',
    setupRequest: (req, context) => {
      const variables = vars(context);
      if (variables === null) return null; // nothing to do yet: autocannon resets the sequence
      context.op = op;
      context.sentAt = performance.now();
      return {
        ...req,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${o.tokens[user]}` },
        body: JSON.stringify({ query: q[op], variables }),
      };
    },
    onResponse: (status, body, context) => {
      (latency[context.op] ??= []).push(performance.now() - context.sentAt);
      count(answers, context.op);
      if (status !== 200) count(byStatus, String(status));
      let parsed = null;
      try {
        parsed = JSON.parse(body);
      } catch {
        count(byCode, 'NOT_JSON');
      }
      for (const e of parsed?.errors ?? []) count(byCode, e.extensions?.code ?? 'NONE');
      if (parsed?.data && onData) onData(parsed.data, context);
    },
  });

  const requests = [
    step(
      'refer',
      'referrer',
      () => ({
        input: {
          panelId: o.panelId,
          subject: {
            givenName: 'Soak',
            familyName: `Subject${process.pid}x${++serial}`,
            dateOfBirth: '1990-04-12',
            gender: 'FEMALE',
          },
          criteria: ['VISIBLE_HIGH_RISK'],
          dashAnswers: dash(15),
          riskSummary: 'Escalating threats reported.',
          childrenInHousehold: 1,
          lawfulBasis: 'Crime and Disorder Act 1998 s115',
          referralDate: '2026-11-02',
        },
      }),
      (d, c) => (c.caseId = d.createReferral.id),
    ),
    step('casesPolice', 'police.rep', () => ({})),
    step('triage', 'marac.coordinator', (c) =>
      c.caseId ? { input: { caseId: c.caseId, decision: 'ACCEPT' } } : null,
    ),
    step('metrics', 'strategic', () => ({ i: { panelId: o.panelId, from: '2026-01-01', to: '2026-10-31' } })),
    step(
      'createAction',
      'marac.coordinator',
      (c) =>
        c.caseId
          ? {
              i: {
                caseId: c.caseId,
                description: 'Housing to expedite a move to safe accommodation',
                ownerAgencyId: o.housingAgencyId,
                assigneeId: o.housingRepId,
                dueDate: '2027-06-30',
              },
            }
          : null,
      (d, c) => {
        c.actionId = d.createAction.id;
        c.version = d.createAction.version;
      },
    ),
    step('casePanel', 'marac.chair', (c) => ({ id: c.caseId ?? o.someCaseId })),
    step(
      'updateAction',
      'housing.rep',
      (c) =>
        c.actionId
          ? {
              i: { actionId: c.actionId, expectedVersion: c.version, status: 'IN_PROGRESS', note: 'Visited' },
            }
          : null,
      (d, c) => (c.version = d.updateAction.version),
    ),
    step('audit', 'auditor', () => ({})),
    step('meetings', 'marac.chair', () => ({ p: o.panelId })),
    step('admin', 'admin', () => ({})),
    step('actionsRep', 'housing.rep', () => ({})),
    step('me', 'idva.rep', () => ({})),
  ];

  try {
    const r = await autocannon({
      url: o.url,
      connections: o.connections,
      pipelining: 1,
      duration: o.duration,
      timeout: 30,
      requests,
    });
    const pct = (list, p) => {
      if (!list?.length) return null;
      const s = [...list].sort((a, b) => a - b);
      return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] * 10) / 10;
    };
    const perOperation = Object.fromEntries(
      Object.keys(answers)
        .sort()
        .map((op) => [
          op,
          { requests: answers[op], p50Ms: pct(latency[op], 50), p99Ms: pct(latency[op], 99) },
        ]),
    );
    for (const [code, n] of Object.entries(r.statusCodeStats ?? {}))
      if (code !== '200' && !byStatus[code]) byStatus[code] = n.count;
    process.send(
      {
        ok: true,
        summary: {
          requests: r.requests.total,
          requestsPerSecond: r.requests.average,
          durationSeconds: r.duration,
          latency: { p50Ms: r.latency.p50, p99Ms: r.latency.p99, maxMs: r.latency.max },
          errorsByStatus: byStatus,
          errorsByCode: byCode,
          transportErrors: r.errors,
          timeouts: r.timeouts,
          perOperation,
        },
      },
      () => process.exit(0),
    );
  } catch (e) {
    process.send({ ok: false, error: String(e?.stack ?? e) }, () => process.exit(1));
  }
});
