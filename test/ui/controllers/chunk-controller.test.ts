import { expect, waitUntil } from '@open-wc/testing';
import { css } from 'lit';
import { ChunkController } from '../../../src/ui/controllers/chunk-controller.js';
import { fakeHost } from './fake-host.js';

const STYLES = css`
  .from-chunk {
    color: rgb(1, 2, 3);
  }
`;

describe('ChunkController', () => {
  it('fetches once, adds its styles to the shadow root, and asks for an update', async () => {
    const host = fakeHost();
    let fetches = 0;
    const made: string[] = [];
    const chunk = new ChunkController(host, async () => (fetches++, { name: 'chunk', styles: STYLES }), {
      styles: (module) => module.styles,
      loaded: (module) => made.push(`${module.name} ${chunk.module === undefined ? 'before' : 'after'} it is shown`),
    });
    host.connect();
    host.renderRoot.innerHTML = '<p class="from-chunk">x</p>';
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect(a).to.equal(b);
    expect(fetches).to.equal(1);
    expect(chunk.module!.name).to.equal('chunk');
    expect(made).to.deep.equal(['chunk before it is shown']);
    expect(host.requested).to.be.above(0);
    expect(getComputedStyle(host.renderRoot.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
    host.remove();
  });

  it('is fetched when wanted, says it failed, and tries again when wanted anew', async () => {
    const host = fakeHost();
    let fail = true;
    let wanted = false;
    let fetches = 0;
    const chunk = new ChunkController(host, async () => {
      fetches++;
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return { ok: true };
    }, { wanted: () => wanted });
    host.connect();
    host.update();
    expect(fetches, 'not wanted: not fetched').to.equal(0);
    wanted = true;
    host.update();
    await waitUntil(() => chunk.failed, 'the failure is known');
    host.update();
    expect(fetches, 'still wanted: not fetched again on every update').to.equal(1);
    fail = false;
    wanted = false;
    host.update();
    wanted = true;
    host.update();
    await waitUntil(() => chunk.module, 'fetched again when wanted anew');
    expect(chunk.failed).to.equal(false);
    expect(fetches).to.equal(2);
    host.remove();
  });

  it('can be fetched once the page is idle', async () => {
    const host = fakeHost();
    const chunk = new ChunkController(host, async () => ({ idle: true }));
    chunk.preload();
    await waitUntil(() => chunk.module, 'fetched at idle', { timeout: 3000 });
    host.remove();
  });

  it('is fetched without requestIdleCallback too (WebKit has none: a timer stands in)', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
    if (original) Object.defineProperty(window, 'requestIdleCallback', { value: undefined, configurable: true, writable: true });
    try {
      const host = fakeHost();
      const chunk = new ChunkController(host, async () => ({ idle: true }));
      chunk.preload();
      expect(chunk.module, 'not at once').to.equal(undefined);
      await waitUntil(() => chunk.module, 'fetched after the timer', { timeout: 3000 });
      host.remove();
    } finally {
      if (original) Object.defineProperty(window, 'requestIdleCallback', original);
    }
  });
});
