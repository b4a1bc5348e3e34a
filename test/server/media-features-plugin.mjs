// A test-runner command that emulates any CSS media feature through the DevTools protocol.
// `emulateMedia` from @web/test-runner-commands goes through Puppeteer, which accepts only
// prefers-color-scheme, prefers-reduced-motion and color-gamut: not forced-colors.
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('emulate-media-features needs the Chrome launcher');
      const page = session.browser.getPage(session.id);
      // One protocol session per page: its emulation lasts as long as the session does.
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      const features = Object.entries(payload?.features ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await client.send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features });
      return true;
    },
  };
}
