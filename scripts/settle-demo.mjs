// Run inside the demo page (puppeteer's `page.evaluate`, WebDriver's `executeAsync`): scrolls to the
// element, speaks the shot's language, waits for its meetings, does what the shot asks (the map pane,
// the filters, a meeting's details), and
// waits until a map on screen has drawn. Self-contained, as code sent into a page must be.
export async function settleDemo(shot = {}) {
  const el = document.querySelector('meeting-locator');
  if (shot.lang) {
    el.lang = shot.lang;
    await el.updateComplete;
  }
  el.scrollIntoView();
  const root = el.shadowRoot;
  const until = async (test) => {
    for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
  };
  await until(() => root.querySelector('article.meeting'));
  if (shot.show === 'map') {
    root.querySelectorAll('.view-switch button')[1].click();
    await el.updateComplete;
  }
  if (shot.filters) {
    root.querySelector('details.filters summary').click();
    await until(() => root.querySelector('details.filters label.chip'));
  }
  if (shot.open) {
    root.querySelector('a.open').click();
    await until(() => root.querySelector('.detail h3'));
  }
  // A map on screen: wait until it has drawn the results (the panel is private; this is a tool).
  const panel = el.map;
  const pane = root.querySelector('.map-pane');
  if (pane && pane.getBoundingClientRect().width > 0) {
    await until(() => panel.firstIdle || panel.status === 'unavailable' || panel.status === 'blocked' || panel.status === 'error');
    if (panel.firstIdle) await panel.firstIdle;
  }
  await new Promise((r) => setTimeout(r, 400));
}
