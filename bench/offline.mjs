// What an offline reload shows, and how fast: the built element in headless Chromium with the real
// 2,038-meeting SEPIA feed (and copies scaled to 10,000 and 50,000). Each run loads the page with the
// feed once (so its copy is saved on the device), then reloads it with the feed's connection cut
// (DevTools' request interception answers `net::ERR_INTERNET_DISCONNECTED`, as a phone without
// signal does) and times the first meeting on screen from the saved copy, beside an online reload.
// Medians of --runs (default 3); compare them with each other, not with another machine.
//
//   npm run bench:offline
//   node bench/offline.mjs --runs 5 --sizes 2038
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, ensureChrome } from '../scripts/find-chrome.mjs';
import { scaleFeed } from './scale-feed.mjs';
import { benchArgs, FIRST_ROW_SCRIPT, median, readInputs, ROOT } from './inputs.mjs';
import { savedCopies } from '../scripts/saved-copies.mjs';

const args = benchArgs();
const RUNS = Number(args.runs ?? 3);
const SIZES = (args.sizes ?? '2038,10000,50000').split(',').map(Number);

const base = readInputs('bench:offline');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script>${FIRST_ROW_SCRIPT}
</script>
<script type="module" src="/dist/cdn/meeting-locator.js"></script></head>
<body><meeting-locator src="/feed.json" timezone="America/New_York" view="list"></meeting-locator></body></html>`;

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };

function serve(feed) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://bench');
    if (url.pathname === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (url.pathname === '/feed.json') return response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(feed);
    const file = resolve(ROOT, `.${url.pathname}`);
    if (!file.startsWith(join(ROOT, 'dist')) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_FLAGS });
try {
  console.log('| meetings | copy on the device | online reload: first meeting | offline reload: first meeting (saved copy) | what it shows |');
  console.log('|---|---|---|---|---|');
  for (const size of SIZES) {
    const server = await serve(JSON.stringify(scaleFeed(base, size)));
    const url = `http://127.0.0.1:${server.address().port}/`;
    const online = [];
    const offline = [];
    let shows = '';
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      // A fresh profile per run: an empty store, as on a first visit.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(url);
      await page.evaluate(() => window.__firstRow);
      const saved = await page.waitForFunction(savedCopies, { timeout: 120_000, polling: 250 }, [`${url}feed.json`]);
      [bytes] = await saved.jsonValue();
      await page.reload();
      online.push(await page.evaluate(() => window.__firstRow));
      await page.setRequestInterception(true);
      page.on('request', (request) => (request.url().endsWith('/feed.json') ? request.abort('internetdisconnected') : request.continue()));
      await page.reload();
      offline.push(await page.evaluate(() => window.__firstRow));
      shows = await page.evaluate(async () => {
        const element = document.querySelector('meeting-locator');
        while (element.status !== 'ready') await new Promise((r) => setTimeout(r, 20));
        await element.updateComplete;
        const notice = element.shadowRoot.querySelector('[part="notice"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
        return `${element.results.length} meetings; "${notice.replace(/ Try again$/, '')}"`;
      });
      await context.close();
    }
    server.close();
    console.log(`| ${size.toLocaleString('en-US')} | ${(bytes / 1024 / 1024).toFixed(1)} MB | ${median(online).toFixed(0)} ms | ${median(offline).toFixed(0)} ms | ${shows} |`);
  }
} finally {
  await browser.close();
}
