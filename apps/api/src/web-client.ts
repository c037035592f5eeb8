import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The first-party web client (apps/web, built by `npm run build` into dist/web), served by the API at `/`.
 * Its pages get a content security policy of their own (scripts, styles and requests from this origin only, no
 * inline script); everything else the API answers keeps the JSON policy of securityHeaders().
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/**
 * The client's routes (first path segment): a GET of any of them answers index.html, the single-page app's
 * fallback. E-mails link to /cases/<reference>, /meetings/<id> and /actions/<id> (PUBLIC_URL + path).
 * /graphql, /health, /exports, /imports and /graphiql are not among them and stay the API's.
 */
export const WEB_ROUTES = [
  '',
  'sign-in',
  'referrals',
  'my-referrals',
  'cases',
  'meetings',
  'actions',
  'dashboard',
  'admin',
  'audit',
];

/** dist/web next to the compiled API (dist/apps/api/src → dist/web) or, from the sources, the repository's dist/web. */
export function defaultWebRoot(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [resolve(here, '../../../web'), resolve(here, '../../../dist/web')])
    if (existsSync(join(dir, 'index.html'))) return dir;
  return null;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

interface Asset {
  body: Buffer;
  type: string;
  /** content-hashed name under /assets: cached for good */
  immutable: boolean;
}

/** Every file of the build (a few hundred KB), read once at start-up, by URL path; the manifest stays private. */
function readAssets(root: string): Map<string, Asset> {
  const files = new Map<string, Asset>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) walk(rel);
      } else if (TYPES[extname(entry.name)] && rel !== '/index.html') {
        files.set(rel, {
          body: readFileSync(join(root, rel)),
          type: TYPES[extname(entry.name)]!,
          immutable: rel.startsWith('/assets/'),
        });
      }
    }
  };
  walk('');
  return files;
}

interface Req {
  method: string;
  path: string;
}
interface Res {
  setHeader(name: string, value: string): void;
  removeHeader(name: string): void;
  status(code: number): Res;
  end(body?: Buffer): void;
}

/** Serves the built client from `root` (nothing when it is null: the API alone, as before the client existed). */
export function mountWebClient(
  app: { use(handler: (req: Req, res: Res, next: () => void) => void): void },
  root: string | null,
): void {
  if (!root) return;
  const index = readFileSync(join(root, 'index.html'));
  const assets = readAssets(root);
  const routes = new Set(WEB_ROUTES);
  const send = (req: Req, res: Res, body: Buffer, type: string) => {
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', String(body.length));
    res.status(200).end(req.method === 'HEAD' ? undefined : body);
  };
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const asset = assets.get(req.path);
    if (asset) {
      res.removeHeader('Pragma');
      res.setHeader('Cache-Control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return send(req, res, asset.body, asset.type);
    }
    const first = req.path.split('/')[1] ?? '';
    if (!routes.has(first) || req.path.includes('.')) return next();
    // a page of the client: its own policy; the page holds no personal data (that comes from /graphql)
    res.setHeader('Content-Security-Policy', WEB_CSP);
    res.setHeader('Cache-Control', 'no-cache');
    res.removeHeader('Pragma');
    send(req, res, index, 'text/html; charset=utf-8');
  });
}
