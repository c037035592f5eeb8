import 'reflect-metadata';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { printSchema } from 'graphql';
import { loadConfig } from '@marac/core';
import { AppModule } from './app.module.js';

/** The schema as the code defines it, built without opening a database. */
export async function printSchemaFromApp(): Promise<string> {
  const config = loadConfig({ NODE_ENV: 'test' });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config, 'postgres://schema@127.0.0.1:1/schema', false)],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  const sdl = printSchema(app.get(GraphQLSchemaHost).schema);
  await app.close();
  return `# Generated from the code-first resolvers by \`npm run schema:generate\`. Do not edit.\n\n${sdl}\n`;
}
