// The benchmark: the built element in headless Chromium with the real 2,038-meeting SEPIA feed
// (read in place from ../shared/feeds) and feeds scaled from it to 10,000 and 50,000 meetings.
// Prints medians and maxima; these machines are shared and noisy, so compare ratios, not absolutes.
//
//   npm run bench            (builds first)
//   node bench/bench.mjs --runs 7 --sizes 2038,10000
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, ensureChrome } from '../scripts/find-chrome.mjs';
import { scaleFeed } from './scale-feed.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SEPIA = resolve(ROOT, '../shared/feeds/meeting-guide/tsml-ui-git_public-data-aasepia_SEPIA-Philadelphia_2038-meetings.json');
const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((pair) => pair.trim().split(/\s+/)));
const RUNS = Number(args.runs ?? 5);
const SIZES = (args.sizes ?? '2038,10000,50000').split(',').map(Number);
/** What a person types, one key at a time; then deletes again. */
const QUERY = 'women step';

if (!existsSync(SEPIA)) {
  console.log(`Skipped: ${SEPIA} is absent (the benchmark reads ../shared/feeds in place).`);
  process.exit(0);
}
if (!existsSync(join(ROOT, 'dist/meeting-locator.js'))) {
  console.error('dist/ is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}

const base = JSON.parse(readFileSync(SEPIA, 'utf8'));
const feeds = new Map(SIZES.map((size) => [size, JSON.stringify(scaleFeed(base, size))]));

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script>
  // Polls every frame from the start, so "first meeting visible" is measured from navigation.
  window.__firstRow = new Promise((resolve) => {
    const check = () => {
      const row = document.querySelector('meeting-locator')?.shadowRoot?.querySelector('article.meeting');
      if (row && row.getBoundingClientRect().height > 0) resolve(performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
</script>
<script type="module" src="/dist/meeting-locator.js"></script></head>
<body><meeting-locator src="/feed.json" timezone="America/New_York"></meeting-locator></body></html>`;

const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.json': 'application/json' };

function serve(size) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://bench');
    if (url.pathname === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (url.pathname === '/feed.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(feeds.get(size));
    const file = resolve(ROOT, `.${url.pathname}`);
    if (!file.startsWith(join(ROOT, 'dist')) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** In the page: type the query a key at a time, then delete it, timing input → next painted frame. */
async function typeAndMeasure(page) {
  return page.evaluate(async (query) => {
    const element = document.querySelector('meeting-locator');
    const input = element.shadowRoot.querySelector('input');
    const afterNextPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const times = [];
    const keystroke = async (value) => {
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await afterNextPaint();
      times.push(performance.now() - start);
    };
    input.focus();
    for (let i = 1; i <= query.length; i++) await keystroke(query.slice(0, i));
    const narrowed = element.results.length;
    for (let i = query.length - 1; i >= 0; i--) await keystroke(query.slice(0, i));
    return { times, narrowed, total: element.results.length };
  }, QUERY);
}

async function parseTime(page) {
  return page.evaluate(async () => {
    const text = await (await fetch('/feed.json')).text();
    const times = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      JSON.parse(text);
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[1];
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_FLAGS });
const rows = [];
try {
  for (const size of SIZES) {
    const server = await serve(size);
    const url = `http://127.0.0.1:${server.address().port}/`;
    const firstRow = [];
    const keystrokes = [];
    const heaps = [];
    const parses = [];
    let counts;
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(url);
      firstRow.push(await page.evaluate(() => window.__firstRow));
      parses.push(await parseTime(page));
      const typed = await typeAndMeasure(page);
      keystrokes.push(...typed.times);
      counts = typed;
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.collectGarbage');
      heaps.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024);
      await page.close();
    }
    server.close();
    rows.push({
      meetings: size,
      'first meeting visible (median)': ms(median(firstRow)),
      'JSON.parse alone (median)': ms(median(parses)),
      'first row ÷ parse': `${(median(firstRow) / median(parses)).toFixed(1)}×`,
      'keystroke → paint (median)': ms(median(keystrokes)),
      'keystroke → paint (max)': ms(Math.max(...keystrokes)),
      'JS heap after load (median)': `${median(heaps).toFixed(1)} MB`,
      'results for the query': `${counts.narrowed} of ${counts.total}`,
    });
    console.error(`measured ${size} meetings (${RUNS} runs, ${keystrokes.length} keystrokes)`);
  }
} finally {
  await browser.close();
}

console.log(`\n${RUNS} runs per size, query "${QUERY}" typed and deleted a key at a time, Chromium headless, ${new Date().toISOString().slice(0, 10)}\n`);
const headers = Object.keys(rows[0]);
console.log(`| ${headers.join(' | ')} |`);
console.log(`|${headers.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${headers.map((header) => row[header]).join(' | ')} |`);
