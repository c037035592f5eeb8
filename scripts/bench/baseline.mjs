// The floor the benchmark compares against (STACK-NOTES.md, "Throughput measured"): node:http + graphql-js + pg,
// no framework. One hand-written SQL statement per read scenario, with the same data and the same permission filter
// as the API applies for that scenario's user (written out for that user: panel membership, restriction, published
// agenda, member agency), the bearer token checked against the session table. Each distinct query document is
// parsed and validated once and then only executed. One baseline per read scenario, so each ratio compares like
// with like.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { buildSchema, execute, parse, validate } from 'graphql';
import pg from 'pg';

const SDL = `
  type Query {
    me: User!
    cases(first: Int): CaseConnection!
    meeting(id: ID!): Meeting
    searchPersons(input: PersonSearchInput!): [Match!]!
    panelMetrics(input: MetricsInput!): Metrics!
    panelMetricsSeries(input: MetricsInput!, interval: Interval!): [Metrics!]!
  }
  input PersonSearchInput { name: String dateOfBirth: String }
  enum Interval { MONTH QUARTER YEAR }
  input MetricsInput { panelId: ID! from: String! to: String! }
  type User { id: ID! email: String! name: String! globalRoles: [String!]! agency: Agency!
    memberships: [Membership!]! }
  type Membership { role: String! panel: Panel! }
  type CaseConnection { totalCount: Int! pageInfo: PageInfo! edges: [CaseEdge!]! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type CaseEdge { cursor: String! node: Case! }
  type Case {
    id: ID! reference: String! status: String! referralDate: String! isRepeat: Boolean restricted: Boolean!
    panel: Panel! referringAgency: Agency! subject: Person! flags: [Flag!]!
  }
  type Flag { kind: String! relatedCaseReference: String }
  type Panel { id: ID! name: String! kind: String! }
  type Agency { id: ID! name: String! }
  type Person { id: ID! givenName: String! familyName: String! dateOfBirth: String }
  type Match { person: Person! score: Float! }
  type Meeting { id: ID! status: String! startsAt: String! panel: Panel! agenda: [Item!]! }
  type Item { id: ID! position: Int! minutes: String research: [Research!]! actions: [Action!]! case: Case! }
  type Research { summary: String! agency: Agency! }
  type Action { id: ID! description: String! dueDate: String! status: String! ownerAgency: Agency! }
  type Metrics { panelId: ID! from: String! to: String! referrals: Int repeatCases: Int casesHeard: Int
    meetingsHeld: Int }
`;

const USER = `SELECT u.id, u.email, u.name, u.global_roles AS "globalRoles",
    json_build_object('id', a.id, 'name', a.name) AS agency,
    coalesce((SELECT json_agg(json_build_object('role', m.role, 'panel',
        json_build_object('id', p.id, 'name', p.name, 'kind', p.kind)) ORDER BY p.name)
      FROM panel_membership m JOIN panel p ON p.id = m.panel_id WHERE m.user_id = u.id), '[]') AS memberships
  FROM auth_session s JOIN app_user u ON u.id = s.user_id JOIN agency a ON a.id = u.agency_id
 WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT u.disabled`;

// the coordinator's rule: cases of their panels, restricted ones only when allowed
const CASES = `
  WITH f AS (SELECT c.id, c.seq, count(*) OVER () AS total FROM case_record c
              WHERE c.panel_id IN (SELECT panel_id FROM panel_membership WHERE user_id = $1)
                AND (NOT c.restricted OR EXISTS (SELECT 1 FROM case_allowed_user x WHERE x.case_id = c.id AND x.user_id = $1))),
       pg AS (SELECT * FROM f ORDER BY f.seq DESC LIMIT $2)
  SELECT c.id, c.reference, c.status, c.referral_date::text AS "referralDate", c.is_repeat AS "isRepeat",
         c.restricted, c.seq::text AS seq, pg.total::int AS total,
         json_build_object('id', pn.id, 'name', pn.name, 'kind', pn.kind) AS panel,
         json_build_object('id', ag.id, 'name', ag.name) AS "referringAgency",
         json_build_object('id', p.id, 'givenName', p.given_name, 'familyName', p.family_name) AS subject,
         coalesce((SELECT json_agg(json_build_object('kind', fl.kind, 'relatedCaseReference', rc.reference)
                       ORDER BY fl.raised_at, fl.kind, rc.reference)
                     FROM case_flag fl LEFT JOIN case_record rc ON rc.id = fl.related_case_id
                    WHERE fl.case_id = c.id), '[]') AS flags
    FROM pg JOIN case_record c ON c.id = pg.id
    JOIN case_person sp ON sp.case_id = c.id AND sp.is_subject JOIN person p ON p.id = sp.person_id
    JOIN panel pn ON pn.id = c.panel_id JOIN agency ag ON ag.id = c.referring_agency_id
   ORDER BY pg.seq DESC`;

// an agency rep: a published meeting of a panel their agency is a member of
const MEETING = `
  SELECT m.id, m.status, to_char(m.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "startsAt",
    json_build_object('id', pn.id, 'name', pn.name, 'kind', pn.kind) AS panel,
    coalesce((SELECT json_agg(json_build_object('id', ai.id, 'position', ai.position, 'minutes', ai.minutes,
      'research', coalesce((SELECT json_agg(json_build_object('summary', r.summary, 'agency', json_build_object('id', ra.id, 'name', ra.name)))
                     FROM research r JOIN agency ra ON ra.id = r.agency_id WHERE r.agenda_item_id = ai.id), '[]'),
      'actions', coalesce((SELECT json_agg(json_build_object('id', x.id, 'description', x.description, 'dueDate', x.due_date,
                     'status', x.status, 'ownerAgency', json_build_object('id', xa.id, 'name', xa.name)))
                     FROM action x JOIN agency xa ON xa.id = x.owner_agency_id WHERE x.agenda_item_id = ai.id), '[]'),
      'case', json_build_object('id', c.id, 'reference', c.reference, 'status', c.status, 'referralDate', c.referral_date,
         'isRepeat', c.is_repeat, 'restricted', c.restricted,
         'panel', json_build_object('id', pn.id, 'name', pn.name, 'kind', pn.kind),
         'referringAgency', json_build_object('id', ca.id, 'name', ca.name),
         'subject', json_build_object('id', p.id, 'givenName', p.given_name, 'familyName', p.family_name,
                                      'dateOfBirth', p.date_of_birth),
         'flags', coalesce((SELECT json_agg(json_build_object('kind', fl.kind, 'relatedCaseReference', rc.reference)
                       ORDER BY fl.raised_at, fl.kind, rc.reference)
                     FROM case_flag fl LEFT JOIN case_record rc ON rc.id = fl.related_case_id WHERE fl.case_id = c.id), '[]'))
      ) ORDER BY ai.position)
      FROM agenda_item ai JOIN case_record c ON c.id = ai.case_id AND NOT c.restricted
      JOIN agency ca ON ca.id = c.referring_agency_id
      JOIN case_person sp ON sp.case_id = c.id AND sp.is_subject JOIN person p ON p.id = sp.person_id
     WHERE ai.meeting_id = m.id), '[]') AS agenda
    FROM meeting m JOIN panel pn ON pn.id = m.panel_id
   WHERE m.id = $1 AND m.status IN ('AGENDA_PUBLISHED', 'IN_PROGRESS', 'CONCLUDED')
     AND EXISTS (SELECT 1 FROM panel_member_agency pma WHERE pma.panel_id = m.panel_id AND pma.agency_id = $2)`;

// the coordinator: persons on cases of their panels
const SEARCH = `
  SELECT p.id, p.given_name AS "givenName", p.family_name AS "familyName", p.date_of_birth::text AS "dateOfBirth",
         similarity(p.given_name || ' ' || p.family_name, $2) AS score
    FROM person p
   WHERE EXISTS (SELECT 1 FROM case_person cp JOIN case_record c ON c.id = cp.case_id
                  WHERE cp.person_id = p.id AND cp.reveals_person
                    AND c.panel_id IN (SELECT panel_id FROM panel_membership WHERE user_id = $1))
     AND (similarity(p.given_name || ' ' || p.family_name, $2) >= 0.3 OR p.date_of_birth = $3::date)
   ORDER BY score DESC, p.id LIMIT 20`;

// STRATEGIC: aggregate counts only
/**
 * The four figures the metrics scenarios ask for, by the API's definitions (docs/metrics.md): referrals by referral
 * date; cases discussed = cases of the panel whose first concluded hearing ever falls in the bucket (London dates);
 * repeat cases among those; concluded meetings held. Buckets: $2..$3 in steps of $4, clipped to $3.
 */
const METRICS = `
  WITH b AS (
    SELECT row_number() OVER (ORDER BY g) AS i, g::date AS f,
           least((g + ($4 || '')::interval - interval '1 day')::date, $3::date) AS t
      FROM generate_series($2::date, $3::date, ($4 || '')::interval) g
  ), bt AS (
    SELECT i, f, t, (f::timestamp AT TIME ZONE 'Europe/London') AS ts_from,
           ((t + 1)::timestamp AT TIME ZONE 'Europe/London') AS ts_to
      FROM b
  ), first_heard AS (
    SELECT ai.case_id, min(m.starts_at) AS at
      FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
     WHERE m.status = 'CONCLUDED' AND m.panel_id = $1
     GROUP BY ai.case_id
    HAVING min(m.starts_at) >= (SELECT min(ts_from) FROM bt) AND min(m.starts_at) < (SELECT max(ts_to) FROM bt)
  ), heard AS (
    SELECT bt.i, count(*)::int AS n, count(*) FILTER (WHERE c.is_repeat)::int AS repeats
      FROM first_heard h JOIN bt ON h.at >= bt.ts_from AND h.at < bt.ts_to
      JOIN case_record c ON c.id = h.case_id AND c.panel_id = $1
     GROUP BY bt.i
  )
  SELECT bt.f::text AS "from", bt.t::text AS "to",
    (SELECT count(*)::int FROM case_record c WHERE c.panel_id = $1 AND c.referral_date BETWEEN bt.f AND bt.t)
      AS referrals,
    coalesce(h.repeats, 0) AS "repeatCases",
    coalesce(h.n, 0) AS "casesHeard",
    (SELECT count(*)::int FROM meeting m WHERE m.panel_id = $1 AND m.status = 'CONCLUDED'
        AND m.starts_at >= bt.ts_from AND m.starts_at < bt.ts_to) AS "meetingsHeld"
    FROM bt LEFT JOIN heard h ON h.i = bt.i
   ORDER BY bt.i`;

/** What STRATEGIC is shown of a count (libs/metrics/src/suppression.ts): 1 to 4 suppressed, the rest rounded to 5. */
const suppressed = (n) => (n >= 1 && n <= 4 ? null : Math.round(n / 5) * 5);
const shownMetrics = (panelId, m) => ({
  panelId,
  from: m.from,
  to: m.to,
  referrals: suppressed(m.referrals),
  repeatCases: suppressed(m.repeatCases),
  casesHeard: suppressed(m.casesHeard),
  meetingsHeld: suppressed(m.meetingsHeld),
});

/** The API's cursor: an opaque base64url of "c1:<case id>" (libs/cases). */
const cursor = (id) => Buffer.from(`c1:${id}`).toString('base64url');
const tokenHash = (token) => createHash('sha256').update(token).digest();

/**
 * Starts the baseline server on a free loopback port. `who` gives the scenario users' ids: { coordinatorId,
 * policeAgencyId }. The permission filter of each statement is that user's rule, written out.
 */
export async function startBaseline(databaseUrl, who) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20, application_name: 'bench-baseline' });
  const schema = buildSchema(SDL);
  const one = async (sql, params) => (await pool.query(sql, params)).rows;
  const rootValue = {
    me: async (_a, { token }) => {
      const [u] = await one(USER, [tokenHash(token ?? '')]);
      if (!u) throw new Error('UNAUTHENTICATED');
      return u;
    },
    cases: async ({ first = 20 }) => {
      const rows = await one(CASES, [who.coordinatorId, first + 1]);
      const page = rows.slice(0, first);
      return {
        totalCount: rows[0]?.total ?? 0,
        pageInfo: {
          hasNextPage: rows.length > first,
          endCursor: page.length ? cursor(page.at(-1).id) : null,
        },
        edges: page.map((r) => ({ cursor: cursor(r.id), node: r })),
      };
    },
    meeting: async ({ id }) => (await one(MEETING, [id, who.policeAgencyId]))[0] ?? null,
    searchPersons: async ({ input }) =>
      (await one(SEARCH, [who.coordinatorId, input.name ?? '', input.dateOfBirth ?? null])).map((p) => ({
        person: p,
        score: Math.round(p.score * 70) / 100,
      })),
    panelMetrics: async ({ input }) =>
      shownMetrics(
        input.panelId,
        (await one(METRICS, [input.panelId, input.from, input.to, '100 years']))[0],
      ),
    panelMetricsSeries: async ({ input, interval }) =>
      (
        await one(METRICS, [
          input.panelId,
          input.from,
          input.to,
          interval === 'MONTH' ? '1 month' : '3 months',
        ])
      ).map((m) => shownMetrics(input.panelId, m)),
  };
  /** query text -> parsed and validated document */
  const documents = new Map();

  const send = (res, status, payload) => {
    const body = JSON.stringify(payload);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };

  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql')
      return send(res, 404, { errors: [{ message: 'not found' }] });
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(res, 400, { errors: [{ message: 'invalid JSON' }] });
      }
      let document = documents.get(body.query);
      if (!document) {
        try {
          document = parse(body.query);
        } catch (e) {
          return send(res, 400, { errors: [{ message: e.message }] });
        }
        const errors = validate(schema, document);
        if (errors.length) return send(res, 400, { errors: errors.map((e) => ({ message: e.message })) });
        documents.set(body.query, document);
      }
      try {
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        const result = await execute({
          schema,
          document,
          rootValue,
          contextValue: { token },
          variableValues: body.variables,
        });
        send(res, 200, result);
      } catch (e) {
        send(res, 500, { errors: [{ message: e.message }] });
      }
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
      await pool.end();
    },
  };
}
