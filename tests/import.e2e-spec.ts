/**
 * The import of historic cases over HTTP (issue 12, docs/import.md): POST /imports with a CSV body. Denied paths
 * (401, 403, 404), a refused file (422, every bad row, nothing written), a dry run (nothing written), the import
 * (201), a re-import (nothing added), a changed row (refused), persons matched on identifiers and never on names,
 * flags and panelMetrics equal to the same cases entered one by one through the API, and the one audit event.
 */
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditService } from '@marac/audit';
import { IMPORT_COLUMNS, OPTIONAL_IMPORT_COLUMNS } from '@marac/cases';
import { startTestApp, type DemoUser, type TestApp } from './support/harness.js';
import { dash, freshPanel, nhsNumber, uniq } from './support/fixtures.js';

let t: TestApp;
/** A: the panel imported into; B: its twin, the same cases entered through the API; C: person matching */
let A: string;
let B: string;
let C: string;
let areaA: string;

const HEADER = [...IMPORT_COLUMNS, ...OPTIONAL_IMPORT_COLUMNS];
type Row = Partial<Record<(typeof HEADER)[number], string>>;
const csv = (rows: Row[]) =>
  [HEADER.join(','), ...rows.map((r) => HEADER.map((h) => r[h] ?? '').join(','))].join('\r\n') + '\r\n';

async function upload(user: DemoUser | null, query: string, body: string, type = 'text/csv') {
  let req = request(t.app.getHttpServer()).post(`/imports${query}`).set('content-type', type);
  if (user) req = req.set('authorization', `Bearer ${await t.token(user)}`);
  const res = await req.send(body);
  return { status: res.status, body: res.body };
}

/** The SQL statements the app runs during `run` (every statement goes through the TypeORM logger). */
async function statements(run: () => Promise<unknown>): Promise<string[]> {
  const ds = t.app.get(DataSource);
  const original = ds.logger.logQuery.bind(ds.logger);
  const seen: string[] = [];
  ds.logger.logQuery = (query: string, ...rest: unknown[]) => {
    seen.push(query.trim());
    return (original as (...a: unknown[]) => unknown)(query, ...rest);
  };
  try {
    await run();
  } finally {
    ds.logger.logQuery = original;
  }
  return seen;
}

async function counts() {
  const [row] = await t.sql(`SELECT
      (SELECT count(*) FROM case_record)::int AS cases, (SELECT count(*) FROM person)::int AS persons,
      (SELECT count(*) FROM case_person)::int AS entries, (SELECT count(*) FROM meeting)::int AS meetings,
      (SELECT count(*) FROM agenda_item)::int AS items, (SELECT count(*) FROM agency)::int AS agencies,
      (SELECT count(*) FROM case_flag)::int AS flags,
      (SELECT coalesce(sum(last), 0)::int FROM case_reference_counter) AS numbers,
      (SELECT count(*) FROM audit_event WHERE action = 'case.import')::int AS imports`);
  return row;
}

// ------------------------------------------------------------------ one scenario, two ways
interface Who {
  given: string;
  family: string;
  nhs?: string;
  pnc?: string;
  gender: 'FEMALE' | 'MALE';
  bame?: boolean;
  lgbt?: boolean;
  disabled?: boolean;
}
interface Spec {
  ext: string;
  date: string;
  kind: 'POLICE' | 'IDVA' | 'HEALTH';
  tool: 'DASH' | 'DARA';
  dash?: number;
  grade?: 'HIGH';
  status: 'ACCEPTED' | 'REJECTED' | 'HEARD';
  hearing?: string;
  children: number;
  criteria: string;
  victim: Who;
  perpetrator?: Who;
}

/** Seven cases of 2025: a repeat, a repeat perpetrator, two heard at one meeting, a rejection, a possible repeat, a namesake. */
function scenario(prefix: string): Spec[] {
  const v1: Who = {
    given: 'Alice',
    family: `Sample${prefix}`,
    nhs: nhsNumber(),
    gender: 'FEMALE',
    bame: true,
  };
  const x1: Who = { given: 'Mark', family: `Sample${prefix}`, pnc: uniq('P').toUpperCase(), gender: 'MALE' };
  const x2: Who = { given: 'Neil', family: `Other${prefix}`, pnc: uniq('Q').toUpperCase(), gender: 'MALE' };
  const v2: Who = {
    given: 'Sam',
    family: `Second${prefix}`,
    pnc: uniq('V').toUpperCase(),
    gender: 'MALE',
    lgbt: true,
  };
  const v3: Who = {
    given: 'Dee',
    family: `Third${prefix}`,
    nhs: nhsNumber(),
    gender: 'FEMALE',
    disabled: true,
  };
  const v4: Who = { given: 'Eve', family: `Fourth${prefix}`, gender: 'FEMALE' };
  // the same names as v1, no identifier: another person
  const namesake: Who = { given: 'Alice', family: `Sample${prefix}`, gender: 'FEMALE' };
  const base = { children: 0, criteria: 'VISIBLE_HIGH_RISK', tool: 'DASH' as const };
  return [
    {
      ...base,
      ext: `${prefix}-1`,
      date: '2025-01-10',
      kind: 'POLICE',
      dash: 16,
      status: 'HEARD',
      hearing: '2025-01-23',
      children: 2,
      victim: v1,
      perpetrator: x1,
    },
    {
      ...base,
      ext: `${prefix}-2`,
      date: '2025-03-05',
      kind: 'IDVA',
      dash: 15,
      status: 'HEARD',
      hearing: '2025-03-20',
      children: 1,
      victim: v1,
      perpetrator: x1,
    },
    {
      ...base,
      ext: `${prefix}-3`,
      date: '2025-03-06',
      kind: 'POLICE',
      dash: 14,
      status: 'HEARD',
      hearing: '2025-03-20',
      victim: v2,
      perpetrator: x1,
    },
    {
      ...base,
      ext: `${prefix}-4`,
      date: '2025-04-01',
      kind: 'HEALTH',
      tool: 'DARA',
      grade: 'HIGH',
      status: 'HEARD',
      hearing: '2025-04-10',
      criteria: 'PROFESSIONAL_JUDGEMENT',
      victim: v3,
    },
    {
      ...base,
      ext: `${prefix}-5`,
      date: '2025-05-02',
      kind: 'POLICE',
      dash: 5,
      status: 'REJECTED',
      criteria: 'PROFESSIONAL_JUDGEMENT',
      victim: v4,
    },
    {
      ...base,
      ext: `${prefix}-6`,
      date: '2025-06-01',
      kind: 'POLICE',
      dash: 14,
      status: 'ACCEPTED',
      victim: v1,
      perpetrator: x2,
    },
    {
      ...base,
      ext: `${prefix}-7`,
      date: '2025-07-01',
      kind: 'POLICE',
      dash: 18,
      status: 'HEARD',
      hearing: '2025-07-15',
      children: 3,
      victim: namesake,
    },
  ];
}

const b = (v: boolean | undefined) => (v === undefined ? '' : String(v));
function toRow(s: Spec): Row {
  return {
    external_reference: s.ext,
    referral_date: s.date,
    referring_agency_kind: s.kind,
    criteria: s.criteria,
    risk_tool: s.tool,
    dash_score: s.dash === undefined ? '' : String(s.dash),
    risk_grade: s.grade ?? '',
    status: s.status,
    hearing_date: s.hearing ?? '',
    children_in_household: String(s.children),
    victim_given_name: s.victim.given,
    victim_family_name: s.victim.family,
    victim_gender: s.victim.gender,
    victim_bame: b(s.victim.bame),
    victim_lgbt: b(s.victim.lgbt),
    victim_disabled: b(s.victim.disabled),
    victim_nhs_number: s.victim.nhs ?? '',
    victim_police_national_id: s.victim.pnc ?? '',
    perpetrator_given_name: s.perpetrator?.given ?? '',
    perpetrator_family_name: s.perpetrator?.family ?? '',
    perpetrator_gender: s.perpetrator?.gender ?? '',
    perpetrator_police_national_id: s.perpetrator?.pnc ?? '',
    perpetrator_nhs_number: s.perpetrator?.nhs ?? '',
    rejection_reason: s.status === 'REJECTED' ? 'THRESHOLD_NOT_MET' : '',
    reason: s.status === 'REJECTED' ? 'Below threshold after review' : '',
  };
}

const person = (w: Who) => ({
  givenName: w.given,
  familyName: w.family,
  gender: w.gender,
  ...(w.nhs ? { nhsNumber: w.nhs } : {}),
  ...(w.pnc ? { policeNationalId: w.pnc } : {}),
  ...(w.bame !== undefined ? { isBame: w.bame } : {}),
  ...(w.lgbt !== undefined ? { lgbt: w.lgbt } : {}),
  ...(w.disabled !== undefined ? { disabled: w.disabled } : {}),
});

/** 10:00 Europe/London on `date` (2025: BST from 30 March to 26 October). */
const tenInLondon = (date: string) =>
  `${date}T${date >= '2025-03-30' && date < '2025-10-26' ? '09' : '10'}:00:00Z`;

/** Enters the scenario through the API, one by one in date order, into panel `panelId`; the case ids in order. */
async function enterThroughApi(panelId: string, specs: Spec[]): Promise<string[]> {
  const agencies = Object.fromEntries(
    (
      await t.sql(
        `SELECT kind, min(id::text) AS id FROM agency WHERE name NOT LIKE 'Imported:%' GROUP BY kind`,
      )
    ).map((r) => [r.kind, r.id]),
  );
  const ids: string[] = [];
  for (const s of specs) {
    const c = (
      await t.ok(
        'marac.coordinator',
        `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
        {
          input: {
            panelId,
            referralDate: s.date,
            referringAgencyId: agencies[s.kind],
            criteria: s.criteria.split(';'),
            riskTool: s.tool,
            ...(s.tool === 'DASH' ? { dashAnswers: dash(s.dash!) } : { riskGrade: s.grade }),
            childrenInHousehold: s.children,
            lawfulBasis: 'Crime and Disorder Act 1998 s115',
            subject: person(s.victim),
            ...(s.perpetrator
              ? {
                  linkedPersons: [
                    { role: 'PERPETRATOR', relationshipToSubject: 'partner', person: person(s.perpetrator) },
                  ],
                }
              : {}),
          },
        },
      )
    ).createReferral;
    ids.push(c.id);
    const triage = `mutation($input: TriageInput!) { triageReferral(input: $input) { status } }`;
    if (s.status === 'REJECTED')
      await t.ok('marac.coordinator', triage, {
        input: {
          caseId: c.id,
          decision: 'REJECT',
          rejectionReason: 'THRESHOLD_NOT_MET',
          reason: 'Below threshold after review',
        },
      });
    else await t.ok('marac.coordinator', triage, { input: { caseId: c.id, decision: 'ACCEPT' } });
  }
  // the hearings, one meeting per date, in date order
  const dates = [...new Set(specs.flatMap((s) => (s.hearing ? [s.hearing] : [])))].sort();
  for (const d of dates) {
    const m = (
      await t.ok(
        'marac.coordinator',
        `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`,
        {
          i: { panelId, startsAt: tenInLondon(d) },
        },
      )
    ).scheduleMeeting;
    const items: string[] = [];
    for (const [k, s] of specs.entries())
      if (s.hearing === d)
        items.push(
          (
            await t.ok(
              'marac.coordinator',
              `mutation($m: ID!, $c: ID!) { addCaseToAgenda(meetingId: $m, caseId: $c) { id } }`,
              {
                m: m.id,
                c: ids[k],
              },
            )
          ).addCaseToAgenda.id,
        );
    await t.ok('marac.coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m) { status } }`, {
      m: m.id,
    });
    for (const i of items)
      await t.ok(
        'marac.coordinator',
        `mutation($i: ID!, $t: String!) { recordMinutes(agendaItemId: $i, minutes: $t) { id } }`,
        {
          i,
          t: 'Safety plan agreed.',
        },
      );
    await t.ok('marac.coordinator', `mutation($m: ID!) { concludeMeeting(meetingId: $m) { status } }`, {
      m: m.id,
    });
  }
  return ids;
}

/** Each case's status, repeat status and flags, with the related cases named by their index in `ids`. */
async function flagsOf(ids: string[]) {
  const index = new Map(ids.map((id, i) => [id, i]));
  const cases = await t.sql(
    `SELECT id, status, is_repeat, previous_case_id FROM case_record WHERE id = ANY($1)`,
    [ids],
  );
  const flags = await t.sql(`SELECT case_id, kind, related_case_id FROM case_flag WHERE case_id = ANY($1)`, [
    ids,
  ]);
  return ids.map((id, i) => {
    const c = cases.find((r) => r.id === id)!;
    return {
      case: i,
      status: c.status,
      isRepeat: c.is_repeat,
      previous: c.previous_case_id ? (index.get(c.previous_case_id) ?? 'outside') : null,
      flags: flags
        .filter((f) => f.case_id === id)
        .map((f) => `${f.kind}:${f.related_case_id ? (index.get(f.related_case_id) ?? 'outside') : '-'}`)
        .sort(),
    };
  });
}

const imported = async (panelId: string, specs: Spec[]) => {
  const rows = await t.sql(`SELECT id, external_reference AS ext FROM case_record WHERE panel_id = $1`, [
    panelId,
  ]);
  return specs.map((s) => rows.find((r) => r.ext === s.ext)!.id as string);
};

const SPECS = () => scenarioA;
let scenarioA: Spec[];
let scenarioB: Spec[];

beforeAll(async () => {
  t = await startTestApp();
  A = await freshPanel(t, 'MARAC', 'marac.coordinator', 'COORDINATOR', ['POLICE', 'IDVA']);
  B = await freshPanel(t, 'MARAC', 'marac.coordinator', 'COORDINATOR', ['POLICE', 'IDVA']);
  C = await freshPanel(t, 'MARAC', 'marac.coordinator', 'COORDINATOR', ['POLICE', 'IDVA']);
  [{ area_code: areaA }] = await t.sql(`SELECT area_code FROM panel WHERE id = $1`, [A]);
  scenarioA = scenario(uniq('A'));
  scenarioB = scenario(uniq('B'));
}, 60_000);
afterAll(() => t?.close());

describe('who may import', () => {
  it('no token: 401; a referrer or a rep: 403; staff of another panel: 403; an unknown panel: 404; nothing written', async () => {
    const before = await counts();
    const file = csv(SPECS().map(toRow));
    expect((await upload(null, `?panelId=${A}`, file)).status).toBe(401);
    for (const user of ['referrer', 'police.rep', 'strategic', 'auditor'] as DemoUser[])
      expect([user, (await upload(user, `?panelId=${A}`, file)).status]).toEqual([user, 403]);
    const other = await upload('matac.coordinator', `?panelId=${A}`, file);
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('FORBIDDEN');
    const unknown = await upload('marac.coordinator', `?panelId=00000000-0000-4000-8000-000000000000`, file);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    expect((await upload('marac.coordinator', '', file)).status).toBe(400);
    expect((await upload('marac.coordinator', `?panelId=${A}`, '{"a":1}', 'application/json')).status).toBe(
      400,
    );
    expect(await counts()).toEqual(before);
    // the refusals of signed-in callers are audited, as the API's are
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'refused' AND details->>'operation' = 'POST /imports'`,
    );
    expect(n).toBeGreaterThanOrEqual(6);
  });
});

describe('a file with bad rows', () => {
  it('is refused whole with 422, naming every bad row (line, column, reason); nothing is written', async () => {
    const before = await counts();
    const rows = SPECS().map(toRow);
    rows[1] = { ...rows[1], referral_date: '2025-02-30' };
    rows[3] = { ...rows[3], risk_grade: '' };
    rows[5] = { ...rows[5], status: 'LISTED', victim_nhs_number: '1234567890' };
    const res = await upload('marac.coordinator', `?panelId=${A}`, csv(rows));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ refused: true, created: 0, rows: 7 });
    expect(res.body.problems).toEqual([
      { line: 3, column: 'referral_date', reason: 'must be a date YYYY-MM-DD' },
      expect.objectContaining({ line: 5, column: 'risk_grade' }),
      expect.objectContaining({ line: 7, column: 'status' }),
      { line: 7, column: 'victim_nhs_number', reason: 'is not a valid NHS number' },
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('an import', () => {
  it('a dry run reports what would be created (200) and writes nothing', async () => {
    const before = await counts();
    const res = await upload('marac.coordinator', `?panelId=${A}&dryRun=true`, csv(SPECS().map(toRow)));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dryRun: true,
      refused: false,
      rows: 7,
      created: 7,
      skipped: 0,
      persons: 'matched by NHS number or police national id, never by name',
      meetings: { created: 4, hearings: 5 },
      problems: [],
    });
    // no figure computed over other panels' cases (persons matched, flags, repeats): see 'a dry run is no oracle'
    expect(res.body).not.toHaveProperty('flags');
    expect(res.body).not.toHaveProperty('repeatCases');
    expect(await counts()).toEqual(before);
  });

  it('imports the file (201): cases, persons, concluded meetings, references from the sequence, agencies said', async () => {
    const before = await counts();
    const res = await upload('marac.coordinator', `?panelId=${A}`, csv(SPECS().map(toRow)));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      dryRun: false,
      refused: false,
      created: 7,
      skipped: 0,
      panel: `MARAC:${areaA}`,
      references: { first: `MARAC-${areaA}-2025-0001`, last: `MARAC-${areaA}-2025-0007` },
      meetings: { created: 4, hearings: 5 },
    });
    const kinds = Object.fromEntries(res.body.agencies.map((a: any) => [a.kind, a]));
    expect(kinds.POLICE).toMatchObject({ source: 'MEMBER' });
    expect(kinds.IDVA).toMatchObject({ source: 'MEMBER' });
    expect(kinds.HEALTH).toMatchObject({ source: 'IMPORTED', name: 'Imported: HEALTH', created: true });
    const after = await counts();
    expect(after.cases - before.cases).toBe(7);
    expect(after.persons - before.persons).toBe(7);
    expect(after.meetings - before.meetings).toBe(4);
    expect(after.items - before.items).toBe(5);
    expect(after.agencies - before.agencies).toBe(1);
    expect(after.imports - before.imports).toBe(1);
    const meetings = await t.sql(
      `SELECT (starts_at AT TIME ZONE 'Europe/London')::text AS at, status, (SELECT count(*)::int FROM agenda_item a WHERE a.meeting_id = m.id) AS items
         FROM meeting m WHERE panel_id = $1 ORDER BY starts_at`,
      [A],
    );
    expect(meetings).toEqual([
      { at: '2025-01-23 10:00:00', status: 'CONCLUDED', items: 1 },
      { at: '2025-03-20 10:00:00', status: 'CONCLUDED', items: 2 },
      { at: '2025-04-10 10:00:00', status: 'CONCLUDED', items: 1 },
      { at: '2025-07-15 10:00:00', status: 'CONCLUDED', items: 1 },
    ]);
    const [c1] = await t.sql(
      `SELECT status, dash_score, dash_answers, risk_tool, incident_date::text AS incident, children_in_household AS children
         FROM case_record WHERE panel_id = $1 AND external_reference = $2`,
      [A, SPECS()[0].ext],
    );
    expect(c1).toEqual({
      status: 'HEARD',
      dash_score: 16,
      dash_answers: null,
      risk_tool: 'DASH',
      incident: '2025-01-10',
      children: 2,
    });
  });

  it('the imported cases read through the API like any case', async () => {
    const [{ reference }] = await t.sql(
      `SELECT reference FROM case_record WHERE panel_id = $1 AND external_reference = $2`,
      [A, SPECS()[1].ext],
    );
    const r = await t.ok(
      'marac.coordinator',
      `query($r: String!) { caseByReference(reference: $r) { status isRepeat referringAgency { kind }
         subject { givenName nhsNumber } flags { kind relatedCaseReference } } }`,
      { r: reference },
    );
    expect(r.caseByReference).toMatchObject({
      status: 'HEARD',
      isRepeat: true,
      referringAgency: { kind: 'IDVA' },
      subject: { givenName: 'Alice', nhsNumber: SPECS()[1].victim.nhs },
      flags: expect.arrayContaining([{ kind: 'REPEAT', relatedCaseReference: `MARAC-${areaA}-2025-0001` }]),
    });
  });

  it('re-importing the same file adds nothing', async () => {
    const before = await counts();
    const res = await upload('marac.coordinator', `?panelId=${A}`, csv(SPECS().map(toRow)));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ created: 0, skipped: 7, refused: false });
    expect(await counts()).toEqual(before);
  });

  it('a file that changes an imported row is refused whole (422), naming the row; nothing is written', async () => {
    const before = await counts();
    const rows = SPECS().map(toRow);
    rows[2] = { ...rows[2], dash_score: '20' };
    const extra: Row = {
      ...rows[0],
      external_reference: `${SPECS()[0].ext}-new`,
      victim_nhs_number: nhsNumber(),
    };
    const res = await upload('marac.coordinator', `?panelId=${A}`, csv([...rows, extra]));
    expect(res.status).toBe(422);
    expect(res.body.problems).toEqual([
      { line: 4, column: 'external_reference', reason: expect.stringContaining('imported before') },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('one audit event: who, which panel, how many rows, the cases created; no personal data', async () => {
    const events = await t.sql(
      `SELECT actor_id, entity_type, entity_id, case_ids::text[] AS case_ids, details FROM audit_event
        WHERE action = 'case.import' AND entity_id = $1`,
      [A],
    );
    expect(events).toHaveLength(1);
    const ids = await imported(A, SPECS());
    expect(events[0]).toMatchObject({
      actor_id: await t.userId('marac.coordinator'),
      entity_type: 'Panel',
      details: { rows: 7, created: 7, skipped: 0 },
    });
    expect([...events[0].case_ids].sort()).toEqual([...ids].sort());
    // the event is chained like any other
    expect((await t.app.get(AuditService).verify()).firstBreak).toBeNull();
    const text = JSON.stringify(events[0].details);
    for (const s of SPECS()) {
      expect(text).not.toContain(s.victim.family);
      if (s.victim.nhs) expect(text).not.toContain(s.victim.nhs);
    }
  });
});

describe('other panel kinds', () => {
  it('a MATAC case is about its perpetrator: the subject; a row naming none is refused', async () => {
    const mine = scenario(uniq('M')); // persons of its own (the A cases' persons would be CROSS_PANEL)
    const M = await freshPanel(t, 'MATAC', 'marac.coordinator', 'COORDINATOR', ['POLICE', 'PROBATION']);
    const row = toRow({ ...mine[0], hearing: undefined, status: 'ACCEPTED', ext: 'MT-1' });
    const refused = await upload(
      'marac.coordinator',
      `?panelId=${M}`,
      csv([row, toRow({ ...mine[3], ext: 'MT-2' })]),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.problems).toEqual([
      { line: 3, column: 'perpetrator_given_name', reason: 'a MATAC case is about a perpetrator: name one' },
    ]);
    const res = await upload('marac.coordinator', `?panelId=${M}`, csv([row]));
    expect(res.status).toBe(201);
    const entries = await t.sql(
      `SELECT cp.role, cp.is_subject FROM case_person cp JOIN case_record c ON c.id = cp.case_id
        WHERE c.panel_id = $1 ORDER BY cp.position`,
      [M],
    );
    expect(entries).toEqual([
      { role: 'PERPETRATOR', is_subject: true },
      { role: 'VICTIM', is_subject: false },
    ]);
  });
});

describe('a large file', () => {
  it('a body far over the JSON limit (4,000 rows, 600 kB) is read whole: a dry run reports every row', async () => {
    const base = toRow({ ...scenarioA[4], victim: { given: 'Big', family: 'File', gender: 'FEMALE' } });
    const rows = Array.from({ length: 4000 }, (_, i) => ({ ...base, external_reference: `BIG-${i}` }));
    const body = csv(rows);
    expect(body.length).toBeGreaterThan(500_000);
    const before = await counts();
    let res: Awaited<ReturnType<typeof upload>> | undefined;
    const large = await statements(async () => {
      res = await upload('marac.coordinator', `?panelId=${C}&dryRun=true`, body);
    });
    expect(res!.status).toBe(200);
    expect(res!.body).toMatchObject({ rows: 4000, created: 4000, refused: false });
    expect(await counts()).toEqual(before);
    // set-wise: the same statements for 4,000 rows as for 3, under the import's own statement timeout
    const small = await statements(() =>
      upload('marac.coordinator', `?panelId=${C}&dryRun=true`, csv(rows.slice(0, 3))),
    );
    expect(large.length).toBe(small.length);
    expect(large.length).toBeLessThan(40);
    expect(large).toContainEqual(
      expect.stringMatching(/^SELECT set_config\('statement_timeout', \$1, true\)$/),
    );
  }, 60_000);
});

describe('the same cases entered through the API, one by one in date order', () => {
  let viaApi: string[];
  beforeAll(async () => {
    viaApi = await enterThroughApi(B, scenarioB);
  }, 120_000);

  it('give the same statuses, repeat statuses and flags as the import', async () => {
    const fromImport = await flagsOf(await imported(A, scenarioA));
    const fromApi = await flagsOf(viaApi);
    expect(fromImport).toEqual(fromApi);
    // and the scenario is not trivial: a repeat, a repeat perpetrator, a possible repeat
    const all = fromApi.flatMap((c) => c.flags).join(' ');
    expect(all).toMatch(/REPEAT:0/);
    expect(all).toMatch(/POSSIBLE_REPEAT/);
    expect(fromApi[1]).toMatchObject({ isRepeat: true, previous: 0 });
    expect(fromApi[6]).toMatchObject({ isRepeat: false, flags: [] }); // the namesake is not v1
  });

  it('give the same panelMetrics over the imported year', async () => {
    const FIELDS = `referrals casesHeard repeatCases referralSources { agencyKind count } bameCases lgbtCases disabledCases
      maleCases childrenInHouseholds medianDaysReferralToHearing repeatPerpetrators serialPerpetrators crossPanelCases`;
    const m = async (panelId: string) =>
      (
        await t.ok(
          'marac.coordinator',
          `query($i: MetricsInput!) { panelMetrics(input: $i) { ${FIELDS} } }`,
          {
            i: { panelId, from: '2025-01-01', to: '2025-12-31' },
          },
        )
      ).panelMetrics;
    const fromImport = await m(A);
    expect(fromImport).toEqual(await m(B));
    expect(fromImport).toMatchObject({
      referrals: 7,
      casesHeard: 5,
      repeatCases: 1,
      bameCases: 2,
      lgbtCases: 1,
      maleCases: 1,
    });
  });
});

describe('persons', () => {
  it('are matched on NHS number or police national id, never on names', async () => {
    // a person known through the API (a referral in another panel, not triaged: it does not count for repeats)
    const nhs = nhsNumber();
    const pnc = uniq('K').toUpperCase();
    const known = (
      await t.ok(
        'marac.coordinator',
        `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id subject { id } linkedPersons { person { id } } } }`,
        {
          input: {
            panelId: B,
            referralDate: '2024-01-05',
            criteria: ['VISIBLE_HIGH_RISK'],
            dashAnswers: dash(15),
            lawfulBasis: 'Crime and Disorder Act 1998 s115',
            subject: { givenName: 'Known', familyName: 'Person', nhsNumber: nhs, gender: 'FEMALE' },
            linkedPersons: [
              {
                role: 'PERPETRATOR',
                person: { givenName: 'Known', familyName: 'Perp', policeNationalId: pnc, gender: 'MALE' },
              },
            ],
          },
        },
      )
    ).createReferral;
    const [{ person_id: knownVictim }] = await t.sql(
      `SELECT person_id FROM case_person WHERE case_id = $1 AND is_subject`,
      [known.id],
    );
    const [{ person_id: knownPerp }] = await t.sql(
      `SELECT person_id FROM case_person WHERE case_id = $1 AND NOT is_subject`,
      [known.id],
    );
    const base = toRow({ ...scenarioA[0], hearing: undefined, status: 'ACCEPTED' });
    const rows: Row[] = [
      // other names, the known NHS number and (in lower case) the known police id: the known persons
      {
        ...base,
        external_reference: 'M-1',
        victim_given_name: 'Different',
        victim_family_name: 'Name',
        victim_nhs_number: nhs,
        perpetrator_police_national_id: pnc.toLowerCase(),
        perpetrator_given_name: 'X',
      },
      // the known persons' names without their identifiers: new persons
      {
        ...base,
        external_reference: 'M-2',
        victim_given_name: 'Known',
        victim_family_name: 'Person',
        victim_nhs_number: '',
        perpetrator_given_name: 'Known',
        perpetrator_family_name: 'Perp',
        perpetrator_police_national_id: '',
      },
    ];
    const res = await upload('marac.coordinator', `?panelId=${C}`, csv(rows));
    expect(res.status).toBe(201);
    // over HTTP, no count of persons matched (it would tell of cases the caller may not see): the entries show it
    expect(res.body.persons).toBe('matched by NHS number or police national id, never by name');
    const entries = await t.sql(
      `SELECT c.external_reference AS ext, cp.is_subject, cp.person_id FROM case_person cp JOIN case_record c ON c.id = cp.case_id
        WHERE c.panel_id = $1 ORDER BY ext, cp.position`,
      [C],
    );
    expect(entries[0]).toMatchObject({ ext: 'M-1', is_subject: true, person_id: knownVictim });
    expect(entries[1]).toMatchObject({ ext: 'M-1', is_subject: false, person_id: knownPerp });
    expect(entries[2].person_id).not.toBe(knownVictim);
    expect(entries[3].person_id).not.toBe(knownPerp);
  });
});

describe('a dry run is no oracle', () => {
  it("answers the same whether or not the file's identifiers are known on cases the caller may not see", async () => {
    // a restricted HRAP case the MARAC coordinator may not see, naming an NHS number and a police id
    const nhs = nhsNumber();
    const pnc = uniq('H').toUpperCase();
    const hidden = (
      await t.ok(
        'hrap.coordinator',
        `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
        {
          input: {
            panelId: await t.panelId('HRAP'),
            referralDate: '2025-01-02',
            criteria: [],
            lawfulBasis: 'Care Act 2014 s42',
            restricted: true,
            subject: { givenName: 'Hidden', familyName: 'Adult', nhsNumber: nhs, gender: 'FEMALE' },
            linkedPersons: [
              {
                role: 'PERPETRATOR',
                person: { givenName: 'Hidden', familyName: 'Perp', policeNationalId: pnc, gender: 'MALE' },
              },
            ],
          },
        },
      )
    ).createReferral;
    expect(
      (await t.as('marac.coordinator')(`query($id: ID!) { case(id: $id) { id } }`, { id: hidden.id })).code,
    ).toBe('NOT_FOUND');
    const events = async () =>
      t.sql(
        `SELECT actor_id, entity_type, case_id, case_ids::text[] AS case_ids, details FROM audit_event
          WHERE action = 'case.import.dry-run' AND entity_id = $1 ORDER BY id`,
        [C],
      );
    const before = (await events()).length;
    const base = toRow({ ...scenarioA[0], hearing: undefined, status: 'ACCEPTED' });
    const dry = (victimNhs: string, perpPnc: string) =>
      upload(
        'marac.coordinator',
        `?panelId=${C}&dryRun=true`,
        csv([
          {
            ...base,
            external_reference: 'ORACLE-1',
            victim_nhs_number: victimNhs,
            perpetrator_police_national_id: perpPnc,
          },
        ]),
      );
    const known = await dry(nhs, pnc);
    const unknown = await dry(nhsNumber(), uniq('U').toUpperCase());
    expect(known.status).toBe(200);
    expect(known.body).toEqual(unknown.body);
    expect(known.body).toMatchObject({ dryRun: true, rows: 1, created: 1 });

    // each dry run leaves a trace: who, the panel, the counts; no case ids, no personal data
    const after = await events();
    expect(after).toHaveLength(before + 2);
    const coordinator = await t.userId('marac.coordinator');
    for (const e of after.slice(before)) {
      expect(e).toMatchObject({
        actor_id: coordinator,
        entity_type: 'Panel',
        case_id: null,
        case_ids: [],
        details: { rows: 1, created: 1, refused: false },
      });
      expect(JSON.stringify(e.details)).not.toMatch(new RegExp(`${nhs}|${pnc}|Sample`));
    }
    // and the chain holds
    expect((await t.app.get(AuditService).verify()).firstBreak).toBeNull();
  });
});

describe('a restricted column', () => {
  const REPS: DemoUser[] = ['police.rep', 'idva.rep', 'csc.rep', 'housing.rep'];
  const GET = `query($id: ID!) { case(id: $id) { id restricted } }`;

  it('imports a restricted case with an empty allow-list: panel staff see it, no rep does (the IDVA rep included)', async () => {
    const reps = await Promise.all(REPS.map((u) => t.userId(u)));
    const kinds = (
      await t.sql(
        `SELECT DISTINCT a.kind FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.id = ANY($1)`,
        [reps],
      )
    ).map((r) => r.kind as string);
    const R = await freshPanel(t, 'MARAC', 'marac.coordinator', 'COORDINATOR', kinds);
    for (const userId of reps)
      await t.ok('admin', `mutation($i: AddPanelMemberInput!) { addPanelMember(input: $i) { role } }`, {
        i: { panelId: R, userId, role: 'AGENCY_REP' },
      });
    REPS.forEach((u) => t.forget(u));
    const mine = scenario(uniq('R'));
    // heard (on a concluded meeting, so published to reps) and accepted (the IDVA reps' from-submission rule)
    const rows: Row[] = [
      { ...toRow({ ...mine[0], ext: 'R-open' }) },
      { ...toRow({ ...mine[3], ext: 'R-hidden' }), restricted: 'yes' },
      { ...toRow({ ...mine[5], ext: 'R-hidden-too' }), restricted: 'TRUE' },
    ];
    const res = await upload('marac.coordinator', `?panelId=${R}`, csv(rows));
    expect(res.status).toBe(201);
    const cases = await t.sql(
      `SELECT c.id, c.external_reference AS ext, c.restricted,
              (SELECT count(*)::int FROM case_allowed_user a WHERE a.case_id = c.id) AS allowed
         FROM case_record c WHERE c.panel_id = $1 ORDER BY ext`,
      [R],
    );
    expect(cases.map((c) => [c.ext, c.restricted, c.allowed])).toEqual([
      ['R-hidden', true, 0],
      ['R-hidden-too', true, 0],
      ['R-open', false, 0],
    ]);
    const [hidden, hiddenToo, open] = cases.map((c) => c.id as string);
    for (const staff of ['marac.coordinator'] as DemoUser[])
      for (const id of [hidden, hiddenToo])
        expect((await t.ok(staff, GET, { id })).case).toEqual({ id, restricted: true });
    for (const rep of REPS) {
      // the unrestricted case is seen (the need to know is there), the restricted ones are not
      expect([rep, (await t.ok(rep, GET, { id: open })).case]).toEqual([
        rep,
        { id: open, restricted: false },
      ]);
      for (const id of [hidden, hiddenToo])
        expect([rep, (await t.as(rep)(GET, { id })).code]).toEqual([rep, 'NOT_FOUND']);
    }
    // re-importing the same file adds nothing; the same rows unrestricted are a change, refused
    expect((await upload('marac.coordinator', `?panelId=${R}`, csv(rows))).body).toMatchObject({
      created: 0,
      skipped: 3,
    });
    const unrestricted = await upload(
      'marac.coordinator',
      `?panelId=${R}`,
      csv(rows.map((r) => ({ ...r, restricted: '' }))),
    );
    expect(unrestricted.status).toBe(422);
    expect(unrestricted.body.problems.map((p: any) => p.line)).toEqual([3, 4]);
  });
});
