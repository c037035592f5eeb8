/**
 * Issue 11, smaller things: one log line per GraphQL request (operation, status, duration, request id; never the
 * variables) without colour codes off a terminal, and GraphiQL served from the project's own files in development.
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { loadConfig } from '@marac/core';
import { DEMO_PASSWORD, demoEmail } from '@marac/identity';
import { appLogger } from '../apps/api/src/create-app.js';
import { GRAPHIQL_CSP } from '../apps/api/src/graphiql.js';
import { startTestApp, type TestApp } from './support/harness.js';

/** Collects what is written to stdout while `run` runs (Nest's ConsoleLogger writes there). */
async function captureStdout(run: () => Promise<unknown>): Promise<string> {
  const original = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return typeof rest[rest.length - 1] === 'function'
      ? ((rest[rest.length - 1] as () => void)(), true)
      : true;
  }) as typeof process.stdout.write;
  try {
    await run();
    await new Promise((ok) => setTimeout(ok, 50)); // the line is written on the response's 'finish'
  } finally {
    process.stdout.write = original;
  }
  return out;
}

const requestLines = (out: string) => out.split('\n').filter((l) => l.includes('graphql op='));
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

describe('request log (one info line per GraphQL request)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'info' });
  });
  afterAll(() => t.close());

  it('writes operation, status, duration, error codes and request id, and never the variables', async () => {
    const secretName = 'Zebediah Featherstonehaugh';
    const secretEmail = 'zebediah.featherstonehaugh@example.org';
    const token = await t.token('police.rep');
    const requestId = randomUUID();
    const server = t.app.getHttpServer();
    const out = await captureStdout(async () => {
      // 1. unnamed mutation with personal data in its variables (refused: unknown user)
      await t.gql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
        input: { email: secretEmail, password: secretName },
      });
      // 2. named query with the caller's request id
      await request(server)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${token}`)
        .set('x-request-id', requestId)
        .send({ query: 'query WhoAmI { me { id } }', variables: { note: secretName } });
      // 3. syntax error (nothing parsed)
      await t.gql(`query { me { id `, { name: secretName });
      // 4. refused by the CSRF check before GraphQL runs
      await request(server)
        .post('/graphql')
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ query: '{ me { id } }', variables: { name: secretName } }));
    });
    const lines = requestLines(out);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line).toMatch(/graphql op=\S+ status=\d{3} ms=\d+ errors=\S+ requestId=\S+/);
    }
    expect(lines[0]).toMatch(
      /op=mutation:\(login\) status=200 ms=\d+ errors=UNAUTHENTICATED requestId=[0-9a-f-]{36}/,
    );
    expect(lines[1]).toContain(`op=query:WhoAmI(me) status=200`);
    expect(lines[1]).toContain(`errors=- requestId=${requestId}`);
    expect(lines[2]).toMatch(/op=- status=400 ms=\d+ errors=GRAPHQL_PARSE_FAILED/);
    expect(lines[3]).toMatch(/op=- status=400 ms=\d+ errors=- requestId=-/);
    // no variables, no personal data, in the whole output
    for (const secret of [secretName, 'Featherstonehaugh', secretEmail, DEMO_PASSWORD, token]) {
      expect(out).not.toContain(secret);
    }
    if (!process.stdout.isTTY) expect(out).not.toMatch(ANSI);
  });

  it('is not written at LOG_LEVEL warn (the default in tests)', async () => {
    const quiet = await startTestApp();
    try {
      const out = await captureStdout(() => quiet.gql('{ me { id } }'));
      expect(requestLines(out)).toEqual([]);
    } finally {
      await quiet.close();
    }
  });
});

describe('log format', () => {
  const line = (tty: boolean, env: Record<string, string>) =>
    captureStdout(async () => {
      const config = loadConfig({ DATABASE_URL: 'postgres://u:p@localhost/x', LOG_LEVEL: 'info', ...env });
      appLogger(config, tty).log('graphql op=query:(me) status=200', 'GraphQL');
    });

  it('has no colour codes in development when stdout is not a terminal, and colours on a terminal', async () => {
    const plain = await line(false, { NODE_ENV: 'development' });
    expect(plain).toContain('[GraphQL] graphql op=query:(me) status=200');
    expect(plain).not.toMatch(ANSI);
    expect(await line(true, { NODE_ENV: 'development' })).toMatch(ANSI);
  });

  it('is one JSON object per line in production, without colour codes even on a terminal', async () => {
    const out = await line(true, {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://marac.example.org',
    });
    expect(out).not.toMatch(ANSI);
    const entry = JSON.parse(out.trim());
    expect(entry).toMatchObject({
      level: 'log',
      context: 'GraphQL',
      message: 'graphql op=query:(me) status=200',
    });
  });
});

describe('GraphiQL (development only, served from node_modules)', () => {
  let dev: TestApp;
  let test: TestApp;
  beforeAll(async () => {
    dev = await startTestApp({ NODE_ENV: 'development', WORKER: 'off', LOG_LEVEL: 'warn' });
    test = await startTestApp();
  });
  afterAll(async () => {
    await dev.close();
    await test.close();
  });

  it('answers GET /graphiql in development with a page whose scripts and styles are all same-origin', async () => {
    const res = await request(dev.app.getHttpServer()).get('/graphiql');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(GRAPHIQL_CSP);
    expect(GRAPHIQL_CSP).toContain("script-src 'self'");
    expect(GRAPHIQL_CSP).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
    expect(res.headers['x-frame-options']).toBe('DENY');
    const html = res.text;
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(5);
    for (const ref of refs) expect(ref).toMatch(/^\/graphiql\/assets\/[\w.-]+$/);
    // no inline script: every <script> has a src and an empty body
    expect(
      [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].every(
        (m) => /src=/.test(m[1]) && m[2] === '',
      ),
    ).toBe(true);
    expect(html).not.toMatch(/cdn|unpkg|jsdelivr|https?:\/\//i);

    for (const ref of refs) {
      const file = await request(dev.app.getHttpServer()).get(ref);
      expect(`${ref} ${file.status}`).toBe(`${ref} 200`);
      expect(file.headers['content-type']).toMatch(ref.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect(Number(file.headers['content-length'] ?? file.text.length)).toBeGreaterThan(0);
    }
    const graphiql = await request(dev.app.getHttpServer()).get('/graphiql/assets/graphiql.js');
    expect(graphiql.text).toContain('createFetcher');
    const init = await request(dev.app.getHttpServer()).get('/graphiql/assets/init.js');
    expect(init.text).toContain("url: '/graphql'");
    expect(init.text).toContain('apollo-require-preflight');
    expect((await request(dev.app.getHttpServer()).get('/graphiql/assets/package.json')).status).toBe(404);
    expect((await request(dev.app.getHttpServer()).get('/graphiql/assets/..%2Fpackage.json')).status).toBe(
      404,
    );
  });

  it('keeps the CSRF protection on: the IDE posts JSON with the preflight header; a simple form post is refused', async () => {
    const server = dev.app.getHttpServer();
    const asIde = await request(server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('apollo-require-preflight', 'true')
      .send({
        query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
        variables: { i: { email: demoEmail('nobody'), password: 'x' } },
      });
    expect(asIde.status).toBe(200);
    expect(asIde.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const simple = await request(server)
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: '{ me { id } }' }));
    expect(simple.status).toBe(400);
    expect(simple.text).toMatch(/CSRF|preflight/i);
  });

  it('is not served in test (without GRAPHIQL=true) nor in production, where GRAPHIQL=true is refused', async () => {
    expect((await request(test.app.getHttpServer()).get('/graphiql')).status).toBe(404);
    expect((await request(test.app.getHttpServer()).get('/graphiql/assets/graphiql.js')).status).toBe(404);
    const prod = await startTestApp({ NODE_ENV: 'production', LOG_LEVEL: 'warn', WORKER: 'off' });
    try {
      expect((await request(prod.app.getHttpServer()).get('/graphiql')).status).toBe(404);
      expect((await request(prod.app.getHttpServer()).get('/graphiql/assets/react.js')).status).toBe(404);
    } finally {
      await prod.close();
    }
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@h/d', GRAPHIQL: 'true' }),
    ).toThrow(/GRAPHIQL/);
    expect(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://u:p@h/d', GRAPHIQL: 'true' }).graphiql,
    ).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'postgres://u:p@h/d', GRAPHIQL: 'off' }).graphiql,
    ).toBe(false);
  });
});
