import { expect, waitUntil } from '@open-wc/testing';
import { BREAKPOINTS } from '../../../src/ui/breakpoints.js';
import { WidthController } from '../../../src/ui/controllers/width-controller.js';
import { fakeHost, type FakeHost } from './fake-host.js';

/** A host in a container of `width` px, rendering a probe as the element does. */
function hostAt(width: number): { host: FakeHost; container: HTMLElement; width: WidthController } {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  const host = fakeHost();
  container.append(host);
  host.renderRoot.innerHTML = '<div class="width-probe"></div>';
  const controller = new WidthController(host, () => host.renderRoot.querySelector('.width-probe'));
  host.connect();
  host.update();
  return { host, container, width: controller };
}

describe('WidthController', () => {
  it('knows the width before the first render, in rem, and whether the element started roomy', () => {
    const wide = hostAt(BREAKPOINTS.panelsOpen * 16 + 1);
    expect(wide.width.rem).to.be.closeTo(BREAKPOINTS.panelsOpen + 1 / 16, 0.01);
    expect(wide.width.roomyAtFirst).to.equal(true);
    const narrow = hostAt(360);
    expect(narrow.width.roomyAtFirst).to.equal(false);
    wide.container.remove();
    narrow.container.remove();
  });

  it('follows the width through its one observer, keeping how it started', async () => {
    const { host, container, width } = hostAt(1000);
    container.style.width = '360px';
    await waitUntil(() => Math.round(width.rem! * 16) === 360, 'the new width');
    expect(host.requested).to.be.above(0);
    expect(width.roomyAtFirst, 'the panels started open: they stay as the person left them').to.equal(true);
    container.remove();
  });

  it('measures rem against the root font size, as container queries do', () => {
    const root = document.documentElement;
    const size = root.style.fontSize;
    root.style.fontSize = '20px';
    try {
      const { container, width } = hostAt(800);
      expect(width.rem).to.equal(40);
      container.remove();
    } finally {
      root.style.fontSize = size;
    }
  });

  it('waits for a width when the element is hidden at first', async () => {
    const { container, width } = hostAt(0);
    container.style.display = 'none';
    expect(width.roomyAtFirst).to.equal(undefined);
    container.style.display = '';
    container.style.width = '900px';
    await waitUntil(() => width.roomyAtFirst === true, 'measured once shown');
    container.remove();
  });
});
