import { readFileSync } from 'node:fs';
import { printSchemaFromApp } from './print-schema.js';

describe('schema/schema.graphql', () => {
  it('is what the code generates (run `npm run schema:generate` and commit it)', async () => {
    expect(readFileSync('schema/schema.graphql', 'utf8')).toBe(await printSchemaFromApp());
  });
});
