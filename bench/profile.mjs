// Where the time of a filter toggle goes: the built element on a scaled SEPIA feed, six filters
// toggled on and off under the DevTools CPU profiler; prints self time by function, heaviest first.
//   npm run build && node bench/profile.mjs [--size 50000] [--top 30]
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
const SIZE = Number(args.size ?? 50000);
const TOP = Number(args.top ?? 30);
if (!existsSync(SEPIA)) {
  console.log(`Skipped: ${SEPIA} is absent.`);
  process.exit(0);
}
const feed = JSON.stringify(scaleFeed(JSON.parse(readFileSync(SEPIA, 'utf8')), SIZE));
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/dist/cdn/meeting-locator.js"></script></head>
<body><meeting-locator src="/feed.json" timezone="America/New_York" view="list"></meeting-locator></body></html>`;
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://profile');
  if (url.pathname === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  if (url.pathname === '/feed.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(feed);
  const file = resolve(ROOT, `.${url.pathname}`);
  if (!file.startsWith(join(ROOT, 'dist')) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': extname(file) === '.map' ? 'application/json' : 'text/javascript' }).end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_FLAGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.querySelector('meeting-locator')?.status === 'ready', { timeout: 60_000 });
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(async () => {
    const element = document.querySelector('meeting-locator');
    const root = element.shadowRoot;
    const chip = (name) => [...root.querySelectorAll('label.chip')].find((label) => label.querySelector('span').textContent === name)?.querySelector('input');
    for (let round = 0; round < 3; round++) {
      for (const name of ['Today', 'Evening', 'Online', 'In person', 'Open', 'Tomorrow']) {
        const box = chip(name);
        if (!box || box.disabled) continue;
        box.click();
        await element.updateComplete;
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      }
    }
  });
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const id of profile.samples) {
    const { callFrame } = byId.get(id);
    const key = `${callFrame.functionName || '(anonymous)'}  ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + interval);
  }
  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node) => `${node.callFrame.functionName || '(anonymous)'}  ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`;
  const inclusive = new Map();
  for (const id of profile.samples) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(byId.get(at)));
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + interval);
  }
  // Who calls the functions named by --callers (e.g. getBoundingClientRect).
  if (args.callers) {
    const callers = new Map();
    for (const id of profile.samples) {
      const node = byId.get(id);
      if (node.callFrame.functionName !== args.callers) continue;
      const chain = [];
      for (let at = parent.get(id), n = 0; at !== undefined && n < 4; at = parent.get(at), n++) chain.push(keyOf(byId.get(at)));
      const key = chain.join(' < ');
      callers.set(key, (callers.get(key) ?? 0) + interval);
    }
    for (const [key, ms] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`caller ${ms.toFixed(1)} ms: ${key}`);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${SIZE} meetings, ${profile.samples.length} samples, ${total.toFixed(0)} ms sampled (idle included)`);
  console.log('self time:');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
  console.log('inclusive time:');
  for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
} finally {
  await browser.close();
  server.close();
}
