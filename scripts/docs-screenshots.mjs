// The README's screenshots: the demo article at three widths (a phone, a sidebar-sized column and a
// full-width page), light and dark, plus a meeting's details, written into docs/; and "Still
// possible tonight" at a fixed evening (above the article's list after "near me", and the home page's
// compact view, with something and with nothing left). Needs the demo
// served (npm start, or PORT=8123 node scripts/serve.mjs after npm run build, sample and basemap).
//   node scripts/docs-screenshots.mjs [http://127.0.0.1:8000/demo/] [--only NAME,NAME]
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';
import { settleDemo } from './settle-demo.mjs';
import { savedCopies } from './saved-copies.mjs';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(args.splice(onlyAt, 2)[1].split(',')) : undefined;
const url = args[0] ?? 'http://127.0.0.1:8000/demo/';
const SHOTS = [
  { name: 'phone', width: 390, height: 1400, scheme: 'light' },
  { name: 'phone-map', width: 390, height: 1000, scheme: 'light', show: 'map' },
  { name: 'sidebar', width: 720, height: 1500, scheme: 'light' },
  { name: 'wide', width: 1440, height: 1400, scheme: 'light' },
  { name: 'wide-dark', width: 1440, height: 1400, scheme: 'dark' },
  { name: 'details', width: 720, height: 1500, scheme: 'light', open: true },
  // "Talk to someone now" below the list: the host's line (the helpline slot) and the feed's.
  { name: 'helplines', width: 720, height: 1500, scheme: 'light', part: 'helplines' },
  // Right to left: the list, the filters and a meeting's details in Arabic and Persian.
  ...['ar', 'fa'].flatMap((lang) => [
    { name: `${lang}-list`, width: 720, height: 1300, scheme: 'light', lang },
    { name: `${lang}-filters`, width: 720, height: 1300, scheme: 'light', lang, filters: true },
    { name: `${lang}-details`, width: 720, height: 1300, scheme: 'light', lang, open: true },
  ]),
];

/** Monday 30 November 2026, 8:25 PM in Memphis; and Sunday 29 November, 11:30 PM. */
const MONDAY_EVENING = Date.parse('2026-12-01T02:25:00Z');
const SUNDAY_NIGHT = Date.parse('2026-11-30T05:30:00Z');
const TONIGHT = [
  { name: 'tonight', page: 'demo/', width: 720, height: 1400, at: MONDAY_EVENING, nearMe: { latitude: 35.1456, longitude: -90.0091 } },
  { name: 'next', page: 'demo/home.html', width: 1200, height: 900, at: MONDAY_EVENING },
  { name: 'next-none', page: 'demo/home.html', width: 1200, height: 900, at: SUNDAY_NIGHT },
];

/** Inside the page: the fixed instant for `new Date()` and `Date.now()`; timers keep running. */
function freezeClock(at) {
  const RealDate = Date;
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(at);
      else super(...args);
    }
    static now() {
      return at;
    }
  };
}

/** Inside the page: waits for the still-possible section (after "near me" when asked). */
async function settleTonight(nearMe) {
  const el = document.querySelector('meeting-locator');
  const root = el.shadowRoot;
  const until = async (test) => {
    for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
  };
  await until(() => root.querySelector('section.reachable'));
  if (nearMe) {
    root.querySelector('.near-me').click();
    await until(() => root.querySelector('section.reachable .travel'));
  }
  root.querySelector('section.reachable').scrollIntoView();
  await new Promise((r) => setTimeout(r, 300));
}

mkdirSync('docs', { recursive: true });
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
try {
  for (const shot of SHOTS.filter((one) => !only || only.has(one.name))) {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.scheme }]);
    // The page's zone, so the screenshots do not say "your time" beside every meeting.
    await page.emulateTimezone('America/Chicago');
    await page.setViewport({ width: shot.width, height: shot.height });
    await page.goto(url, { waitUntil: 'networkidle0' });
    const element = await page.$('meeting-locator');
    await page.evaluate(settleDemo, shot);
    const target = shot.part ? await element.evaluateHandle((el, part) => el.shadowRoot.querySelector(`[part~="${part}"]`), shot.part) : element;
    await target.screenshot({ path: `docs/${shot.name}.png` });
    console.log(`docs/${shot.name}.png`);
    await page.close();
  }
  // A counselor's printout: six meetings kept in "My meetings", printed (print media) with the helpline.
  if (!only || only.has('printout')) {
    const page = await browser.newPage();
    await page.emulateTimezone('America/Chicago');
    await page.setViewport({ width: 760, height: 1200 });
    await page.evaluateOnNewDocument(freezeClock, MONDAY_EVENING);
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.evaluate(async () => {
      const el = document.querySelector('meeting-locator');
      while (el.status !== 'ready') await new Promise((r) => setTimeout(r, 50));
      const ids = el.results.filter((meeting) => meeting.attendance !== 'inactive').slice(0, 6).map((meeting) => meeting.id);
      localStorage.setItem('meeting-locator:my-meetings', JSON.stringify(ids));
    });
    await page.reload({ waitUntil: 'networkidle0' });
    await page.evaluate(async () => {
      const el = document.querySelector('meeting-locator');
      const root = el.shadowRoot;
      while (!root.querySelector('.mine-toggle')) await new Promise((r) => setTimeout(r, 50));
      root.querySelector('.mine-toggle').click();
      while (!root.querySelector('.mine')) await new Promise((r) => setTimeout(r, 50));
      // The print chunk is fetched at idle; the browser's own Print finds it then.
      await new Promise((r) => setTimeout(r, 1500));
    });
    await page.emulateMediaType('print');
    await page.evaluate(async () => {
      window.dispatchEvent(new Event('beforeprint'));
      await document.querySelector('meeting-locator').updateComplete;
    });
    const schedule = await page.evaluateHandle(() => document.querySelector('meeting-locator').shadowRoot.querySelector('.print-schedule'));
    await schedule.screenshot({ path: 'docs/printout.png' });
    console.log('docs/printout.png');
    await page.close();
  }

  // The last list, offline: the article loaded once (its feeds saved on the device), then reloaded
  // with the feeds' connection cut.
  {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.emulateTimezone('America/Chicago');
    await page.setViewport({ width: 720, height: 1100 });
    await page.evaluateOnNewDocument(freezeClock, MONDAY_EVENING);
    await page.goto(url, { waitUntil: 'networkidle0' });
    const feeds = await page.evaluate(() => document.querySelector('meeting-locator').getAttribute('src').split(/\s+/).map((src) => new URL(src, location.href).href));
    await page.waitForFunction(savedCopies, { timeout: 30_000, polling: 250 }, feeds);
    await page.setRequestInterception(true);
    page.on('request', (request) => (feeds.includes(request.url()) ? request.abort('internetdisconnected') : request.continue()));
    await page.reload({ waitUntil: 'networkidle0' });
    await page.evaluate(async () => {
      const el = document.querySelector('meeting-locator');
      for (let i = 0; i < 300 && !(el.shadowRoot.querySelector('[part="notice"]') && el.shadowRoot.querySelector('article.meeting')); i++) await new Promise((r) => setTimeout(r, 50));
      if (!el.shadowRoot.querySelector('[part="notice"]')) throw new Error(`no offline notice: ${el.status} ${el.shadowRoot.textContent.slice(0, 300)}`);
      el.shadowRoot.querySelector('.search').scrollIntoView();
      await new Promise((r) => setTimeout(r, 300));
    });
    const finder = await page.evaluateHandle(() => document.querySelector('meeting-locator').shadowRoot.querySelector('.finder'));
    await finder.screenshot({ path: 'docs/offline.png' });
    console.log('docs/offline.png');
    await page.close();
  }

  const origin = new URL(url).origin;
  for (const shot of TONIGHT) {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.emulateTimezone('America/Chicago');
    await page.setViewport({ width: shot.width, height: shot.height });
    await page.evaluateOnNewDocument(freezeClock, shot.at);
    if (shot.nearMe) {
      await browser.defaultBrowserContext().overridePermissions(origin, ['geolocation']);
      await page.setGeolocation({ ...shot.nearMe, accuracy: 20 });
    }
    await page.goto(new URL(shot.page, url.replace(/demo\/?$/, '')).href, { waitUntil: 'networkidle0' });
    await page.evaluate(settleTonight, Boolean(shot.nearMe));
    const target = shot.nearMe
      ? await page.evaluateHandle(() => document.querySelector('meeting-locator').shadowRoot.querySelector('section.reachable'))
      : await page.$('aside');
    await target.screenshot({ path: `docs/${shot.name}.png` });
    console.log(`docs/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
}
