// Where the time of a filter toggle goes: the built element on a scaled SEPIA feed, six filters
// toggled on and off under the DevTools CPU profiler; prints self time by function, heaviest first.
//   npm run build && node bench/profile.mjs [--size 50000] [--top 30] [--keys]
// --keys profiles typing the bench's query a key at a time and deleting it instead.
// --settle 4000 waits that many ms after `ready` (and after opening the filters) before profiling, so
// the one-off work after a feed loads (the per-feed "still possible" bits) is not counted as a toggle's.
import puppeteer from 'puppeteer-core';
import { serveListPage } from './list-page.mjs';
import { CHROME_FLAGS, ensureChrome } from '../scripts/find-chrome.mjs';
import { scaleFeed } from './scale-feed.mjs';
import { benchArgs, readInputs } from './inputs.mjs';

const args = benchArgs();
const SIZE = Number(args.size ?? 50000);
const TOP = Number(args.top ?? 30);
const SETTLE = Number(args.settle ?? 0);
const feed = JSON.stringify(scaleFeed(readInputs('bench'), SIZE));
const listPage = await serveListPage(feed);
const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_FLAGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(listPage.url);
  await page.waitForFunction(() => document.querySelector('meeting-locator')?.status === 'ready', { timeout: 60_000 });
  if (SETTLE) await page.evaluate(async (settle) => {
    const root = document.querySelector('meeting-locator').shadowRoot;
    const panel = root.querySelector('details.filters');
    if (panel && !panel.open) panel.querySelector('summary').click();
    await new Promise((done) => setTimeout(done, settle));
  }, SETTLE);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  if ('keys' in args) await page.evaluate(async () => {
    const element = document.querySelector('meeting-locator');
    const input = element.shadowRoot.querySelector('#q');
    const query = 'women step';
    const type = async (value) => {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await element.updateComplete;
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    };
    for (let round = 0; round < 2; round++) {
      for (let i = 1; i <= query.length; i++) await type(query.slice(0, i));
      for (let i = query.length - 1; i >= 0; i--) await type(query.slice(0, i));
    }
  });
  else await page.evaluate(async () => {
    const element = document.querySelector('meeting-locator');
    const root = element.shadowRoot;
    // The filter panel starts closed: open it, and wait for its options (a chunk).
    const panel = root.querySelector('details.filters');
    if (panel && !panel.open) panel.querySelector('summary').click();
    for (let tries = 0; tries < 200 && !root.querySelector('label.chip'); tries++) await new Promise((done) => setTimeout(done, 10));
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
  listPage.close();
}
