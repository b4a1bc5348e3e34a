// The benchmark: the built element in headless Chromium with the real 2,038-meeting SEPIA feed
// (read in place from ../shared/feeds) and feeds scaled from it to 10,000 and 50,000 meetings.
// Prints medians and maxima; these machines are shared and noisy, so compare ratios, not absolutes.
//
//   npm run bench            (builds first)
//   node bench/bench.mjs --runs 7 --sizes 2038,10000
//   node bench/bench.mjs --sizes 200000 --runs 3 --map-sizes 0   (the list alone at 200,000)
//   npm run bench -- --phone (a cheap phone: 4× CPU throttling, DevTools' "Slow 4G" network, a
//                             390×844 touch screen; 2,038 meetings unless --sizes says otherwise;
//                             also the network's floor: the feed's last byte on a page that only fetches it)
//   npm run bench -- --phone --preload (the page also asks for the feed in its <head>, with
//                             <link rel="preload" as="fetch">; Chromium takes it, WebKit downloads the feed again)
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, ensureChrome } from '../scripts/find-chrome.mjs';
import { scaleFeed } from './scale-feed.mjs';
import { benchArgs, FIRST_ROW_SCRIPT, median, readInputs, ROOT } from './inputs.mjs';
import { offlineBasemap } from '../scripts/offline-basemap.mjs';
import { pressMap, timeMapShown } from './map-timing.mjs';

const args = benchArgs();
/** `--phone`: the page as a cheap phone on a slow mobile network gets it. */
const PHONE = 'phone' in args;
const RUNS = Number(args.runs ?? (PHONE ? 3 : 5));
const SIZES = (args.sizes ?? (PHONE ? '2038' : '2038,10000,50000,200000')).split(',').map(Number);
/**
 * DevTools' "Slow 4G" preset (Lighthouse's mobile profile with DevTools' 3.75× latency and 0.9×
 * throughput adjustments): 562.5 ms round trip, 1.6 Mbit/s down, 750 kbit/s up; and the CPU 4×
 * slower, as Lighthouse does for a mid-range phone.
 */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
const CPU_SLOWDOWN = 4;
/** What a person types, one key at a time; then deletes again. */
const QUERY = 'women step';

const base = readInputs('bench');
const feeds = new Map(SIZES.map((size) => [size, JSON.stringify(scaleFeed(base, size))]));

/** `--preload`: the page starts the feed's request itself, before the element's script has run. */
const PRELOAD = 'preload' in args;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
${PRELOAD ? '<link rel="preload" href="/feed.json" as="fetch" crossorigin="anonymous" referrerpolicy="no-referrer">' : ''}
<script>
${FIRST_ROW_SCRIPT}
  // The whole list ready: search and filters usable. Polled by timer, as frames wait for long tasks.
  window.__ready = new Promise((resolve) => {
    const check = () => (document.querySelector('meeting-locator')?.status === 'ready' ? resolve(performance.now()) : setTimeout(check, 2));
    check();
  });
  // The longest the page could not answer while it loaded.
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__longest = Math.max(window.__longest, task.duration);
  }).observe({ type: 'longtask', buffered: true });
</script>
<script type="module" src="/dist/cdn/meeting-locator.js"></script></head>
<body><meeting-locator src="/feed.json" timezone="America/New_York" view="list" map-style="/basemap/style.json"></meeting-locator></body></html>`;
/**
 * The network's floor, on the phone profile: a page that only fetches the feed, from the first
 * script of its <head>, and reads it. No element (nor any script a page loads) can show a meeting
 * of the whole feed before this page has the feed's last byte.
 */
const FLOOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script>
  window.__floor = fetch('/feed.json').then((response) => response.arrayBuffer()).then(() =>
    performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/feed.json')).responseEnd);
</script></head><body>The feed alone</body></html>`;
/** The element as a phone shows it: the list, and a List / Map switch (the map's pane exists, not shown). */
const SWITCH_PAGE = PAGE.replace(' view="list"', '');

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.map': 'application/json', '.json': 'application/json' };
/** Sizes at which "show map → first idle" is measured. */
const MAP_SIZES = new Set((args['map-sizes'] ?? (PHONE ? '' : '2038,10000')).split(',').filter(Boolean).map(Number));

/** Over a slow network the bytes count: the feed and the element's files are sent compressed, as real servers do. */
const zipped = new Map();
/** `key` names the body (its path, and the size for the feed), so each is compressed once. */
function send(request, response, type, key, body) {
  if (!PHONE || !/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) return response.writeHead(200, { 'content-type': type }).end(body);
  let packed = zipped.get(key);
  if (!packed) zipped.set(key, (packed = gzipSync(body)));
  return response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' }).end(packed);
}

function serve(size) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://bench');
    if (url.pathname === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (url.pathname === '/switch') return response.writeHead(200, { 'content-type': 'text/html' }).end(SWITCH_PAGE);
    if (url.pathname === '/floor') return response.writeHead(200, { 'content-type': 'text/html' }).end(FLOOR_PAGE);
    if (url.pathname === '/blank') return response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>JSON.parse alone</title>');
    if (url.pathname === '/feed.json') return send(request, response, 'application/json', `feed ${size}`, feeds.get(size));
    // The demo's offline basemap (a style and vector tiles, as a hosted one), served from memory.
    const basemap = offlineBasemap(url.pathname, `http://${request.headers.host}`);
    if (basemap) return response.writeHead(200, { 'content-type': basemap.type }).end(basemap.body);
    const file = resolve(ROOT, `.${url.pathname}`);
    if (!file.startsWith(join(ROOT, 'dist')) || !existsSync(file)) return response.writeHead(404).end();
    send(request, response, TYPES[extname(file)] ?? 'application/octet-stream', file, readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * In the page: type the query a key at a time and delete it again, then toggle filters on and off.
 * For each: `work` is input → the element has rendered (its update complete); `paint` is input →
 * the next painted frame (which waits for the display's next frame, so ~16.7 ms is its floor).
 */
async function interact(page) {
  return page.evaluate(async (query) => {
    const element = document.querySelector('meeting-locator');
    const root = element.shadowRoot;
    const input = root.querySelector('#q');
    const nextPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const measure = async (act, into) => {
      await nextPaint();
      const start = performance.now();
      // The first frame after the input: the one that shows the change when the work fits before it.
      let frameStart = NaN;
      const firstFrame = new Promise((done) => requestAnimationFrame((time) => done((frameStart = time))));
      act();
      await element.updateComplete;
      const work = performance.now() - start;
      await firstFrame;
      await new Promise((done) => setTimeout(done, 0));
      const end = performance.now();
      into.work.push(work);
      into.paint.push(end - start);
      // That frame's main-thread time (the list's layout, style, layout and paint): under a frame
      // interval, the change is on screen at the first frame after the input.
      into.frame.push(end - frameStart);
    };
    const keys = { work: [], paint: [], frame: [] };
    const toggles = { work: [], paint: [], frame: [] };
    const type = (value) => () => {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    for (let i = 1; i <= query.length; i++) await measure(type(query.slice(0, i)), keys);
    const narrowed = element.results.length;
    for (let i = query.length - 1; i >= 0; i--) await measure(type(query.slice(0, i)), keys);
    // The filter panel starts closed: open it as a person would, and wait for its options (a chunk).
    const panel = root.querySelector('details.filters');
    if (panel && !panel.open) panel.querySelector('summary').click();
    for (let tries = 0; tries < 200 && !root.querySelector('label.chip'); tries++) await new Promise((done) => setTimeout(done, 10));
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const chip = (name) => [...root.querySelectorAll('label.chip')].find((label) => label.querySelector('span').textContent === name)?.querySelector('input');
    for (const name of ['Today', 'Evening', 'Online', 'In person', 'Open', 'Tomorrow']) {
      for (let i = 0; i < 2; i++) {
        const box = chip(name);
        if (box && !box.disabled) await measure(() => box.click(), toggles);
      }
    }
    return { keys, toggles, narrowed, total: element.results.length };
  }, QUERY);
}


/** A cheap phone on a slow mobile network (`--phone`). */
async function emulatePhone(page) {
  await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
  const phone = await page.createCDPSession();
  await phone.send('Network.enable');
  await phone.send('Network.emulateNetworkConditions', SLOW_4G);
  await phone.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
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

const ms = (value) => `${value.toFixed(1)} ms`;
/** The share of inputs whose frame ran past the display's next frame (16.7 ms at 60 Hz). */
const late = (frames) => `${Math.round((100 * frames.filter((frame) => frame > 1000 / 60).length) / frames.length)}%`;

// Generous: at 200,000 meetings on a busy machine one step can take minutes.
const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_FLAGS, protocolTimeout: 900_000 });
const rows = [];
try {
  for (const size of SIZES) {
    const server = await serve(size);
    const url = `http://127.0.0.1:${server.address().port}/`;
    const firstRow = [];
    const ready = [];
    const longest = [];
    /** From the feed's last byte arriving to the first meeting visible: the element's own work. */
    const afterArrival = [];
    const keys = { work: [], paint: [], frame: [] };
    const toggles = { work: [], paint: [], frame: [] };
    const heaps = [];
    const parses = [];
    const maps = [];
    const presses = [];
    let counts;
    /** The feed's last byte on a page that only fetches it (`FLOOR_PAGE`; phone profile only). */
    const floors = [];
    for (let run = 0; run < RUNS; run++) {
      if (PHONE) {
        const floor = await browser.newPage();
        await emulatePhone(floor);
        await floor.goto(`${url}floor`);
        floors.push(await floor.evaluate(() => window.__floor));
        await floor.close();
      }
      const page = await browser.newPage();
      if (PHONE) await emulatePhone(page);
      else await page.setViewport({ width: 1200, height: 900 });
      await page.goto(url);
      const first = await page.evaluate(async () => {
        const row = await window.__firstRow;
        const feeds = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/feed.json'));
        return { row, arrived: feeds[0] ? feeds[0].responseEnd : NaN, requests: feeds.length };
      });
      // A preload the element's own request did not match would be a second download.
      if (first.requests !== 1) throw new Error(`the feed was requested ${first.requests} times`);
      firstRow.push(first.row);
      afterArrival.push(first.row - first.arrived);
      // The first row may be the preview of a large feed; the search and filters come with the rest.
      const whole = await page.evaluate(async () => {
        const ready = await window.__ready;
        // Long-task entries arrive a moment after their task.
        await new Promise((resolve) => setTimeout(resolve, 100));
        return { ready, longest: window.__longest };
      });
      ready.push(whole.ready);
      longest.push(whole.longest);
      const measured = await interact(page);
      for (const kind of ['work', 'paint', 'frame']) {
        keys[kind].push(...measured.keys[kind]);
        toggles[kind].push(...measured.toggles[kind]);
      }
      counts = measured;
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.collectGarbage');
      heaps.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024);
      // Last: the heap above is the list's alone.
      if (MAP_SIZES.has(size)) maps.push(await timeMapShown(page, 'view'));
      await page.close();
      if (MAP_SIZES.has(size)) presses.push(await pressMap(browser, url));
      // On a blank page of its own: in the element's page, the garbage of three parses (~100 MB
      // each at 50,000) would be collected during the keystrokes, and its heap would slow the parse.
      const blank = await browser.newPage();
      // The same CPU as the element's page had, so the ratio compares like with like.
      if (PHONE) await (await blank.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await blank.goto(`${url}blank`);
      parses.push(await parseTime(blank));
      await blank.close();
    }
    server.close();
    rows.push({
      meetings: size,
      'first meeting visible': ms(median(firstRow)),
      ...(PHONE ? { "the feed alone, fetched by the page's head: last byte": ms(median(floors)) } : {}),
      'JSON.parse alone': ms(median(parses)),
      'feed arrived → first meeting': ms(median(afterArrival)),
      '÷ parse': `${(median(afterArrival) / median(parses)).toFixed(1)}×`,
      'whole list ready': ms(median(ready)),
      'longest task while loading': ms(median(longest)),
      'keystroke work (median / max)': `${ms(median(keys.work))} / ${ms(Math.max(...keys.work))}`,
      'keystroke → paint (median / max)': `${ms(median(keys.paint))} / ${ms(Math.max(...keys.paint))}`,
      'filter toggle work (median / max)': `${ms(median(toggles.work))} / ${ms(Math.max(...toggles.work))}`,
      'filter toggle → paint (median / max)': `${ms(median(toggles.paint))} / ${ms(Math.max(...toggles.paint))}`,
      'frame showing a key / a toggle (median)': `${ms(median(keys.frame))} / ${ms(median(toggles.frame))}`,
      'shown a frame late: keys / toggles': `${late(keys.frame)} / ${late(toggles.frame)}`,
      'JS heap after load': `${median(heaps).toFixed(1)} MB`,
      'show map → first idle (median / max)': maps.length ? `${ms(median(maps))} / ${ms(Math.max(...maps))}` : '—',
      'press Map → first idle (median / max)': presses.length ? `${ms(median(presses))} / ${ms(Math.max(...presses))}` : '—',
    });
    console.error(`measured ${size} meetings (${RUNS} runs, ${keys.work.length} keystrokes, ${toggles.work.length} toggles; the query left ${counts.narrowed} of ${counts.total})`);
  }
} finally {
  await browser.close();
}

const profile = `${PHONE ? `a cheap phone: ${CPU_SLOWDOWN}× CPU throttling, Slow 4G (${SLOW_4G.latency} ms, 1.6 Mbit/s), 390×844, files and feed gzipped` : 'desktop, local server'}${PRELOAD ? ', the feed preloaded by the page' : ''}`;
console.log(`\n${RUNS} fresh pages per size (medians over all of them), ${profile}, query "${QUERY}" typed and deleted a key at a time, six filters toggled on and off, headless Chromium, ${new Date().toISOString().slice(0, 10)}\n`);
const headers = Object.keys(rows[0]);
console.log(`| ${headers.join(' | ')} |`);
console.log(`|${headers.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${headers.map((header) => row[header]).join(' | ')} |`);
