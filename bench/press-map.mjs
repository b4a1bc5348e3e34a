// Press Map → the map's first `idle`, for two or more builds of the element, alternated run by run
// in one browser (on this shared 2-core machine the load drifts within minutes, so builds measured
// one after the other compare the load as much as the code). The page, the wait and the timing are
// bench.mjs's "press Map → first idle": a 390×844 page with the List / Map switch, the list shown
// for 2 s (the element warms the map then), the pointer on the switch, Map pressed.
//
//   node bench/press-map.mjs --builds /tmp/dist-before,dist --sizes 2038,10000 --runs 7
//
// Each build is a copy of `dist/` (`cp -r dist /tmp/dist-before` after `npm run build` of the
// other commit). Prints medians and maxima per build and size, and the load average.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, ensureChrome } from '../scripts/find-chrome.mjs';
import { scaleFeed } from './scale-feed.mjs';
import { benchArgs, median, readInputs, ROOT } from './inputs.mjs';
import { offlineBasemap } from '../scripts/offline-basemap.mjs';
import { pressMap } from './map-timing.mjs';

const args = benchArgs();
const BUILDS = (args.builds ?? 'dist').split(',').map((dir) => resolve(ROOT, dir));
const SIZES = (args.sizes ?? '2038,10000').split(',').map(Number);
const RUNS = Number(args.runs ?? 5);
const base = readInputs('bench');
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script>window.__ready = new Promise((resolve) => {
  const check = () => (document.querySelector('meeting-locator')?.status === 'ready' ? resolve(performance.now()) : setTimeout(check, 2));
  check();
});</script>
<script type="module" src="/dist/cdn/meeting-locator.js"></script></head>
<body><meeting-locator src="/feed.json" timezone="America/New_York" map-style="/basemap/style.json"></meeting-locator></body></html>`;

function serve(dist, feed) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://bench');
    if (url.pathname === '/switch') return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (url.pathname === '/feed.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(feed);
    const basemap = offlineBasemap(url.pathname, `http://${request.headers.host}`);
    if (basemap) return response.writeHead(200, { 'content-type': basemap.type }).end(basemap.body);
    if (!url.pathname.startsWith('/dist/')) return response.writeHead(404).end();
    const file = resolve(dist, `.${url.pathname.slice('/dist'.length)}`);
    if (!file.startsWith(dist) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_FLAGS, protocolTimeout: 900_000 });
const loads = [loadavg()[0]];
console.log(`| meetings | ${BUILDS.map((dir) => `${dir.replace(ROOT + '/', '')} (median / max)`).join(' | ')} |`);
console.log(`|---|${BUILDS.map(() => '---').join('|')}|`);
try {
  for (const size of SIZES) {
    const feed = JSON.stringify(scaleFeed(base, size));
    const servers = await Promise.all(BUILDS.map((dir) => serve(dir, feed)));
    const times = BUILDS.map(() => []);
    for (let run = 0; run < RUNS; run++) {
      // Alternate which build goes first, so neither always follows the other.
      const order = BUILDS.map((_, index) => index);
      if (run % 2) order.reverse();
      for (const index of order) times[index].push(await pressMap(browser, `http://127.0.0.1:${servers[index].address().port}/`));
      loads.push(loadavg()[0]);
    }
    for (const server of servers) server.close();
    console.log(`| ${size} | ${times.map((list) => `${median(list).toFixed(0)} / ${Math.max(...list).toFixed(0)} ms`).join(' | ')} |`);
    console.error(`  ${size}: ${times.map((list) => list.map((time) => time.toFixed(0)).join(' ')).join('  ‖  ')}`);
  }
} finally {
  await browser.close();
}
console.log(`\n${RUNS} runs per build and size, alternated; load average (1 min) ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}, ${new Date().toISOString().slice(0, 16)}Z`);
