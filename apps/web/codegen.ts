import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for every `graphql(...)` document in src, from the API's schema (`npm run codegen:web`). */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string', Date: 'string', DateTime: 'string' },
        avoidOptionals: false,
      },
    },
  },
};
export default config;
