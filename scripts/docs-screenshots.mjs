// The README's screenshots: the demo article at three widths (a phone, a sidebar-sized column and a
// full-width page), light and dark, plus a meeting's details, written into docs/. Needs the demo
// served (npm start, or PORT=8123 node scripts/serve.mjs after npm run build, sample and basemap).
//   node scripts/docs-screenshots.mjs [http://127.0.0.1:8000/demo/] [--only NAME,NAME]
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';
import { settleDemo } from './settle-demo.mjs';

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
];

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
} finally {
  await browser.close();
}
