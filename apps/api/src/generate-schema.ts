/** Writes schema/schema.graphql from the code-first resolvers (no database needed). */
import { writeFileSync } from 'node:fs';
import { printSchemaFromApp } from './print-schema.js';

const sdl = await printSchemaFromApp();
writeFileSync('schema/schema.graphql', sdl);
process.stdout.write('schema/schema.graphql written\n');
