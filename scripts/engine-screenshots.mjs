// The demo in the three engines, side by side: docs/engines/<engine>-<phone|desktop>.png, to look at
// for differences an assertion would not name (fonts, focus rings, the map's canvas, wrapping).
// Needs the demo served (npm start, or PORT=8123 node scripts/serve.mjs after npm run build, sample
// and basemap).
//   node scripts/engine-screenshots.mjs [http://127.0.0.1:8000/demo/]
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { mkdirSync, writeFileSync } from 'node:fs';
import { CHROME_FLAGS } from './find-chrome.mjs';
import { ensureEngine, startWebKit, webKitCapabilities } from './engines.mjs';
import { settleDemo } from './settle-demo.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8000/demo/';
const SHOTS = [
  { name: 'phone', width: 390, height: 1400 },
  { name: 'desktop', width: 1280, height: 1400 },
];
const OUT = 'docs/engines';

async function withPuppeteer(engine, launch) {
  const browser = await puppeteer.launch(launch);
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage();
      await page.setViewport({ width: shot.width, height: shot.height });
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(settleDemo, {});
      // The viewport, scrolled to the element: what a person sees (WebKit's shots are the same).
      await page.screenshot({ path: `${OUT}/${engine}-${shot.name}.png` });
      console.log(`${OUT}/${engine}-${shot.name}.png`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

/**
 * WebKit: MiniBrowser's window cannot be narrower than about 450 px, so the page is shown in an
 * iframe of each shot's size (its viewport is then exactly that), and the element is shot from it.
 */
async function withWebKit() {
  const found = ensureEngine('webkit');
  const webkit = await startWebKit(found, { TZ: 'America/Chicago' });
  const driver = await remote({ hostname: '127.0.0.1', port: webkit.port, logLevel: 'error', capabilities: webKitCapabilities(found) });
  try {
    await driver.setWindowRect(0, 0, 1700, 2100);
    for (const shot of SHOTS) {
      await driver.url(url);
      await driver.execute((src, width, height) => {
        document.body.innerHTML = '';
        // Below the window's top: WebKitGTK shoots the top ~160 px of a window's page black here.
        document.body.style.margin = '300px 0 0';
        const frame = document.createElement('iframe');
        Object.assign(frame, { src, width, height, id: 'shot' });
        frame.style.border = '0';
        document.body.append(frame);
      }, url, shot.width, shot.height);
      const frame = await driver.$('#shot');
      await driver.waitUntil(() => driver.execute(() => document.getElementById('shot').contentDocument?.readyState === 'complete'), { timeout: 20000 });
      await driver.switchFrame(frame);
      await driver.executeAsync((source, done) => new Function(`return (${source})({})`)().then(done), settleDemo.toString());
      await driver.switchFrame(null);
      // WebKitWebDriver cannot shoot an element inside a frame: the frame is shot, its view scrolled
      // to the element as in the other engines.
      writeFileSync(`${OUT}/webkit-${shot.name}.png`, Buffer.from(await driver.takeElementScreenshot(frame.elementId), 'base64'));
      console.log(`${OUT}/webkit-${shot.name}.png`);
    }
  } finally {
    await driver.deleteSession().catch(() => undefined);
    webkit.stop();
  }
}

mkdirSync(OUT, { recursive: true });
process.env.TZ = 'America/Chicago';
await withPuppeteer('chromium', { executablePath: ensureEngine('chromium'), headless: true, args: CHROME_FLAGS });
await withPuppeteer('firefox', {
  browser: 'firefox',
  executablePath: ensureEngine('firefox'),
  headless: true,
  env: { ...process.env, MOZ_WEBGL_FORCE_EGL: '1', MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  extraPrefsFirefox: { 'webgl.force-enabled': true },
});
await withWebKit();
