// The three browser engines the suite runs in, and how to find (or, as root on Debian, install)
// each one. Test tools' own browser downloads do not work on our machines, so every engine is the
// system's: Debian's chromium, firefox-esr, and WebKitGTK's WebKitWebDriver + MiniBrowser under Xvfb.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox/firefox'];
const WEBKIT_DRIVER_CANDIDATES = ['/usr/bin/WebKitWebDriver'];
const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
];
const XVFB_CANDIDATES = ['/usr/bin/Xvfb'];

const first = (envName, candidates) => {
  const fromEnv = envName && process.env[envName];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return candidates.find((path) => existsSync(path));
};

export function findFirefox() {
  return first('FIREFOX_PATH', FIREFOX_CANDIDATES);
}

/** WebKit needs three programs: the driver, the browser it drives, and an X server to draw in. */
export function findWebKit() {
  const driver = first('WEBKIT_DRIVER_PATH', WEBKIT_DRIVER_CANDIDATES);
  const browser = first('MINIBROWSER_PATH', MINIBROWSER_CANDIDATES);
  const xvfb = first(undefined, XVFB_CANDIDATES);
  return driver && browser && xvfb ? { driver, browser, xvfb } : undefined;
}

const FINDERS = { chromium: findChrome, firefox: findFirefox, webkit: findWebKit };
const PACKAGES = { chromium: ['chromium'], firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb'] };
const HOW = {
  chromium: 'install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH',
  firefox: 'install Firefox (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH',
  webkit: 'install WebKitGTK\'s driver and Xvfb (Debian: `sudo apt-get install webkit2gtk-driver xvfb`)',
};

function canUseApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 &&
    spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** Returns what the engine needs, installing Debian's packages when we are root on Debian; else exits. */
export function ensureEngine(engine) {
  const find = FINDERS[engine];
  if (!find) {
    console.error(`Unknown engine "${engine}": use one of ${ENGINES.join(', ')}.`);
    process.exit(1);
  }
  const found = find();
  if (found) return found;
  if (canUseApt()) {
    const packages = PACKAGES[engine];
    console.log(`No ${engine} found: installing Debian's ${packages.join(' ')} with apt-get (one time, ~1 min)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
    if (run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', ...packages])) {
      const installed = find();
      if (installed) return installed;
    }
    console.error(`Installing ${packages.join(' ')} with apt-get failed; see the messages above.`);
    process.exit(1);
  }
  console.error(`No ${engine} found: ${HOW[engine]}.`);
  process.exit(1);
}
