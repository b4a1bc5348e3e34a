/**
 * At 400 % zoom a desktop window is a 320 × 256 CSS px viewport: the list is a small scrolling box
 * in a page that scrolls too. Turning the wheel past the list's end must scroll the page on, not
 * stop in the list (a trap for anyone who cannot grab a scrollbar).
 */
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport, wheel } from '../engines.js';
import { mount, rowsRendered, shadow, tallViewport, usePage } from './mount.js';

const MEETINGS = Array.from({ length: 30 }, (_, i) => ({
  slug: `m${i}`,
  name: `Group ${i}`,
  day: i % 7,
  time: '19:00',
  formatted_address: `${i} Main St, Memphis, TN`,
  timezone: 'America/Chicago',
}));

describe('<meeting-locator> at 400 % zoom', () => {
  usePage();
  after(() => tallViewport());
  afterEach(() => {
    document.querySelectorAll('.page-after').forEach((node) => node.remove());
    window.scrollTo(0, 0);
  });

  async function mountSmall(width: number): Promise<{ list: HTMLElement; element: HTMLElement }> {
    await setViewport({ width: 320, height: 256 });
    const { element, loaded } = mount((el) => {
      el.meetings = MEETINGS;
    });
    // WebKit's window cannot be narrower than about 450 px: the element's own width is what counts.
    element.parentElement!.style.width = `${width}px`;
    element.style.setProperty('--ml-list-height', '200px');
    const after = document.createElement('div');
    after.className = 'page-after';
    after.style.height = '2000px';
    after.textContent = 'The rest of the article';
    element.parentElement!.after(after);
    await loaded;
    await rowsRendered(element);
    return { element, list: shadow(element as never).querySelector<HTMLElement>('.list')! };
  }

  it('scrolls the page on when the wheel turns past the list’s end', async function () {
    this.timeout(30000);
    const { list, element } = await mountSmall(320);
    // To the list's end: its height grows as the virtualizer measures the rows it reaches.
    for (let i = 0; i < 20 && list.scrollTop + list.clientHeight < list.scrollHeight - 1; i++) {
      list.scrollTop = list.scrollHeight;
      await nextFrame();
      await nextFrame();
    }
    // The list in the window, the wheel over it: turned down until the page moves (a list that
    // traps the wheel never lets it).
    list.scrollIntoView({ block: 'center' });
    await nextFrame();
    const before = window.scrollY;
    for (let turn = 0; turn < 5 && window.scrollY === before; turn++) {
      const box = list.getBoundingClientRect();
      const top = Math.max(0, box.top);
      const bottom = Math.min(window.innerHeight, box.bottom);
      await wheel(box.left + box.width / 2, (top + bottom) / 2, 200);
      await waitUntil(() => window.scrollY > before, undefined, { timeout: 600 }).catch(() => undefined);
    }
    expect(window.scrollY).to.be.greaterThan(before);
    expect(getComputedStyle(list).overscrollBehaviorY).to.equal('auto');
    await expect(element).to.be.accessible();
  });

  it('keeps a wide element’s list from scrolling the page behind it', async () => {
    const { list } = await mountSmall(900);
    await setViewport({ width: 1200, height: 900 });
    expect(getComputedStyle(list).overscrollBehaviorY).to.equal('contain');
  });
});
