// A tiny static file server for the demo, with no dependencies.
// Serves the project root (this script's parent folder) on http://127.0.0.1:$PORT (default 8000),
// also on [::1] when the machine has IPv6 loopback, so http://localhost:$PORT works either way.
// Usage: node scripts/serve.mjs        PORT=8123 node scripts/serve.mjs
import { createServer } from 'node:http';
import { createReadStream, promises as fsp } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PORT = Number(process.env.PORT || 8000);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.pmtiles': 'application/octet-stream',
};

function send(res, status, message, headers = {}) {
  const body = message + '\n';
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-cache',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function inside(path, root) {
  return path === root || path.startsWith(root + sep);
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }

  const rawPath = (req.url || '/').split(/[?#]/)[0];
  const query = (req.url || '').slice(rawPath.length);
  let pathname;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return send(res, 400, 'Bad request: malformed URL');
  }
  if (pathname.includes('\0') || !pathname.startsWith('/')) return send(res, 400, 'Bad request');

  if (pathname === '/') return send(res, 302, 'Redirecting to /demo/', { Location: '/demo/' + query });

  // Resolve against the root and refuse anything that lands outside it ("..", encoded or not).
  const target = resolve(ROOT, '.' + pathname);
  if (!inside(target, ROOT)) return send(res, 403, 'Forbidden');
  // Dot-files and dot-folders (.git, .ci, …) are not part of the site.
  if (pathname.split('/').some((part) => part.startsWith('.'))) return send(res, 404, `Not found: ${pathname}`);

  if (/\/basemap\/(style\.json|tiles\/\d+\/\d+\/\d+\.pbf)$/.test(pathname)) return basemap(req, res, pathname, target);

  let file = target;
  let stat;
  try {
    stat = await fsp.stat(file);
    if (stat.isDirectory()) {
      // Directory URLs need a trailing slash so relative links in their index.html resolve.
      if (!pathname.endsWith('/')) return send(res, 301, 'Moved', { Location: rawPath + '/' + query });
      file = join(file, 'index.html');
      stat = await fsp.stat(file);
    }
    // A symlink must not lead outside the root either.
    if (!inside(await fsp.realpath(file), REAL_ROOT)) return send(res, 403, 'Forbidden');
  } catch {
    return send(res, 404, `Not found: ${pathname}`);
  }
  if (!stat.isFile()) return send(res, 404, `Not found: ${pathname}`);

  res.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] || 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': 'no-cache',
    // Lets a page on another local port load the build, as a CDN-hosted copy would be loaded.
    'Access-Control-Allow-Origin': '*',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

const REAL_ROOT = await fsp.realpath(ROOT);

/**
 * The offline basemap (`npm run basemap`, scripts/offline-basemap.mjs). Its style names its tiles
 * relative to itself; MapLibre fetches tiles from its worker, where a relative URL has nothing to
 * resolve against, so they are made absolute from this request's Host. Open sea has no tile file:
 * it is an empty tile, not a 404 (which MapLibre draws the same, but the console lists as failed).
 */
async function basemap(req, res, pathname, file) {
  let body;
  try {
    body = await fsp.readFile(file);
  } catch {
    if (pathname.endsWith('.json')) return send(res, 404, `Not found: ${pathname} (npm run basemap writes it)`);
    body = Buffer.alloc(0);
  }
  if (pathname.endsWith('.json')) {
    const style = JSON.parse(body.toString('utf8'));
    const base = `http://${req.headers.host}${pathname}`;
    for (const source of Object.values(style.sources)) {
      if (source.tiles) source.tiles = source.tiles.map((tile) => decodeURI(new URL(tile, base).href));
    }
    body = Buffer.from(JSON.stringify(style));
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(pathname)],
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    'Access-Control-Allow-Origin': '*',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const onRequest = (req, res) => {
  handle(req, res).catch((error) => {
    if (!res.headersSent) send(res, 500, 'Internal server error');
    else res.destroy();
    console.error(error);
  });
};

function listen(host) {
  return new Promise((resolveListen, rejectListen) => {
    const server = createServer(onRequest);
    server.once('error', rejectListen);
    server.listen(PORT, host, () => {
      server.off('error', rejectListen);
      resolveListen(server);
    });
  });
}

const servers = [];
let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  for (const server of servers) {
    server.close();
    server.closeAllConnections?.();
  }
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  servers.push(await listen('127.0.0.1'));
} catch (error) {
  if (error.code === 'EADDRINUSE') console.error(`Port ${PORT} is already in use; try PORT=<another port> node scripts/serve.mjs`);
  else console.error(`Could not listen on 127.0.0.1:${PORT}: ${error.message}`);
  process.exit(1);
}
try {
  servers.push(await listen('::1'));
} catch (error) {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${PORT} is already in use on [::1] (localhost); try PORT=<another port> node scripts/serve.mjs`);
    process.exit(1);
  }
  // No IPv6 loopback on this machine: 127.0.0.1 alone is fine.
}

console.log(`Demo: http://localhost:${PORT}/demo/`);
