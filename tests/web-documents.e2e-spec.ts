/**
 * Every GraphQL document of the web client (apps/web, through its generated types) passes the API's validation,
 * including its cost and depth limits: a page never asks for more than the API answers.
 */
import { print } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import * as documents from '../apps/web/src/gql/graphql.js';
import { startTestApp, type TestApp } from './support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const operations = Object.entries(documents).filter(
  ([name, doc]) => name.endsWith('Document') && (doc as any)?.kind === 'Document',
);

it('the client has its documents', () => {
  expect(operations.length).toBeGreaterThan(20);
});

it.each(['marac.coordinator', 'referrer'] as const)(
  'no document of the client is refused by validation (cost, depth, fields) for %s',
  async (user) => {
    const token = await t.token(user);
    const refused: string[] = [];
    for (const [name, doc] of operations) {
      // no variables: the operation fails later, on a missing variable, but only after validation has run
      // as Apollo Client sends it: with __typename in every selection (it counts towards the cost)
      const r = await t.gql(print(addTypenameToDocument(doc as any)), {}, token);
      for (const e of r.errors ?? [])
        if (e.extensions.code === 'GRAPHQL_VALIDATION_FAILED' || e.extensions.code === 'GRAPHQL_PARSE_FAILED')
          refused.push(`${name}: ${e.message}`);
    }
    expect(refused).toEqual([]);
  },
);
