import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { CHROME_FLAGS, findChrome } from '../scripts/find-chrome.mjs';
import { scaleFeed } from './scale-feed.mjs';
const base = JSON.parse(readFileSync('/work/shared/feeds/meeting-guide/tsml-ui-git_public-data-aasepia_SEPIA-Philadelphia_2038-meetings.json'));
const feed = JSON.stringify(scaleFeed(base, 50000));
const PAGE = `<!doctype html><link rel="icon" href="data:,"><script type="module" src="/dist/prof-ml.js"></script><meeting-locator src="/feed.json" timezone="America/New_York"></meeting-locator>`;
const server = createServer((req, res) => {
  if (req.url === '/') return res.writeHead(200, {'content-type':'text/html'}).end(PAGE);
  if (req.url === '/feed.json') return res.writeHead(200, {'content-type':'application/json'}).end(feed);
  res.writeHead(200, {'content-type':'text/javascript'}).end(readFileSync('/work/main' + req.url));
}).listen(8932);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
const page = await browser.newPage();
await page.setViewport({ width: 1200, height: 900 });
await page.goto('http://127.0.0.1:8932/');
await page.waitForFunction(() => document.querySelector('meeting-locator')?.status === 'ready', { timeout: 60000 });
const cdp = await page.createCDPSession(); await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', {interval: 100}); await cdp.send('Profiler.start', { callCount: false, detailed: true }).catch(() => cdp.send('Profiler.start'));
const t = await page.evaluate(async () => {
  const el = document.querySelector('meeting-locator'); const root = el.shadowRoot;
  const chip = (n) => [...root.querySelectorAll('label.chip')].find((l) => l.querySelector('span').textContent === n).querySelector('input');
  const out = [];
  for (let r = 0; r < 3; r++) for (const n of ['Evening', 'Online']) { for (let i = 0; i < 2; i++) { const s = performance.now(); chip(n).click(); await el.updateComplete; out.push(performance.now() - s); } }
  const input = root.querySelector('#q');
  for (const q of ['w', 'wo', 'wom', 'wome', 'women', 'wome', 'wom', 'wo', 'w', '']) { const s = performance.now(); input.value = q; input.dispatchEvent(new InputEvent('input')); await el.updateComplete; out.push(performance.now() - s); }
  return out.map((x) => x.toFixed(1)).join(' ');
});
console.log(t);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.functionName + ':' + n.callFrame.lineNumber; self.set(k, (self.get(k) || 0) + (profile.timeDeltas[i] || 0)); });
const lines = new Map();
for (const n of profile.nodes) if (n.callFrame.functionName === 'refilter' && n.positionTicks) for (const t of n.positionTicks) lines.set(t.line, (lines.get(t.line) || 0) + t.ticks);
console.log('refilter lines', [...lines].sort((a, b) => b[1] - a[1]).slice(0, 8));
console.log([...self].filter(([k]) => !k.startsWith('(idle)')).sort((a,b)=>b[1]-a[1]).slice(0,22).map(([k,v])=>`${(v/1000).toFixed(1)}ms ${k}`).join('\n'));
await browser.close(); server.close();
