// The benchmark's national-scale data set (issue 15), written straight into the bench database with multi-row
// INSERTs (unnest of arrays, a few thousand rows a statement): 3 years of about 110,000 cases a year (x scale) over
// 270 MARAC panels (x scale, at least 2) plus MATAC and HRAP panels; about a quarter of cases are a victim's repeat
// (so about a third of victims repeat) and 5% of perpetrators are serial; past cases were heard at concluded meetings
// of 16 to 25 items, each item with police research and an action; one audit row per case created.
// The demo MARAC panel (the one the demo users sit on) gets a real panel's share: about 1,040 cases over 3 years.
import { randomUUID } from 'node:crypto';
import cliProgress from 'cli-progress';
import pg from 'pg';

const CASES_PER_YEAR = 110_000;
const YEARS = 3;
const CHUNK = 4000;
const DEMO_PANEL_CASES = Math.round((CASES_PER_YEAR * 0.85 * YEARS) / 270);
const START = Date.parse('2023-12-01T00:00:00Z');
const SPAN_DAYS = 365 * YEARS;
const day = (ms) => new Date(ms).toISOString().slice(0, 10);

/** A deterministic pseudo-random sequence (the same data set for the same scale). */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  'Alex',
  'Sam',
  'Jo',
  'Chris',
  'Kim',
  'Lee',
  'Pat',
  'Robin',
  'Terry',
  'Jamie',
  'Morgan',
  'Casey',
];
const FAMILY = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Patel',
  'Wright',
];

/**
 * Seeds the set; `demo` names the demo MARAC panel and the users/agencies the rows refer to.
 * Returns what it wrote (counts) for the results file.
 */
export async function seedNational(databaseUrl, scale, demo) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-seed' });
  await client.connect();
  const q = (text, values) => client.query(text, values);
  const random = rng(20261201);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const total = Math.max(300, Math.round(CASES_PER_YEAR * YEARS * scale));
  const counts = { scale, cases: total, persons: 0, panels: 0, meetings: 0, agendaItems: 0, auditRows: 0 };
  try {
    const agencies = (await q(`SELECT id, kind FROM agency ORDER BY name`)).rows;
    const police = agencies.find((a) => a.kind === 'POLICE').id;

    // ---- panels: the demo MARAC plus 270 x scale MARACs, 40 x scale MATACs and HRAPs
    const kinds = [
      ['MARAC', Math.max(2, Math.round(270 * scale)) - 1, 0.85],
      ['MATAC', Math.max(1, Math.round(40 * scale)), 0.1],
      ['HRAP', Math.max(1, Math.round(40 * scale)), 0.05],
    ];
    // references of the demo panel's bench cases: MARAC-HPLB-... (the demo data holds MARAC-HPL-...)
    const panels = [{ id: demo.maracPanelId, kind: 'MARAC', code: 'HPLB' }];
    const names = [];
    for (const [kind, n] of kinds) {
      for (let i = 0; i < n; i++) {
        const code = `B${kind[1]}${String(i).padStart(3, '0')}`;
        const p = { id: randomUUID(), kind, code };
        panels.push(p);
        names.push(p);
      }
    }
    await q(
      `INSERT INTO panel (id, kind, name, area, area_code)
       SELECT id, kind, 'Bench ' || kind || ' ' || code, 'Bench area ' || code, code
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, kind, code)`,
      [names.map((p) => p.id), names.map((p) => p.kind), names.map((p) => p.code)],
    );
    await q(
      `INSERT INTO panel_member_agency (panel_id, agency_id)
       SELECT p, a FROM unnest($1::uuid[]) p CROSS JOIN unnest($2::uuid[]) a ON CONFLICT DO NOTHING`,
      [names.map((p) => p.id), agencies.map((a) => a.id)],
    );
    counts.panels = panels.length;

    // which panel each case goes to: the demo panel its share, the rest by kind
    const byKind = (k) => panels.filter((p) => p.kind === k && p.id !== demo.maracPanelId);
    const demoCases = Math.min(DEMO_PANEL_CASES, Math.round(total * 0.5));
    const panelOf = (i) => {
      if (i % Math.max(1, Math.floor(total / demoCases)) === 0) return panels[0];
      const r = (i * 2654435761) % 100;
      const list = r < 85 ? byKind('MARAC') : r < 95 ? byKind('MATAC') : byKind('HRAP');
      return list.length ? list[i % list.length] : panels[0];
    };

    // ---- persons and cases, in chunks, oldest first
    const bar = new cliProgress.SingleBar(
      { format: 'seeding {bar} {percentage}% | {value}/{total} cases | {eta}s left', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    const victims = []; // victim person ids by case index
    const perpetrators = [];
    const serial = []; // a few perpetrators on many cases
    const numbers = new Map(); // panel code -> last reference number
    const heard = new Map(); // panel id -> [{ caseId, date }]
    const recentDays = 60; // cases in the last two months are not heard yet
    for (let from = 0; from < total; from += CHUNK) {
      const n = Math.min(CHUNK, total - from);
      const persons = { id: [], given: [], family: [], dob: [], pnc: [] };
      const addPerson = (i, tag) => {
        const id = randomUUID();
        persons.id.push(id);
        persons.given.push(pick(GIVEN));
        persons.family.push(`${pick(FAMILY)}${tag}${i}`);
        persons.dob.push(day(Date.parse('1960-01-01') + Math.floor(random() * 40 * 365) * 86_400_000));
        persons.pnc.push(tag === 'P' ? `BENCH${i}P` : null);
        return id;
      };
      const cases = { id: [], ref: [], panel: [], kind: [], status: [], agency: [], date: [], repeat: [] };
      const entries = { caseId: [], personId: [], role: [], subject: [], position: [] };
      for (let k = 0; k < n; k++) {
        const i = from + k;
        const dayOffset = Math.floor((i / total) * SPAN_DAYS);
        const date = START + dayOffset * 86_400_000;
        // a quarter of cases are a repeat of a victim from about 2 to 10 months before
        const back = Math.floor(total / YEARS / 12) * (2 + Math.floor(random() * 8));
        const repeat = i % 4 === 3 && i - back >= 0 && victims[i - back];
        const victim = repeat ? victims[i - back] : addPerson(i, 'V');
        victims[i] = victim;
        let perp;
        if (serial.length && random() < 0.05) perp = pick(serial);
        else if (repeat && random() < 0.7) perp = perpetrators[i - back];
        else {
          perp = addPerson(i, 'P');
          if (random() < 0.02) serial.push(perp);
        }
        perpetrators[i] = perp;
        const panel = panelOf(i);
        const year = new Date(date).getUTCFullYear();
        const key = `${panel.code}-${year}`;
        const number = (numbers.get(key) ?? 0) + 1;
        numbers.set(key, number);
        const id = randomUUID();
        const recent = dayOffset > SPAN_DAYS - recentDays;
        const status = recent
          ? random() < 0.5
            ? 'SUBMITTED'
            : 'ACCEPTED'
          : random() < 0.6
            ? 'CLOSED'
            : 'HEARD';
        cases.id.push(id);
        cases.ref.push(`${panel.kind}-${panel.code}-${year}-${String(number).padStart(4, '0')}`);
        cases.panel.push(panel.id);
        cases.kind.push(panel.kind);
        cases.status.push(status);
        cases.agency.push(agencies[i % agencies.length].id);
        cases.date.push(day(date));
        cases.repeat.push(Boolean(repeat));
        entries.caseId.push(id, id);
        entries.personId.push(victim, perp);
        entries.role.push('VICTIM', 'PERPETRATOR');
        entries.subject.push(true, false);
        entries.position.push(1, 2);
        if (!recent) {
          if (!heard.has(panel.id)) heard.set(panel.id, []);
          heard.get(panel.id).push({ caseId: id, date });
        }
      }
      await q('BEGIN');
      await q(
        `INSERT INTO person (id, given_name, family_name, date_of_birth, gender, police_national_id)
         SELECT id, g, f, d, 'FEMALE', pnc FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::text[])
           AS v(id, g, f, d, pnc)`,
        [persons.id, persons.given, persons.family, persons.dob, persons.pnc],
      );
      await q(
        `INSERT INTO case_record (id, reference, panel_id, panel_kind, status, referring_agency_id, referred_by,
                                  referral_date, criteria, dash_score, risk_tool, risk_summary, children_in_household,
                                  lawful_basis, is_repeat)
         SELECT id, ref, panel, kind, status, agency, $9, d, '{VISIBLE_HIGH_RISK}', 15, 'NONE',
                'Escalating threats; strangulation reported.', 1, 'Crime and Disorder Act 1998 s115', rep
           FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::date[], $8::boolean[])
             AS v(id, ref, panel, kind, status, agency, d, rep)`,
        [
          cases.id,
          cases.ref,
          cases.panel,
          cases.kind,
          cases.status,
          cases.agency,
          cases.date,
          cases.repeat,
          demo.referrerId,
        ],
      );
      await q(
        `INSERT INTO case_person (case_id, person_id, role, is_subject, position, reveals_person)
         SELECT c, p, r, s, o, true FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::boolean[], $5::int[])
           AS v(c, p, r, s, o)`,
        [entries.caseId, entries.personId, entries.role, entries.subject, entries.position],
      );
      try {
        await q('SAVEPOINT audit');
        await q(
          `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, case_id)
           SELECT $2, 'case.create', 'Case', c::text, c FROM unnest($1::uuid[]) c`,
          [cases.id, demo.referrerId],
        );
        counts.auditRows += n;
      } catch {
        await q('ROLLBACK TO SAVEPOINT audit'); // the audit table's shape is not this script's to know
      }
      await q('COMMIT');
      counts.persons += persons.id.length;
      bar.increment(n);
    }
    bar.stop();

    // ---- concluded meetings of 16 to 25 items, each item with police research and an action
    for (const [panelId, list] of heard) {
      const meetings = { id: [], at: [] };
      const items = { id: [], meeting: [], caseId: [], position: [] };
      for (let at = 0; at < list.length;) {
        const size = 16 + Math.floor(random() * 10);
        const slice = list.slice(at, at + size);
        at += size;
        const id = randomUUID();
        meetings.id.push(id);
        meetings.at.push(new Date(slice.at(-1).date + 14 * 86_400_000).toISOString());
        slice.forEach((c, k) => {
          items.id.push(randomUUID());
          items.meeting.push(id);
          items.caseId.push(c.caseId);
          items.position.push(k + 1);
        });
      }
      await q('BEGIN');
      await q(
        `INSERT INTO meeting (id, panel_id, starts_at, location, capacity, status)
         SELECT id, $3, at, 'Bench room', 25, 'CONCLUDED' FROM unnest($1::uuid[], $2::timestamptz[]) AS v(id, at)`,
        [meetings.id, meetings.at, panelId],
      );
      await q(
        `INSERT INTO agenda_item (id, meeting_id, case_id, position, status_before_listing, minutes)
         SELECT id, m, c, o, 'ACCEPTED', 'Discussed; actions agreed.'
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[]) AS v(id, m, c, o)`,
        [items.id, items.meeting, items.caseId, items.position],
      );
      await q(
        `INSERT INTO research (agenda_item_id, agency_id, submitted_by, summary)
         SELECT i, $2, $3, 'Two call-outs in the last six months.' FROM unnest($1::uuid[]) i`,
        [items.id, police, demo.policeUserId],
      );
      await q(
        `INSERT INTO action (case_id, panel_id, agenda_item_id, description, owner_agency_id, due_date, created_by)
         SELECT c, $3, i, 'Review bail conditions', $4, current_date + 30, $5
           FROM unnest($1::uuid[], $2::uuid[]) AS v(i, c)`,
        [items.id, items.caseId, panelId, police, demo.coordinatorId],
      );
      await q('COMMIT');
      counts.meetings += meetings.id.length;
      counts.agendaItems += items.id.length;
    }
    await q('ANALYZE');
    return counts;
  } finally {
    await client.end();
  }
}
