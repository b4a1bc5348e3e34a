// A screenshot of the first <meeting-locator> on a page, in headless Chromium, to look at what a
// person sees:  node scripts/screenshot.mjs URL OUT.png [width] [height] [light|dark]
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../scripts/find-chrome.mjs';
const [,, url, out, width = '1280', height = '2400', scheme = 'light'] = process.argv;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
const page = await browser.newPage();
await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
await page.setViewport({ width: Number(width), height: Number(height) });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('requestfailed', (r) => console.log('failed:', r.url()));
await page.goto(url, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 800));
const el = await page.$('meeting-locator');
await el.scrollIntoView();
await new Promise((r) => setTimeout(r, 500));
await el.screenshot({ path: out });
await browser.close();
