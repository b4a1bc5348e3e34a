import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_FLAGS } from './scripts/find-chrome.mjs';
import { feedRoutes } from './test/server/feed-routes.mjs';
import { countingReporter } from './test/server/counting-reporter.mjs';

const executablePath = findChrome();
if (!executablePath) {
  throw new Error('No Chromium or Chrome found: run `npm test` (it installs one on Debian) or set CHROME_PATH.');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_FLAGS } })],
  middleware: [feedRoutes],
  // Lit's one-line dev-mode notice would otherwise be repeated for every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
