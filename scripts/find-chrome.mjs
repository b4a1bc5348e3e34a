// Finds a Chromium or Chrome for the browser tests and the benchmark. Test tools' own browser
// downloads do not work on our machines, so we use the system's browser (Debian's `chromium`).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = [
  // Debian's real binary: avoids the wrapper script's harmless "[: unexpected operator" noise.
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

function canUseApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 &&
    spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** Returns a browser path, installing Debian's chromium when we are root on Debian; else exits. */
export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  if (canUseApt()) {
    console.log('No Chromium or Chrome found: installing Debian\'s chromium with apt-get (one time, ~1 min)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
    if (run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', 'chromium'])) {
      const installed = findChrome();
      if (installed) return installed;
    }
    console.error('Installing chromium with apt-get failed; see the messages above.');
    process.exit(1);
  }
  console.error('No Chromium or Chrome found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.');
  process.exit(1);
}

/** Flags that keep the browser headless, working as root, and off the network. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
  // Test files run in parallel pages: keep the ones not in front at full speed (animation frames,
  // timers), or a virtualized list renders late only when another test is running.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];
