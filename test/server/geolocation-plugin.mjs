// Test-runner commands that set the browser's geolocation permission and position through the
// DevTools protocol, so "near me" is tested through the real Geolocation API, not a stub in the page.
export function geolocationPlugin() {
  return {
    name: 'geolocation-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-geolocation' && command !== 'deny-geolocation') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('geolocation commands need the Chrome launcher');
      const page = session.browser.getPage(session.id);
      const origin = new URL(page.url()).origin;
      const context = page.browserContext();
      if (command === 'deny-geolocation') {
        await context.overridePermissions(origin, []);
        return true;
      }
      await context.overridePermissions(origin, ['geolocation']);
      await page.setGeolocation({ latitude: payload.latitude, longitude: payload.longitude, accuracy: 20 });
      return true;
    },
  };
}
