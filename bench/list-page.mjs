// A local page with the built element showing a feed as a list alone (`view="list"`), for the
// benchmarks that look inside one load (heap.mjs, profile.mjs): the page, the feed and dist/ only.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { ROOT } from './inputs.mjs';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<script type="module" src="/dist/cdn/meeting-locator.js"></script></head>
<body><meeting-locator src="/feed.json" timezone="America/New_York" view="list"></meeting-locator></body></html>`;

/**
 * Serves the page with `feed` (JSON text) on a free loopback port; resolves to its URL and a close.
 * `dist`: the build to serve as `/dist/` (a copy of `dist/` made from another commit, to compare).
 */
export async function serveListPage(feed, dist = join(ROOT, 'dist')) {
  const build = resolve(ROOT, dist);
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://list-page');
    if (url.pathname === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (url.pathname === '/feed.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(feed);
    if (!url.pathname.startsWith('/dist/')) return response.writeHead(404).end();
    const file = resolve(build, `.${url.pathname.slice('/dist'.length)}`);
    if (!file.startsWith(build) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': extname(file) === '.map' ? 'application/json' : 'text/javascript' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}
