import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** The IDE's files, served from the project's own node_modules (nothing loads from a CDN). */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': {
    file: join(packageDir('react'), 'umd/react.production.min.js'),
    type: 'text/javascript',
  },
  'react-dom.js': {
    file: join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
  'graphiql.js': { file: require.resolve('graphiql/graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: require.resolve('graphiql/graphiql.min.css'), type: 'text/css' },
};

/**
 * Only this origin: no inline script or style element, no CDN. `connect-src 'self'` lets the IDE post to /graphql;
 * images and fonts may be data: URIs (GraphiQL's stylesheet embeds its icons).
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>MARAC platform API - GraphiQL</title>
    <link rel="stylesheet" href="/graphiql/assets/graphiql.css" />
    <link rel="stylesheet" href="/graphiql/assets/page.css" />
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL...</div>
    <script src="/graphiql/assets/react.js"></script>
    <script src="/graphiql/assets/react-dom.js"></script>
    <script src="/graphiql/assets/graphiql.js"></script>
    <script src="/graphiql/assets/init.js"></script>
  </body>
</html>
`;

const PAGE_CSS = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

/**
 * Starts GraphiQL. Its fetcher posts JSON (`content-type: application/json`), which Apollo's CSRF prevention accepts;
 * the header `apollo-require-preflight` is added as well so that a change of fetcher cannot lose it. The token from
 * `login` goes in the Headers tab.
 */
const INIT_JS = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'apollo-require-preflight': 'true' } });
  var query = [
    '# Sign in, then put the accessToken in the Headers tab below:',
    '#   { "Authorization": "Bearer <accessToken>" }',
    'mutation Login {',
    '  login(input: { email: "you@example.org", password: "..." }) {',
    '    accessToken',
    '    expiresAt',
    '  }',
    '}',
    '',
  ].join('\\n');
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: query,
      defaultHeaders: '{\\n  "Authorization": "Bearer <accessToken from login>"\\n}',
      shouldPersistHeaders: false,
    }),
  );
})();
`;

type Res = {
  setHeader(name: string, value: string): void;
  type(t: string): Res;
  send(body: string): void;
  sendFile(path: string): void;
  status(code: number): Res;
};
type Express = {
  get(path: string, handler: (req: { params: Record<string, string> }, res: Res) => void): void;
};

/** GET /graphiql and its files (development only, see `graphiql` in config.ts). */
export function mountGraphiql(express: Express): void {
  const page = (res: Res, type: string, body: string) => {
    res.setHeader('Content-Security-Policy', GRAPHIQL_CSP);
    res.type(type).send(body);
  };
  express.get('/graphiql', (_req, res) => page(res, 'text/html; charset=utf-8', PAGE));
  express.get('/graphiql/assets/init.js', (_req, res) => page(res, 'text/javascript', INIT_JS));
  express.get('/graphiql/assets/page.css', (_req, res) => page(res, 'text/css', PAGE_CSS));
  express.get('/graphiql/assets/:file', (req, res) => {
    const asset = ASSETS[req.params.file];
    if (!asset) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.setHeader('Content-Security-Policy', GRAPHIQL_CSP);
    res.type(asset.type);
    res.sendFile(asset.file);
  });
}
