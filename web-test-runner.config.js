import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_FLAGS } from './scripts/find-chrome.mjs';
import { feedRoutes } from './test/server/feed-routes.mjs';
import { countingReporter } from './test/server/counting-reporter.mjs';
import { geolocationPlugin } from './test/server/geolocation-plugin.mjs';
import { mediaFeaturesPlugin } from './test/server/media-features-plugin.mjs';
import { basemapRoutes } from './test/server/basemap-routes.mjs';
import { sourcePlugin } from './test/server/source-plugin.mjs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The viewer's zone in the tests, so "your time" and "today" are the same on every machine.
process.env.TZ = 'America/Chicago';

const executablePath = findChrome();
if (!executablePath) {
  throw new Error('No Chromium or Chrome found: run `npm test` (it installs one on Debian) or set CHROME_PATH.');
}

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
  testFramework: { config: { timeout: 10000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_FLAGS } })],
  middleware: [feedRoutes, basemapRoutes],
  // Lit's one-line dev-mode notice would otherwise be repeated for every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    geolocationPlugin(),
    mediaFeaturesPlugin(),
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
