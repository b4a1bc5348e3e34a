// The browser test command: makes sure a Chromium exists (installing Debian's when it can), runs
// @web/test-runner, and closes with the plain "N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ensureChrome } from './find-chrome.mjs';

const RESULTS = `.wtr-results-${process.pid}.json`;
process.env.WTR_RESULTS = RESULTS;

// Types first: a type error fails the run like a failing test does.
const typecheck = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], { stdio: 'inherit' });
if (typecheck.status !== 0) {
  console.log('Type check failed (see above).');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

process.env.CHROME_PATH = ensureChrome();
rmSync(RESULTS, { force: true });

const wtr = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
});

let totals;
try {
  totals = JSON.parse(readFileSync(RESULTS, 'utf8'));
  rmSync(RESULTS, { force: true });
} catch {
  console.log('The test runner did not finish (see above).');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// A test file that cannot even load counts as a failure, so a syntax error cannot look green.
const failed = totals.failed + totals.brokenFiles;
const failedRun = wtr.status !== 0 && failed === 0 ? 1 : failed;
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${failedRun} failed${skipped}`);
process.exit(wtr.status === 0 && failedRun === 0 ? 0 : 1);
