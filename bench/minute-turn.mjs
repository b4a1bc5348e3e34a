// A minute's turn: each minute the clock view (today, soon, in progress, the upcoming order) and what
// depends on it are made again, in the element's next update, often a keystroke's. This times that
// update on the real clock, for one or more builds alternated page by page: the page waits for
// the next minute to start, then asks for an update, as a keystroke would.
//
//   node bench/minute-turn.mjs --size 200000 --pages 2 --turns 3 --builds /tmp/dist-before,dist
//
// Each turn waits for a minute of the real clock, so a run takes about builds × pages × turns
// minutes. Also printed: the idle callbacks over 1 ms before each turn (the next minute's view made
// ahead, where the build does that).
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { serveListPage } from './list-page.mjs';
import { CHROME_FLAGS, ensureChrome } from '../scripts/find-chrome.mjs';
import { scaleFeed } from './scale-feed.mjs';
import { benchArgs, median, readInputs, ROOT } from './inputs.mjs';

const args = benchArgs();
const SIZE = Number(args.size ?? 200000);
const PAGES = Number(args.pages ?? 2);
const TURNS = Number(args.turns ?? 3);
const BUILDS = (args.builds ?? 'dist').split(',').map((dir) => resolve(ROOT, dir));
const name = (dir) => dir.replace(ROOT + '/', '');

const feed = JSON.stringify(scaleFeed(readInputs('bench'), SIZE));
const servers = await Promise.all(BUILDS.map((dir) => serveListPage(feed, dir)));
const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_FLAGS, protocolTimeout: 1_800_000 });
const loads = [loadavg()[0]];
const turns = BUILDS.map(() => []);
const firsts = BUILDS.map(() => []);
try {
  for (let run = 0; run < PAGES; run++) {
    for (const b of run % 2 ? [...BUILDS.keys()].reverse() : [...BUILDS.keys()]) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      // The idle callbacks that do work (over 1 ms), to see whether the next minute was made ahead.
      await page.evaluateOnNewDocument(() => {
        window.__idle = [];
        const request = window.requestIdleCallback?.bind(window);
        if (request)
          window.requestIdleCallback = (callback, options) =>
            request((deadline) => {
              const start = performance.now();
              callback(deadline);
              const took = performance.now() - start;
              if (took > 1) window.__idle.push(took);
            }, options);
      });
      await page.goto(servers[b].url);
      await page.waitForFunction(() => document.querySelector('meeting-locator')?.status === 'ready', { timeout: 180_000 });
      const measured = await page.evaluate(async (count) => {
        const element = document.querySelector('meeting-locator');
        const out = [];
        for (let t = 0; t < count; t++) {
          // The next minute's start, at least 8 s away (time for anything made ahead), then 50 ms past it.
          const now = Date.now();
          let turn = (Math.floor(now / 60_000) + 1) * 60_000;
          if (turn - now < 8_000) turn += 60_000;
          await new Promise((done) => setTimeout(done, turn - now + 50));
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          const idle = window.__idle.splice(0).map((ms) => ms.toFixed(1));
          const start = performance.now();
          element.requestUpdate();
          await element.updateComplete;
          out.push({ update: performance.now() - start, idle });
        }
        return out;
      }, TURNS);
      turns[b].push(...measured.map((turn) => turn.update));
      firsts[b].push(measured[0].update);
      console.log(`${name(BUILDS[b])}, page ${run + 1}: ${measured.map((turn) => `${turn.update.toFixed(1)} ms (idle before: ${turn.idle.join(', ') || 'none'})`).join('; ')}`);
      await page.close();
      loads.push(loadavg()[0]);
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}
console.log(`\n${SIZE} meetings, ${PAGES} pages × ${TURNS} turns a build (load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)})`);
for (const [b, dir] of BUILDS.entries()) {
  console.log(`${name(dir)}: the turn's update ${median(turns[b]).toFixed(1)} ms median, ${Math.min(...turns[b]).toFixed(1)}–${Math.max(...turns[b]).toFixed(1)} ms; a page's first turn ${firsts[b].map((ms) => ms.toFixed(1)).join(', ')} ms`);
}
