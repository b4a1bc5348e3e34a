// The map's timing, shared by bench.mjs and press-map.mjs: from showing the map (or pressing the
// List / Map switch's Map button) to the map's first `idle`.

/**
 * Shows the map and times it to the map's first `idle`: MapLibre's chunk and worker fetched (unless
 * warmed), the map made, the results drawn. `how`: 'view' sets `view="both"` (the list was alone
 * until then); 'press' presses the List / Map switch's Map button.
 */
export async function timeMapShown(page, how) {
  return page.evaluate(async (how) => {
    const element = document.querySelector('meeting-locator');
    const start = performance.now();
    if (how === 'view') element.view = 'both';
    else element.shadowRoot.querySelector('.view-switch button:nth-child(2)').click();
    // The element's map panel is private; the benchmark reaches in for the moment the map settles.
    const panel = element.map;
    while (!panel.firstIdle) {
      if (panel.status === 'error' || panel.status === 'unavailable') throw new Error(`map ${panel.status}: ${panel.problem ?? ''}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await panel.firstIdle;
    return performance.now() - start;
  }, how);
}

/**
 * A phone-width page (390×844) with the List / Map switch: the list shows, the person reads it for
 * two seconds (the browser idles: the element warms the map then), moves to the switch and presses
 * Map. Timed from the press to the map's first `idle`.
 */
export async function pressMap(browser, url) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(`${url}switch`);
    await page.evaluate(() => window.__ready);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const mapButton = 'meeting-locator >>> .view-switch button:nth-child(2)';
    await page.hover(mapButton);
    return await timeMapShown(page, 'press');
  } finally {
    await page.close();
  }
}
