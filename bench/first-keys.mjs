// The first keys of a search typed the moment the list is ready, key by key, for one or more builds
// alternated page by page. bench.mjs waits a moment after `ready` and reports all keys together;
// here each key of the query is timed on its own, as a person who starts typing as soon as the list
// shows meets it: the work that follows a load (chunks arriving, "still possible" made the first
// time, the device copy's save) shares those first frames with the keys.
//
//   node bench/first-keys.mjs --size 200000 --pages 10 --builds /tmp/dist-before,dist [--settle 3000] [--query women]
//
// Each build is a copy of `dist/` (`cp -r dist /tmp/dist-before` after `npm run build` of the other
// commit). A key's work and frame are measured as in bench.mjs: work is input → the element's update
// complete; the frame is the first frame after the input, from its start to after its paint, and
// the key is shown a frame late when that is over 16.7 ms. `--settle` waits that long after `ready`.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serveListPage } from './list-page.mjs';
import { CHROME_FLAGS, ensureChrome } from '../scripts/find-chrome.mjs';
import { scaleFeed } from './scale-feed.mjs';
import { benchArgs, readInputs, ROOT } from './inputs.mjs';

const args = benchArgs();
const SIZE = Number(args.size ?? 200000);
const PAGES = Number(args.pages ?? 6);
const SETTLE = Number(args.settle ?? 0);
const QUERY = args.query ?? 'women';
const BUILDS = (args.builds ?? 'dist').split(',').map((dir) => resolve(ROOT, dir));
const FRAME = 1000 / 60;

const feed = JSON.stringify(scaleFeed(readInputs('bench'), SIZE));
const pages = await Promise.all(BUILDS.map((dir) => serveListPage(feed, dir)));
const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_FLAGS, protocolTimeout: 900_000 });
const loads = [loadavg()[0]];
/** Per build, per key: { results, work[], frame[] }. */
const measured = BUILDS.map(() => [...QUERY].map(() => ({ results: 0, work: [], frame: [] })));

/** In the page: wait for `ready`, then `settle` ms, then type `query` a key at a time. */
async function typeAtReady(page, query, settle) {
  await page.waitForFunction(() => document.querySelector('meeting-locator')?.status === 'ready', { timeout: 180_000, polling: 5 });
  return page.evaluate(async (query, settle) => {
    const element = document.querySelector('meeting-locator');
    const input = element.shadowRoot.querySelector('#q');
    if (settle) await new Promise((done) => setTimeout(done, settle));
    const keys = [];
    for (let i = 1; i <= query.length; i++) {
      // Just after a frame, as bench.mjs presses.
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const start = performance.now();
      let frameStart = NaN;
      const firstFrame = new Promise((done) => requestAnimationFrame((time) => done((frameStart = time))));
      input.value = query.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await element.updateComplete;
      const work = performance.now() - start;
      await firstFrame;
      await new Promise((done) => setTimeout(done, 0));
      keys.push({ work, frame: performance.now() - frameStart, results: element.results.length });
    }
    return keys;
  }, query, settle);
}

try {
  for (let run = 0; run < PAGES; run++) {
    // Alternated, and the order turned each run: the load drifts within minutes on a shared machine.
    const order = run % 2 ? [...BUILDS.keys()].reverse() : [...BUILDS.keys()];
    for (const b of order) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(pages[b].url);
      const keys = await typeAtReady(page, QUERY, SETTLE);
      keys.forEach((key, k) => {
        measured[b][k].results = key.results;
        measured[b][k].work.push(key.work);
        measured[b][k].frame.push(key.frame);
      });
      await page.close();
      loads.push(loadavg()[0]);
    }
  }
} finally {
  await browser.close();
  for (const page of pages) page.close();
}

const range = (values) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)} ms`;
console.log(`${SIZE} meetings, "${QUERY}" typed ${SETTLE ? `${SETTLE} ms after` : 'as soon as'} the list is ready, ${PAGES} pages a build, builds alternated (load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)})\n`);
console.log(`| key | results | ${BUILDS.map((dir) => `${dir.replace(ROOT + '/', '')}: work | late`).join(' | ')} |`);
console.log(`|---|---|${BUILDS.map(() => '---|---').join('|')}|`);
[...QUERY].forEach((_, k) => {
  const cells = measured.map((keys) => `${range(keys[k].work)} | ${keys[k].frame.filter((frame) => frame > FRAME).length} of ${PAGES}`);
  console.log(`| "${QUERY.slice(0, k + 1)}" | ${measured[0][k].results.toLocaleString('en')} | ${cells.join(' | ')} |`);
});
const totals = measured.map((keys) => keys.flatMap((key) => key.frame).filter((frame) => frame > FRAME).length);
console.log(`\nkeys shown a frame late: ${BUILDS.map((dir, b) => `${dir.replace(ROOT + '/', '')} ${totals[b]} of ${PAGES * QUERY.length}`).join(', ')}`);
