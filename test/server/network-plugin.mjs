// Test-runner commands that make the network fail for some of a page's requests, as a dropped
// connection does, through the DevTools protocol's Fetch domain (Chromium only: Firefox over
// WebDriver BiDi and WebKitWebDriver offer no request interception here). Only the test's own page
// is affected: other test files run in pages of their own.
import { forTestPage } from './page-protocol.mjs';

function protocol(session) {
  return forTestPage(session, 'requests are blocked', async (page) => {
    const client = await page.createCDPSession();
    const entry = { client, blocked: [] };
    // A paused request fails when its URL contains a blocked text, and goes on otherwise.
    client.on('Fetch.requestPaused', ({ requestId, request }) => {
      const fail = entry.blocked.some((text) => request.url.includes(text));
      const answer = fail ? client.send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' }) : client.send('Fetch.continueRequest', { requestId });
      answer.catch(() => undefined);
    });
    return entry;
  });
}

export function networkPlugin() {
  return {
    name: 'network-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'block-requests') {
        const entry = await protocol(session);
        entry.blocked = [...payload.containing];
        await entry.client.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
        return true;
      }
      if (command === 'unblock-requests') {
        const entry = await protocol(session);
        entry.blocked = [];
        await entry.client.send('Fetch.disable');
        return true;
      }
      return undefined;
    },
  };
}
