// The package as its users get it: `npm pack`, the tarball installed into fresh Vite, webpack 5,
// Vite + React 19 + TSX and Vite + Preact + TSX apps (test/consumers/), each app built as it is and
// checked in headless Chromium: the element registers once, both entries share one class, one Lit is
// loaded, the list shows, the element reaches `ready`, JSX listeners get the detail, and the map's
// worker starts. The generated framework types are checked by the React, Preact and Solid 2 apps'
// `tsc`, a Svelte component's svelte-check and a Vue template's vue-tsc (each also rejecting wrong
// props), and the element's types under legacy `moduleResolution: node` by a small app of its own.
// Also: publint, @arethetypeswrong/cli, the file list `npm publish` would send (LICENSE included),
// and the README's API tables against custom-elements.json. Ends with the line `N passed, N failed`.
//
// Installs are cached in .cache/consumers/ inside the repository (git-ignored); npm's own cache
// makes a second run quick. Usage: npm run test:package
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { ensureChrome, CHROME_FLAGS } from './find-chrome.mjs';
import { readmeDrift } from './readme-api.mjs';
// The CDN folder and its entry as a package CDN serves them: https://cdn…/npm/meeting-locator@VERSION/dist/cdn/meeting-locator.js
import { CDN_DIR, CDN_ENTRY, cdnFiles } from './cdn-files.mjs';
import { offlineBasemap } from './offline-basemap.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, '.cache', 'consumers');
// The suite's servers listen on PORT … PORT + 5 (PACKAGE_PORT, 8830 by default), on 127.0.0.1.
const PORT = Number(process.env.PACKAGE_PORT ?? 8830);
// `shared`: the app is test/consumers/shared/ plus its own folder. `port`: built, served and checked
// in Chromium; without one the build (a type check) is the test. `listens`: its JSX hands
// `onml-load={…}` to the element, which must reach the app with the event's detail.
const APPS = [
  { name: 'vite', shared: true, out: 'dist', port: PORT, builds: 'the app builds (tsc checks main.js, strict checkJs, against the package\'s types; vite build)' },
  { name: 'webpack', shared: true, out: 'dist', port: PORT + 1 },
  { name: 'react', out: 'dist', port: PORT + 2, listens: true, builds: 'the app builds (tsc --noEmit passes, with the wrong props in src/wrong-types.tsx rejected)' },
  { name: 'preact', out: 'dist', port: PORT + 3, listens: true, builds: 'the app builds (tsc checks Preact TSX with the types the package brings and rejects the wrong props; vite build)' },
  { name: 'solid', builds: 'tsc checks Solid 2 JSX with the types the package brings (attributes, prop:meetings, onml-load) and rejects the wrong ones' },
  { name: 'svelte', builds: 'svelte-check checks a Svelte 5 template with the types the package brings (and rejects the wrong props and listener)' },
  { name: 'vue', builds: 'vue-tsc checks the template with the generated Vue types, listeners included (and rejects the wrong ones in App.vue)' },
  { name: 'node10', builds: 'under moduleResolution "node", tsc sees the element type from both entries' },
];
// What `npm publish` may send: the builds, their types, the manifest, the loader and the docs.
// The CDN build is all under dist/cdn/ (nothing of it beside dist/lib/ at the top of dist/).
const PUBLISHABLE = /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|dist\/(lib|types|cdn)\/.+\.(js|mjs|map|d\.ts)|dist\/custom-elements\.json)$/;
let passed = 0;
let failed = 0;

function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

function serve(dir, port, { cors = false, pages = {}, prefix = '', log, hold = 0 } = {}) {
  const server = createServer(async (request, response) => {
    const full = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    // `log`: every path asked for and its status (the worker's request too, which the page does not see).
    response.on('finish', () => log?.push({ path: full.slice(prefix.length + 1), status: response.statusCode }));
    // `hold`: a slow connection, milliseconds before each chunk is answered.
    if (hold && /\/chunks\/[^/]+\.js$/.test(full)) await new Promise((done) => setTimeout(done, hold));
    if (!full.startsWith(prefix + '/')) {
      response.writeHead(404);
      return response.end('not found');
    }
    const path = full.slice(prefix.length);
    if (cors) response.setHeader('access-control-allow-origin', '*');
    if (pages[path]) {
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end(pages[path]);
    }
    const basemap = offlineBasemap(path, `http://${request.headers.host}${prefix}`);
    if (basemap) {
      response.writeHead(200, { 'content-type': basemap.type });
      return response.end(basemap.body);
    }
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404);
      return response.end('not found');
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/** The JS an app's page loads before anything shows: its entry scripts and their static imports. */
function initialJs(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) visit(join(file, '..', match[1]));
  };
  for (const match of html.matchAll(/<script[^>]*src="([^"]+)"/g)) visit(join(dir, match[1]));
  return [...seen].reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
}

/** The version of the maplibre-gl an app's bundler resolves from the package's map module. */
function maplibreVersion(appDir) {
  const from = createRequire(join(appDir, 'node_modules', 'meeting-locator', 'dist', 'lib', 'map', 'meeting-map.js'));
  return JSON.parse(readFileSync(from.resolve('maplibre-gl/package.json'), 'utf8')).version;
}

/** The maplibre-gl the package is built with (the vite app pins another on purpose). */
const BUILT_MAPLIBRE = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'maplibre-gl', 'package.json'), 'utf8')).version;

/** The JS files of a built app, recursively. */
const scripts = (dir) => readdirSync(dir, { recursive: true }).map(String).filter((file) => /\.m?js$/.test(file)).map((file) => join(dir, file));

async function checkInBrowser(browser, { name: app, listens }, base, appDir, out) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Bundlers rename the worker (webpack: a bare hash), so count the workers the page starts.
  const statuses = new Map();
  page.on('response', (response) => statuses.set(response.url(), response.status()));
  const workers = [];
  page.on('workercreated', (worker) => workers.push(worker.url()));
  await page.goto(base + '/', { waitUntil: 'load' });
  const ready = await page.waitForFunction(() => window.consumer && document.querySelector('meeting-locator')?.shadowRoot?.textContent?.includes('Morning Hope'), { timeout: 20_000 }).then(() => true, () => false);
  check(`${app}: the element shows the meetings`, ready);
  const facts = await page.evaluate(() => ({
    ...window.consumer,
    status: document.querySelector('meeting-locator')?.status,
    results: document.querySelector('meeting-locator')?.results?.length,
    litHtml: (window.litHtmlVersions ?? []).length,
    litElement: (window.litElementVersions ?? []).length,
  }));
  check(`${app}: the element reaches status "ready" with the two meetings`, facts.status === 'ready' && facts.results === 2, `status ${facts.status}, results ${facts.results}`);
  check(`${app}: customElements.get('meeting-locator') === MeetingLocator`, facts.sameClass === true);
  check(`${app}: the element is an instance of the imported class`, facts.isInstance === true);
  check(`${app}: one Lit is loaded`, facts.litHtml === 1 && facts.litElement === 1, `lit-html ${facts.litHtml}, lit-element ${facts.litElement}`);
  check(`${app}: the data layer works from the API entry`, facts.adapted === 2);
  // React 19 and Preact pass `meetings` as a property and `onml-load` as a listener of `ml-load`.
  if (listens) check(`${app}: onml-load={…} receives the event with its detail`, facts.loaded === 2, `detail.meetings ${facts.loaded}`);
  const canvas = await page.waitForFunction(() => document.querySelector('meeting-locator')?.shadowRoot?.querySelector('canvas.maplibregl-canvas'), { timeout: 20_000 }).then(() => true, () => false);
  check(`${app}: the map makes its canvas`, canvas);
  // "Loading the map…" stays until MapLibre fires `load`, which never comes without its worker.
  const loaded = await page.waitForFunction(() => {
    const root = document.querySelector('meeting-locator')?.shadowRoot;
    return root?.querySelector('.maplibregl-canvas') && !root.querySelector('.map-message');
  }, { timeout: 30_000 }).then(() => true, () => false);
  const message = await page.evaluate(() => document.querySelector('meeting-locator')?.shadowRoot?.querySelector('.map-message')?.textContent?.trim() ?? '');
  check(`${app}: the map loads (no "Loading the map…", no error)`, loaded && !message, message);
  // A worker script of its own (not the page's URL, which answers 200 to anything).
  const fetched = workers.filter((url) => url.startsWith('blob:') || (/\.m?js$/.test(new URL(url).pathname) && statuses.get(url) === 200));
  check(`${app}: the map's worker is found and started`, workers.length > 0 && fetched.length === workers.length, workers.join(', ') || 'no worker');
  // The worker must be the one of the maplibre-gl the bundle holds: MapLibre's main thread and its
  // worker talk a protocol of their own version. The worker names its version in its licence line;
  // MapLibre's code carries its version as a string literal.
  const expected = maplibreVersion(appDir);
  if (expected === BUILT_MAPLIBRE) console.log(`  ${app}: its maplibre-gl is the one the package is built with (${expected}): this run cannot tell their workers apart`);
  // (webpack minifies the worker and moves that line to `<worker>.LICENSE.txt`.)
  const text = (url) => fetch(url).then((response) => (response.ok ? response.text() : ''));
  const served = await Promise.all(fetched.filter((url) => !url.startsWith('blob:')).map(async (url) => (await text(url)) + (await text(url + '.LICENSE.txt'))));
  const workerVersions = served.map((code) => code.match(/maplibre-gl-js\/blob\/v(\d+\.\d+\.\d+)\//)?.[1] ?? 'unknown');
  const bundled = scripts(out).some((file) => readFileSync(file, 'utf8').includes(`\`${expected}\``) || readFileSync(file, 'utf8').includes(`"${expected}"`));
  check(`${app}: the map's worker comes from the maplibre-gl its bundle holds`, served.length > 0 && workerVersions.every((version) => version === expected) && bundled, `bundled maplibre-gl ${expected}${bundled ? '' : ' (its version not found in the built JS)'}, worker ${workerVersions.join(', ') || 'none'}`);
  check(`${app}: no uncaught errors`, errors.length === 0, errors.join(' | '));
  await page.close();
}

/**
 * The data layer in Node, from the installed package, without a DOM: a feed normalized, filtered and
 * written as an .ics file, as a build script or a server would.
 */
function checkNode(appDir) {
  const script = `
    import { normalizeFeed, meetingToIcs, presetFilters } from 'meeting-locator';
    const feed = normalizeFeed([{ name: 'Morning Hope', slug: 'morning-hope', day: 1, time: '07:00', address: '1 Main St', city: 'Springfield', types: ['O'] }], { source: 'node', timezone: 'America/Chicago' });
    const ics = meetingToIcs(feed.meetings[0], { now: new Date('2026-12-01T12:00:00Z'), url: 'https://example.org/m' });
    const { filters } = presetFilters({ types: 'open' });
    console.log(JSON.stringify({ meetings: feed.meetings.length, ics: ics.includes('RRULE:FREQ=WEEKLY;BYDAY=MO'), filters: filters.features, dom: typeof document }));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: appDir, encoding: 'utf8' });
  let facts = {};
  try {
    facts = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}');
  } catch {}
  check(
    'node: the data layer imports and works without a DOM (normalizeFeed, meetingToIcs, presetFilters)',
    result.status === 0 && facts.meetings === 1 && facts.ics === true && facts.filters?.[0] === 'open' && facts.dom === 'undefined',
    (result.stderr || result.stdout).slice(0, 600),
  );
}

/**
 * What importing only the data layer costs an app: `import { adaptMeetingGuide, normalizeFeed }`
 * from the installed package, bundled and minified by esbuild (as an app's bundler would, with
 * tree shaking). It must hold neither Lit nor the element.
 */
async function checkDataLayerCost(appDir) {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: "import { adaptMeetingGuide, normalizeFeed } from 'meeting-locator'; console.log(adaptMeetingGuide, normalizeFeed);", resolveDir: appDir, loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent', outfile: 'data-layer.js',
  });
  const code = result.outputFiles[0].contents;
  // The modules that put bytes in the output (esbuild reads more, then shakes them out).
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
  const pulled = inputs.filter((input) => /node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs|maplibre-gl)\/|\/ui\//.test(input));
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(`  data layer alone (adaptMeetingGuide, normalizeFeed; esbuild --bundle --minify): ${(gzip / 1024).toFixed(1)} KB gzip`);
  check('importing only the data layer pulls in no Lit, no MapLibre and no element code', pulled.length === 0 && !/customElements\.define/.test(Buffer.from(code).toString()), pulled.slice(0, 5).join(', '));
}

/**
 * A page on one origin loading the CDN build from another, at the URL path a package CDN gives it
 * (`/npm/meeting-locator@VERSION/` + dist/cdn/…): by the classic loader, or by the module script tag
 * with `integrity` and `crossorigin`, as the README shows.
 */
const cdnPage = (cdn, how) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cdn</title></head><body style="width:1200px">
<meeting-locator view="both" map-style="/basemap/style.json" timezone="America/Chicago" no-url-state><a id="fallback" href="https://example.org/meetings">Our meeting list</a></meeting-locator>
${how.loader ? `<script src="${cdn}/${CDN_DIR}/loader.js"></script>` : `<script type="module" src="${cdn}/${CDN_ENTRY}" integrity="${how.integrity}" crossorigin="anonymous"></script>`}
<script>customElements.whenDefined('meeting-locator').then(() => {
  document.querySelector('meeting-locator').meetings = [{ name: 'Morning Hope', slug: 'morning-hope', day: 1, time: '07:00', address: '1 Main St', city: 'Springfield', latitude: 39.8, longitude: -89.65 }];
});</script></body></html>`;

/** The page shows the element, its map draws (chunk and worker from the CDN), and a meeting's details open (their chunk). */
async function checkCdnPage(page, label) {
  const shown = await page.waitForFunction(() => document.querySelector('meeting-locator')?.shadowRoot?.textContent?.includes('Morning Hope'), { timeout: 20_000 }).then(() => true, () => false);
  check(`cdn (${label}): from another origin the element shows`, shown);
  // "Loading the map…" stays until MapLibre fires `load`, which never comes without its worker.
  const drawn = await page.waitForFunction(() => {
    const root = document.querySelector('meeting-locator')?.shadowRoot;
    return root?.querySelector('canvas.maplibregl-canvas') && !root.querySelector('.map-message');
  }, { timeout: 30_000 }).then(() => true, () => false);
  const mapMessage = await page.evaluate(() => document.querySelector('meeting-locator')?.shadowRoot?.querySelector('.map-message')?.textContent?.trim() ?? '');
  check(`cdn (${label}): from another origin, the map loads (a canvas, no "Loading the map…", no error)`, drawn && !mapMessage, mapMessage);
  await page.evaluate(() => document.querySelector('meeting-locator').shadowRoot.querySelector('a.open')?.click());
  const details = await page.waitForFunction(() => document.querySelector('meeting-locator')?.shadowRoot?.querySelector('.detail h3')?.textContent === 'Morning Hope', { timeout: 20_000 }).then(() => true, () => false);
  check(`cdn (${label}): from another origin, a meeting's details open`, details);
}

/**
 * Chunks asked for only after a chunk that imports them had arrived: a browser finds a module's
 * imports only in its text, so each such level is one more round trip before what needed it runs
 * (on a phone's connection, half a second each). The CDN build asks for a chunk's imports with it.
 * Judged by the page's Resource Timing (`startTime`, when the browser asked, before any wait for one
 * of the six connections a host gets over HTTP/1.1; `responseEnd`, when the importer had arrived),
 * not by when the server saw a request: with every chunk held back, requests queue for connections.
 */
function lateImports(packageDir, timings, base) {
  const when = new Map();
  for (const entry of timings) {
    if (!entry.name.startsWith(base + '/')) continue;
    const path = entry.name.slice(base.length + 1);
    if (!when.has(path)) when.set(path, { path, ...entry });
  }
  const late = [];
  for (const importer of when.values()) {
    if (!/\/chunks\/[^/]+\.js$/.test(importer.path)) continue;
    const code = readFileSync(join(packageDir, importer.path), 'utf8');
    const dir = posix.dirname(importer.path);
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`): what the chunk needs to run.
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      const imported = when.get(posix.normalize(posix.join(dir, match[1])));
      if (imported && imported.path !== CDN_ENTRY && imported.startTime > importer.responseEnd) late.push(`${imported.path} after ${importer.path}`);
    }
  }
  return late;
}

async function checkCdn(browser, packageDir) {
  // The CDN serves the installed tarball's files from a versioned folder, as jsDelivr and unpkg do.
  const base = `http://127.0.0.1:${PORT + 4}/npm/meeting-locator@0.0.0-test`;
  const integrity = `sha384-${createHash('sha384').update(readFileSync(join(packageDir, CDN_ENTRY))).digest('base64')}`;
  const rounds = [
    [true, { loader: true }, 'classic loader'],
    [true, { integrity }, 'module script with integrity'],
    [false, { loader: true }, 'classic loader, CORS off'],
    [true, { integrity, hold: 700 }, 'a slow CDN'],
  ];
  for (const [cors, how, label] of rounds) {
    // What the page (and the map's worker) asked the CDN for, and what it got.
    const fetched = [];
    const cdn = await serve(packageDir, PORT + 4, { cors, prefix: new URL(base).pathname, log: fetched, hold: how.hold ?? 0 });
    const site = await serve(packageDir, PORT + 5, { pages: { '/': cdnPage(base, how) } });
    const page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${PORT + 5}/`, { waitUntil: 'load' });
      if (cors) {
        await checkCdnPage(page, label);
        const bad = fetched.filter(({ path, status }) => !path.startsWith(CDN_DIR + '/') || status !== 200);
        check(`cdn (${label}): every file fetched from the CDN is under ${CDN_DIR}/ and found, the worker included`, fetched.some(({ path }) => path === `${CDN_DIR}/chunks/maplibre-gl-worker.mjs`) && bad.length === 0, bad.slice(0, 5).map(({ path, status }) => `${path} ${status}`).join(', '));
        if (how.hold) {
          const timings = await page.evaluate(() => performance.getEntriesByType('resource').map(({ name, startTime, responseEnd }) => ({ name, startTime, responseEnd })));
          const late = lateImports(packageDir, timings, base);
          const chunks = timings.filter(({ name }) => name.startsWith(`${base}/${CDN_DIR}/chunks/`)).length;
          check(`cdn (${label}): each chunk's own imports are asked for with it, not once it has arrived (${chunks} chunks timed, every chunk answered after ${how.hold} ms)`, chunks > 5 && late.length === 0, late.slice(0, 5).join('; ') || `${chunks} chunks timed`);
        }
      } else {
        await new Promise((done) => setTimeout(done, 2000));
        const facts = await page.evaluate(() => ({ defined: Boolean(customElements.get('meeting-locator')), fallback: document.getElementById('fallback')?.getBoundingClientRect().height ?? 0 }));
        const loader = fetched.find(({ path }) => path === `${CDN_DIR}/loader.js`);
        check(`cdn (${label}): the element does not load and the fallback link stays visible`, loader?.status === 200 && !facts.defined && facts.fallback > 0, JSON.stringify({ ...facts, loader: loader?.status }));
      }
    } finally {
      await page.close();
      // Also the browser's kept-alive connections: otherwise the next round's first requests can
      // reach this round's server (its CORS setting, its log).
      for (const server of [cdn, site]) {
        server.closeAllConnections();
        server.close();
      }
    }
  }
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

async function main() {
  // Always from a fresh build, so a stale dist/ is never what gets packed (NO_BUILD=1 skips it).
  if (!process.env.NO_BUILD) run('npm', ['run', 'build'], ROOT);
  console.log(`  built (${elapsed()})`);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'custom-elements.json'), 'utf8'));
  for (const { table, ok, missing, extra } of readmeDrift(readFileSync(join(ROOT, 'README.md'), 'utf8'), manifest)) {
    check(`README: the ${table} match custom-elements.json`, ok, [missing.length ? `not in the README: ${missing.join(', ')}` : '', extra.length ? `not in the manifest: ${extra.join(', ')}` : ''].filter(Boolean).join('; '));
  }
  mkdirSync(CACHE, { recursive: true });
  for (const file of readdirSync(CACHE)) if (file.endsWith('.tgz')) rmSync(join(CACHE, file));
  const tarball = join(CACHE, JSON.parse(run('npm', ['pack', '--json', '--pack-destination', CACHE], ROOT))[0].filename);
  // What `npm publish` would send (the tarball's files): also checked against PUBLISHABLE below.
  const published = JSON.parse(run('npm', ['publish', '--dry-run', '--json', '--loglevel=error'], ROOT))['meeting-locator'].files.map((file) => file.path);
  const expected = ['dist/lib/index.js', 'dist/lib/meeting-locator.js', CDN_ENTRY, `${CDN_DIR}/loader.js`, `${CDN_DIR}/chunks/maplibre-gl-worker.mjs`, 'dist/types/index.d.ts'];
  check('the tarball holds the npm build, the CDN build in dist/cdn/ with its loader and map worker, and the types', expected.every((path) => published.includes(path)), expected.filter((path) => !published.includes(path)).join(', '));
  // The CDN folder is self-contained: whatever its entry fetches (the chunks, the worker) is in the
  // tarball, under dist/cdn/, so the folder's URL on a package CDN is all a page needs.
  const reached = cdnFiles(ROOT);
  const outside = [...reached, ...cdnFiles(ROOT, `${CDN_DIR}/index.js`)].filter((path) => !path.startsWith(CDN_DIR + '/') || !published.includes(path));
  check(`every file ${CDN_ENTRY} fetches (${reached.filter((path) => /\/chunks\/.*\.js$/.test(path)).length} chunks, the map's worker), and ${CDN_DIR}/index.js, is in the tarball under ${CDN_DIR}/`, reached.length > 10 && reached.includes(`${CDN_DIR}/chunks/maplibre-gl-worker.mjs`) && outside.length === 0, [...new Set(outside)].slice(0, 5).join(', '));
  // The npm build's worker is the app's own maplibre-gl's (a copy of ours could be another version).
  const copies = published.filter((path) => path.startsWith('dist/lib/') && path.includes('maplibre-gl-worker'));
  check('the npm build ships no copy of MapLibre\'s worker', copies.length === 0, copies.join(', '));
  check('the tarball holds no sources or tests', !published.some((path) => path.startsWith('src/') || path.startsWith('test/')));
  check('the tarball holds custom-elements.json', published.includes('dist/custom-elements.json'));
  const stray = published.filter((path) => !PUBLISHABLE.test(path) || /\.test\.|(^|\/)(demo|data|basemap|\.cache)\//.test(path));
  const missingDocs = ['CHANGELOG.md', 'LICENSE'].filter((path) => !published.includes(path));
  check('npm publish --dry-run sends only the builds, types, manifest, loader, README, CHANGELOG and LICENSE', stray.length === 0 && missingDocs.length === 0, [stray.slice(0, 10).join(', '), missingDocs.length ? `missing ${missingDocs.join(', ')}` : ''].filter(Boolean).join('; '));
  // The license the package declares is the one it ships.
  const license = existsSync(join(ROOT, 'LICENSE')) ? readFileSync(join(ROOT, 'LICENSE'), 'utf8') : '';
  const declared = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).license;
  check('LICENSE is the MIT text package.json declares, for "meeting-locator contributors"', declared === 'MIT' && /^MIT License\n/.test(license) && /Copyright \(c\) \d{4} meeting-locator contributors/.test(license) && license.includes('Permission is hereby granted, free of charge'), `license: ${declared}`);
  // Configured in .attw.json: the package is ESM only (a `require` of it is CommonJS's own error, not
  // a wrong type), and custom-elements.json and loader.js are files to fetch, not modules to import.
  const attw = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js'), tarball, '--format', 'ascii', '--no-color'], { cwd: ROOT, encoding: 'utf8' });
  check('@arethetypeswrong/cli finds no problem (node10, node16, bundler)', attw.status === 0, attw.status === 0 ? '' : (attw.stdout + attw.stderr).trim().split('\n').slice(0, 12).join(' | '));
  const lint = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'publint', 'src', 'cli.js'), '--strict'], { cwd: ROOT, encoding: 'utf8' });
  check('publint --strict is clean', lint.status === 0 && /All good/.test(lint.stdout), (lint.stdout + lint.stderr).trim().split('\n').slice(-5).join(' | '));

  const browser = await puppeteer.launch({ executablePath: ensureChrome(), args: CHROME_FLAGS, headless: true });
  try {
    // PACKAGE_APPS=preact,solid: only those apps (no CDN check unless `cdn` is named, no Node check), for working on one of them.
    const only = process.env.PACKAGE_APPS?.split(',');
    for (const app of APPS.filter((app) => !only || only.includes(app.name))) {
      const dir = join(CACHE, app.name);
      mkdirSync(dir, { recursive: true });
      cpSync(join(ROOT, 'test', 'consumers', app.name), dir, { recursive: true });
      if (app.shared) cpSync(join(ROOT, 'test', 'consumers', 'shared'), dir, { recursive: true });
      try {
        // One install: the app's own dependencies and the tarball (npm installs both).
        run('npm', ['install', '--no-save', '--no-package-lock', '--prefer-offline', '--loglevel=error', tarball], dir);
        run('npm', ['run', 'build'], dir);
        check(`${app.name}: ${app.builds ?? 'the app builds'}`, true, elapsed());
      } catch (error) {
        check(`${app.name}: ${app.builds ?? 'the app builds'}`, false, String(error.message).slice(0, 2000));
        continue;
      }
      if (!app.port) continue;
      const out = join(dir, app.out);
      console.log(`  ${app.name}: initial JS ${(initialJs(out) / 1024).toFixed(1)} KB gzip`);
      const server = await serve(out, app.port);
      try {
        await checkInBrowser(browser, app, `http://127.0.0.1:${app.port}`, dir, out);
      } finally {
        server.close();
      }
    }
    // The CDN build as a package CDN serves it: the tarball's files, unpacked (PACKAGE_APPS=cdn: only this).
    if (!only || only.includes('cdn')) {
      const unpacked = join(CACHE, 'cdn');
      rmSync(unpacked, { recursive: true, force: true });
      mkdirSync(unpacked, { recursive: true });
      run('tar', ['-xzf', tarball, '-C', unpacked], ROOT);
      await checkCdn(browser, join(unpacked, 'package'));
    }
    if (only) return;
    checkNode(join(CACHE, APPS[0].name));
    await checkDataLayerCost(join(CACHE, APPS[0].name));
  } finally {
    await browser.close();
  }
}

try {
  await main();
} catch (error) {
  check('the package suite ran', false, error.message);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
