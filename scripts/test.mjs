// The browser test command. `npm test` runs the suite in Chromium; `--engine firefox`, `--engine
// webkit` or `--engine all` run it in the other engines (scripts/engines.mjs finds each one, or
// installs Debian's package when it can). It type-checks first, runs @web/test-runner once per
// engine, and closes with the plain "N passed, N failed" line that CI reads (with "engine: …" lines
// above it when there is more than one engine).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ENGINES, ensureEngine, startWebKit } from './engines.mjs';

function takeEngineArgument(argv) {
  const rest = [];
  let engine = 'chromium';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--engine') engine = argv[++i];
    else if (argv[i].startsWith('--engine=')) engine = argv[i].slice('--engine='.length);
    else rest.push(argv[i]);
  }
  return { engines: engine === 'all' ? ENGINES : engine.split(','), rest };
}

/** What each engine needs before the runner starts: env for the config, and what to stop after. */
async function prepare(engine) {
  const found = ensureEngine(engine);
  if (engine === 'chromium') return { env: { CHROME_PATH: found }, stop: () => {} };
  if (engine === 'firefox') return { env: { FIREFOX_PATH: found }, stop: () => {} };
  // The suite's zone and an English locale; the "C" locale case is faked inside a test instead.
  const webkit = await startWebKit(found, { TZ: 'America/Chicago' });
  return { env: { WEBKIT_DRIVER_PORT: String(webkit.port), MINIBROWSER_PATH: found.browser, DISPLAY: webkit.display }, stop: webkit.stop };
}

async function runEngine(engine, args) {
  const results = `.wtr-results-${process.pid}-${engine}.json`;
  rmSync(results, { force: true });
  const started = Date.now();
  const { env, stop } = await prepare(engine);
  let wtr;
  try {
    wtr = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
      stdio: 'inherit',
      env: { ...process.env, ...env, ML_ENGINE: engine, WTR_RESULTS: results },
    });
  } finally {
    stop();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  try {
    const totals = JSON.parse(readFileSync(results, 'utf8'));
    rmSync(results, { force: true });
    // A test file that cannot even load counts as a failure, so a syntax error cannot look green.
    const failed = totals.failed + totals.brokenFiles;
    if (totals.failures.length) console.log(`\nFailed in ${engine}:\n${totals.failures.map((f) => `  ✗ ${f}`).join('\n')}\n`);
    return { engine, passed: totals.passed, failed: wtr.status !== 0 && failed === 0 ? 1 : failed, skipped: totals.skipped, seconds };
  } catch {
    // The runner wrote no results: it ended before its summary (no failing test is shown). Say how.
    const how = wtr.signal ? `killed by ${wtr.signal}` : `exit status ${wtr.status}`;
    console.log(`The test runner did not finish in ${engine} (${how}; see above).`);
    return { engine, passed: 0, failed: 1, skipped: 0, seconds, unfinished: true };
  }
}

/**
 * WebKit's runner has twice ended without results on the loaded 2-core CI machine (at test file 81
 * and 89 of 106, no test failing, nothing thrown: WebKitWebDriver or MiniBrowser going away). Such a
 * run is tried once more, saying so; a run that finished with failures is never retried.
 */
async function runEngineOnce(engine, args) {
  const run = await runEngine(engine, args);
  if (!run.unfinished || engine !== 'webkit') return run;
  console.log(`Running ${engine} once more, since its runner did not finish.`);
  const again = await runEngine(engine, args);
  return { ...again, seconds: run.seconds + again.seconds };
}

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

const { engines, rest } = takeEngineArgument(process.argv.slice(2));

// Types first: a type error fails the run like a failing test does.
const typecheck = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], { stdio: 'inherit' });
if (typecheck.status !== 0) {
  console.log('Type check failed (see above).');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const runs = [];
for (const engine of engines) runs.push(await runEngineOnce(engine, rest));
if (runs.length > 1) for (const run of runs) console.log(`${run.engine} (${run.seconds} s): ${line(run)}`);
const total = runs.reduce((sum, run) => ({ passed: sum.passed + run.passed, failed: sum.failed + run.failed, skipped: sum.skipped + run.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log(line(total));
process.exit(total.failed === 0 ? 0 : 1);
