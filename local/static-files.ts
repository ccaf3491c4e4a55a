import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * The console's built files (console/dist) at `/`, as CloudFront serves them from S3 in AWS:
 * hashed assets cached for a year, index.html never, and unknown paths fall back to index.html
 * so the single-page app's routes survive a reload. Source maps (`*.map`) are never served.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
};

export function serveStatic(root: string, pathname: string, req: IncomingMessage, res: ServerResponse): void {
  if (pathname.endsWith('.map')) {
    // Source maps are never served (the build makes none; one copied into dist stays private).
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    res.end('Not found');
    return;
  }
  const base = resolve(root);
  const requested = resolve(join(base, normalize(decodeURIComponent(pathname))));
  const isFile = requested.startsWith(base) && existsSync(requested) && statSync(requested).isFile();
  const file = isFile ? requested : join(base, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The console is not built: run `npm run build:console`.');
    return;
  }
  const immutable = isFile && pathname.startsWith('/assets/');
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
