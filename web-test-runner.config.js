import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_FLAGS } from './scripts/find-chrome.mjs';
import { findFirefox, webKitCapabilities } from './scripts/engines.mjs';
import { feedRoutes } from './test/server/feed-routes.mjs';
import { cspPages } from './test/server/csp-pages.mjs';
import { countingReporter } from './test/server/counting-reporter.mjs';
import { geolocationPlugin } from './test/server/geolocation-plugin.mjs';
import { engineCommandsPlugin } from './test/server/engine-commands-plugin.mjs';
import { mediaFeaturesPlugin } from './test/server/media-features-plugin.mjs';
import { accessibilityPlugin } from './test/server/accessibility-plugin.mjs';
import { networkPlugin } from './test/server/network-plugin.mjs';
import { basemapRoutes } from './test/server/basemap-routes.mjs';
import { sourcePlugin } from './test/server/source-plugin.mjs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The viewer's zone in the tests, so "your time" and "today" are the same on every machine.
process.env.TZ = 'America/Chicago';

/** The engine scripts/test.mjs asked for (ML_ENGINE), with what it found or started for it. */
function browserFor(engine) {
  if (engine === 'firefox') {
    const executablePath = process.env.FIREFOX_PATH ?? findFirefox();
    if (!executablePath) throw new Error('No Firefox found: run `npm run test:firefox` (it installs one on Debian) or set FIREFOX_PATH.');
    return chromeLauncher({
      // Puppeteer drives Firefox over WebDriver BiDi; no geckodriver needed.
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        // WebGL 2 headless (Mesa llvmpipe) for the real-MapLibre tests; no connection leaves the machine.
        env: { ...process.env, MOZ_WEBGL_FORCE_EGL: '1', MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
        extraPrefsFirefox: FIREFOX_PREFS,
      },
    });
  }
  if (engine === 'webkit') {
    const port = Number(process.env.WEBKIT_DRIVER_PORT);
    if (!port) throw new Error('WebKit runs through `npm run test:webkit`, which starts Xvfb and WebKitWebDriver.');
    return webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: webKitCapabilities({ browser: process.env.MINIBROWSER_PATH }),
    });
  }
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium or Chrome found: run `npm test` (it installs one on Debian) or set CHROME_PATH.');
  return chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_FLAGS } });
}

const FIREFOX_PREFS = {
  'webgl.force-enabled': true,
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 1,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 1,
  'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
  'network.dns.disablePrefetch': true,
};

const engine = process.env.ML_ENGINE ?? 'chromium';

/**
 * `import css from 'x.css?inline'` as the build does it (rollup.config.js): the node resolver keeps
 * the `?inline` on the resolved URL, and this serves such a URL as a module exporting the CSS text.
 */
function inlineCssPlugin() {
  return {
    name: 'inline-css',
    serve(context) {
      if (!context.path.endsWith('.css') || !context.URL.searchParams.has('inline')) return undefined;
      const file = resolve(fileURLToPath(new URL('.', import.meta.url)), '.' + decodeURIComponent(context.path));
      return { body: `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`, type: 'js' };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: geolocation and keyboard focus belong to the page in front.
  concurrency: 1,
  // `ML_AT=<ISO instant>`: the hour the element's tests stand at instead of TEST_NOW (test/ui/clock.ts).
  ...(process.env.ML_AT
    ? {
        testRunnerHtml: (framework) =>
          `<html><body><script>globalThis.__ML_TEST_AT__ = ${JSON.stringify(new Date(process.env.ML_AT).toISOString())};</script><script type="module" src="${framework}"></script></body></html>`,
      }
    : {}),
  testFramework: { config: { timeout: 10000 } },
  browsers: [browserFor(engine)],
  middleware: [feedRoutes, basemapRoutes, cspPages],
  // Lit's one-line dev-mode notice would otherwise be repeated for every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    geolocationPlugin(),
    engineCommandsPlugin(),
    mediaFeaturesPlugin(),
    accessibilityPlugin(),
    networkPlugin(),
    sourcePlugin(),
    inlineCssPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
