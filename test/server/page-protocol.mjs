// The DevTools protocol for a test's own page (Chromium only: Firefox over WebDriver BiDi and
// WebKitWebDriver offer no such protocol here), made once per page and purpose by `create` and kept.
/** page → purpose → what was made. */
const made = new WeakMap();

/** What `create(page)` made for the test's page; throws naming `purpose` in another engine. */
export async function forTestPage(session, purpose, create) {
  if (session.browser.type !== 'puppeteer' || (process.env.ML_ENGINE ?? 'chromium') !== 'chromium') {
    throw new Error(`${purpose} through the Chrome DevTools protocol (Chromium only)`);
  }
  const page = session.browser.getPage(session.id);
  let forPage = made.get(page);
  if (!forPage) made.set(page, (forPage = new Map()));
  if (!forPage.has(purpose)) forPage.set(purpose, create(page));
  return forPage.get(purpose);
}
