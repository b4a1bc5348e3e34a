// The README's screenshots: the demo article at three widths (a phone, a sidebar-sized column and a
// full-width page), light and dark, plus a meeting's details, written into docs/. Needs the demo
// served (npm start, or PORT=8123 node scripts/serve.mjs after npm run build, sample and basemap).
//   node scripts/docs-screenshots.mjs [http://127.0.0.1:8000/demo/]
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8000/demo/';
const SHOTS = [
  { name: 'phone', width: 390, height: 1400, scheme: 'light' },
  { name: 'phone-map', width: 390, height: 1000, scheme: 'light', show: 'map' },
  { name: 'sidebar', width: 720, height: 1500, scheme: 'light' },
  { name: 'wide', width: 1440, height: 1400, scheme: 'light' },
  { name: 'wide-dark', width: 1440, height: 1400, scheme: 'dark' },
  { name: 'details', width: 720, height: 1500, scheme: 'light', open: true },
];

mkdirSync('docs', { recursive: true });
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.scheme }]);
    // The page's zone, so the screenshots do not say "your time" beside every meeting.
    await page.emulateTimezone('America/Chicago');
    await page.setViewport({ width: shot.width, height: shot.height });
    await page.goto(url, { waitUntil: 'networkidle0' });
    const element = await page.$('meeting-locator');
    await element.evaluate((el) => el.scrollIntoView());
    await page.evaluate(async (shot) => {
      const el = document.querySelector('meeting-locator');
      const root = el.shadowRoot;
      const until = async (test) => {
        for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
      };
      await until(() => root.querySelector('article.meeting'));
      if (shot.show === 'map') {
        root.querySelectorAll('.view-switch button')[1].click();
        await el.updateComplete;
      }
      if (shot.open) {
        root.querySelector('a.open').click();
        await until(() => root.querySelector('.detail h3'));
      }
      // A map on screen: wait until it has drawn the results (the panel is private; this is a tool).
      const panel = el.map;
      const pane = root.querySelector('.map-pane');
      if (pane && pane.getBoundingClientRect().width > 0) {
        await until(() => panel.firstIdle || panel.status === 'unavailable' || panel.status === 'error');
        if (panel.firstIdle) await panel.firstIdle;
      }
      await new Promise((r) => setTimeout(r, 400));
    }, shot);
    await element.screenshot({ path: `docs/${shot.name}.png` });
    console.log(`docs/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
}
