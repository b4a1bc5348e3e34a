// The three browser engines the suite runs in, and how to find (or, as root on Debian, install)
// each one. Test tools' own browser downloads do not work on our machines, so every engine is the
// system's: Debian's chromium, firefox-esr, and WebKitGTK's WebKitWebDriver + MiniBrowser under Xvfb.
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
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

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function kill(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** Starts an X server on a free display (MiniBrowser has no headless mode). */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    // -displayfd: the server picks a free display and writes its number to fd 3.
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x3200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let text = '';
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve({ display: `:${text.trim()}`, stop: () => kill(child) });
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
}

async function waitForDriver(port) {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

/**
 * Starts Xvfb and WebKitWebDriver (with `--replace-on-new-session`: a killed browser otherwise
 * leaves a dead session that blocks new ones). `env` adds to the browser's environment (its zone).
 */
export async function startWebKit(found, env = {}) {
  const x = await startXvfb(found.xvfb);
  const port = await freePort();
  const driver = spawn(found.driver, [`--port=${port}`, '--replace-on-new-session'], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, DISPLAY: x.display, LANG: process.env.WEBKIT_LANG ?? 'en_US.UTF-8', ...env },
  });
  const stop = () => {
    kill(driver);
    x.stop();
  };
  try {
    await waitForDriver(port);
  } catch (error) {
    stop();
    throw error;
  }
  return { port, display: x.display, stop };
}

/**
 * WebDriver capabilities for MiniBrowser, for the test runner and the screenshots alike. Classic
 * WebDriver: webdriverio 9 otherwise asks for BiDi, which WebKitWebDriver cannot match.
 */
export function webKitCapabilities(found) {
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: found.browser, args: ['--automation'] },
  };
}
