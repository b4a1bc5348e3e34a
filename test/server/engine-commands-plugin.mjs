// Test-runner commands that work the same in every engine the suite runs in. The runner's own
// `setViewport` is not implemented for WebDriver, and webdriverio's `keys()` presses all keys of a
// string at once (a repeated letter is lost), so these go to each engine's own way of doing it.

/** WebDriver key codes for the named keys the tests press. */
const WEBDRIVER_KEYS = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Backspace: '\uE003',
  ArrowDown: '\uE015',
  ArrowUp: '\uE013',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  Home: '\uE011',
  End: '\uE010',
  Space: ' ',
  ' ': ' ',
};

/** The inner size of the page's window, which a WebDriver window size includes the frame of. */
async function innerSize(driver) {
  return driver.execute(() => ({ width: window.innerWidth, height: window.innerHeight }));
}

export function engineCommandsPlugin() {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      const type = session.browser.type;
      if (command === 'viewport') {
        const { width, height } = payload;
        if (type === 'puppeteer') {
          await session.browser.getPage(session.id).setViewport({ width, height });
          return { width, height };
        }
        if (type === 'webdriver') {
          // The window's outer size is what WebDriver sets: measure the frame once and add it.
          // MiniBrowser's window has a minimum width (about 450 px): a narrower "viewport" comes out
          // wider, and the caller gets the size it really has (tests then narrow a container).
          const driver = session.browser.driver;
          for (let attempt = 0; attempt < 3; attempt++) {
            const rect = await driver.getWindowRect();
            const inner = await innerSize(driver);
            if (inner.width === width && inner.height === height) break;
            await driver.setWindowRect(0, 0, width + (rect.width - inner.width), height + (rect.height - inner.height));
          }
          const inner = await innerSize(driver);
          if (inner.height !== height || inner.width < width) {
            throw new Error(`the window would not take a ${width}×${height} viewport (it has ${inner.width}×${inner.height})`);
          }
          return inner;
        }
        throw new Error(`viewport: not supported for ${type}`);
      }
      if (command === 'type-text' || command === 'press-key') {
        const keys = command === 'type-text' ? [...payload.text] : [payload.key];
        if (type === 'puppeteer') {
          const page = session.browser.getPage(session.id);
          if (command === 'type-text') await page.keyboard.type(payload.text);
          else await page.keyboard.press(payload.key);
          return true;
        }
        if (type === 'webdriver') {
          // Real key actions, one down/up per character, so "ee" types two e's.
          const actions = keys.flatMap((key) => {
            const value = WEBDRIVER_KEYS[key] ?? key;
            return [{ type: 'keyDown', value }, { type: 'keyUp', value }];
          });
          await session.browser.driverManager.performActions(session.id, [{ type: 'key', id: 'keyboard', actions }]);
          return true;
        }
        throw new Error(`${command}: not supported for ${type}`);
      }
      if (command === 'wheel') {
        // A mouse wheel turned over a point of the viewport (CSS px), as a person scrolls.
        const { x, y, deltaY } = payload;
        if (type === 'puppeteer') {
          const page = session.browser.getPage(session.id);
          await page.mouse.move(x, y);
          await page.mouse.wheel({ deltaY });
          return true;
        }
        if (type === 'webdriver') {
          await session.browser.driverManager.performActions(session.id, [
            { type: 'wheel', id: 'wheel', actions: [{ type: 'scroll', x: Math.round(x), y: Math.round(y), deltaX: 0, deltaY, origin: 'viewport' }] },
          ]);
          return true;
        }
        throw new Error(`wheel: not supported for ${type}`);
      }
      if (command === 'engine') return process.env.ML_ENGINE ?? 'chromium';
      return undefined;
    },
  };
}
