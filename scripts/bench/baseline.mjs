// The floor the benchmark compares against (STACK-NOTES.md, "Throughput measured"): node:http + graphql-js + pg,
// no framework, no authentication, no permission filter, no audit. Each distinct query document is parsed and
// validated once and then only executed. It answers the same 20-row case list as `cases(first: 20)`, from one SQL
// statement with the joins written out.
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { buildSchema, execute, parse, validate } from 'graphql';
import pg from 'pg';

const SDL = `
  type Query { cases(first: Int): CaseConnection! }
  type CaseConnection { totalCount: Int! pageInfo: PageInfo! edges: [CaseEdge!]! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type CaseEdge { cursor: String! node: Case! }
  type Case {
    id: ID! reference: String! status: String! referralDate: String! isRepeat: Boolean!
    panel: Panel! subject: Person!
  }
  type Panel { name: String! }
  type Person { givenName: String! familyName: String! }
`;

const LIST = `
  SELECT c.id, c.reference, c.status, c.referral_date::text AS "referralDate", c.is_repeat AS "isRepeat",
         c.seq::text AS seq, pn.name AS "panelName", p.given_name AS "givenName", p.family_name AS "familyName",
         count(*) OVER ()::int AS total
    FROM case_record c
    JOIN case_person sp ON sp.case_id = c.id AND sp.is_subject
    JOIN person p ON p.id = sp.person_id
    JOIN panel pn ON pn.id = c.panel_id
   WHERE c.panel_id = $1
   ORDER BY c.seq DESC
   LIMIT $2`;

const cursor = (seq) => Buffer.from(seq).toString('base64url');

/** Starts the baseline server on a free loopback port; `panelId` is the panel whose cases the list shows. */
export async function startBaseline(databaseUrl, panelId) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20, application_name: 'bench-baseline' });
  const schema = buildSchema(SDL);
  const rootValue = {
    cases: async ({ first = 20 }) => {
      const { rows } = await pool.query(LIST, [panelId, first]);
      return {
        totalCount: rows[0]?.total ?? 0,
        pageInfo: {
          hasNextPage: (rows[0]?.total ?? 0) > rows.length,
          endCursor: rows.length ? cursor(rows.at(-1).seq) : null,
        },
        edges: rows.map((r) => ({
          cursor: cursor(r.seq),
          node: {
            ...r,
            panel: { name: r.panelName },
            subject: { givenName: r.givenName, familyName: r.familyName },
          },
        })),
      };
    },
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
        const result = await execute({ schema, document, rootValue, variableValues: body.variables });
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
