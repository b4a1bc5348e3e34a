/**
 * The list as a screen reader meets it: a list whose rows say "item 12 of 40" over the whole result
 * although only the rows near the view exist (it is virtualized), each day's heading with its first
 * meeting, rows present while the element is scrolled out of the window, and reading on from the
 * last row that exists reaching every meeting to the end.
 */
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itNeeds } from '../engines.js';
import { freezeClock } from './clock.js';
import { mount, shadow, usePage } from './mount.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';

const ZONE = 'America/Chicago';
/** Tuesday 24 November 2026, 9:00 AM in Memphis. */
const TUESDAY_MORNING = '2026-11-24T15:00:00Z';
const TOTAL = 42;
/** Six a day, every day, all later than 9 AM: the list starts with today and ends with Monday. */
const MEETINGS = Array.from({ length: TOTAL }, (_, i) => ({
  slug: `m${i}`,
  name: `Group ${i}`,
  day: i % 7,
  time: `${String(10 + Math.floor(i / 7)).padStart(2, '0')}:00`,
  formatted_address: `${i} Main St, Memphis, TN`,
  timezone: ZONE,
}));
const DAY_HEADINGS = ['Tuesday · Today', 'Wednesday · Tomorrow', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday'];

interface AxNode {
  role: string;
  name: string;
  level?: number;
  setSize?: number;
  posInSet?: number;
  nodeId: number;
}

const axNodes = (roles: string[]) => executeServerCommand('ax-nodes', { roles }) as Promise<AxNode[]>;

/** A short list (so it scrolls) below a page's worth of article: the element starts out of the window. */
async function mountBelowTheFold(): Promise<MeetingLocator> {
  const { element, loaded } = mount((el) => {
    el.timezone = ZONE;
    el.meetings = MEETINGS;
  });
  element.style.setProperty('--ml-list-height', '320px');
  const article = document.createElement('div');
  article.className = 'article-above';
  article.style.height = '5000px';
  element.parentElement!.before(article);
  // And the rest of the article after it, so the list can be brought to the window's middle.
  const rest = document.createElement('div');
  rest.className = 'article-above';
  rest.style.height = '3000px';
  element.parentElement!.after(rest);
  window.scrollTo(0, 0);
  await loaded;
  return element;
}

const listItems = (element: MeetingLocator) => [...shadow(element).querySelectorAll<HTMLElement>('.list > [role="listitem"]')];
const positions = (element: MeetingLocator) => listItems(element).map((item) => Number(item.getAttribute('aria-posinset')));

describe('<meeting-locator> list for a screen reader', () => {
  usePage();
  let thaw: () => void;
  beforeEach(() => (thaw = freezeClock(TUESDAY_MORNING)));
  afterEach(() => {
    thaw();
    document.querySelectorAll('.article-above').forEach((node) => node.remove());
    window.scrollTo(0, 0);
  });

  it('is a list of rows counted over the whole result, each day heading on its first meeting, with rows while out of the window', async function () {
    // axe over the list takes WebKit a while on a loaded machine.
    this.timeout(30000);
    const element = await mountBelowTheFold();
    expect(element.getBoundingClientRect().top, 'the element starts below the window').to.be.greaterThan(window.innerHeight);
    await waitUntil(() => listItems(element).length > 0, 'rows while the element is out of the window', { timeout: 5000 });
    const list = shadow(element).querySelector('.list')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('Meetings');
    const items = listItems(element);
    // Only some rows exist (virtualized), yet each says where it is in all 42.
    expect(items.length).to.be.below(TOTAL);
    expect(items.every((item) => item.getAttribute('aria-setsize') === String(TOTAL))).to.equal(true);
    expect(positions(element)).to.deep.equal(items.map((_, i) => i + 1));
    // Nothing but list items directly in the list (the virtualizer's empty sizer aside).
    expect([...list.children].filter((child) => !child.hasAttribute('virtualizer-sizer')).every((child) => child.getAttribute('role') === 'listitem')).to.equal(true);
    expect(items[0]!.querySelector('h3.day')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Tuesday · Today');
    expect(items[1]!.querySelector('h3.day')).to.equal(null);
    expect(items[6]!.querySelector('h3.day')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Wednesday · Tomorrow');
    element.scrollIntoView();
    await expect(element).to.be.accessible();
  });

  itNeeds('listScrolledAfterOffscreenStart', 'renders the next rows as the last one is scrolled into view, to the end of the result', async () => {
    const element = await mountBelowTheFold();
    await waitUntil(() => listItems(element).length > 0, 'rows', { timeout: 5000 });
    const seen = new Set<number>();
    const headings = new Set<string>();
    for (let step = 0; step < TOTAL && !seen.has(TOTAL); step++) {
      for (const item of listItems(element)) {
        seen.add(Number(item.getAttribute('aria-posinset')));
        const heading = item.querySelector('h3.day');
        if (heading) headings.add(heading.textContent!.replace(/\s+/g, ' ').trim());
      }
      const last = Math.max(...seen);
      // The last row brought into view at the list's bottom (by its drawn box: rows are placed by
      // transforms, which WebKit's scrollIntoView does not follow).
      const row = listItems(element).find((item) => item.getAttribute('aria-posinset') === String(last))!;
      const list = shadow(element).querySelector<HTMLElement>('.list')!;
      list.scrollIntoView({ block: 'center' });
      list.scrollTop += row.getBoundingClientRect().bottom - list.getBoundingClientRect().bottom;
      await waitUntil(() => positions(element).some((n) => n > last) || last === TOTAL, `a row after ${last}`, { timeout: 3000 });
    }
    expect([...seen].sort((a, b) => a - b)).to.deep.equal(Array.from({ length: TOTAL }, (_, i) => i + 1));
    expect([...headings]).to.deep.equal(DAY_HEADINGS);
  });

  itNeeds('accessibilityTree', 'gives a screen reader (the accessibility tree) the list, its count and headings, and every meeting reading on', async () => {
    const element = await mountBelowTheFold();
    await waitUntil(() => listItems(element).length > 0, 'rows', { timeout: 5000 });
    await nextFrame();
    let nodes = await axNodes(['list', 'listitem', 'heading', 'link']);
    const list = nodes.find((node) => node.role === 'list' && node.name === 'Meetings');
    expect(list, 'a list named Meetings while the element is out of the window').to.not.equal(undefined);
    const first = nodes.filter((node) => node.role === 'listitem' && node.setSize === TOTAL);
    expect(first.length, 'its rows are in the tree').to.be.greaterThan(0);
    expect(first.map((node) => node.posInSet)).to.deep.equal(first.map((_, i) => i + 1));
    expect(nodes.find((node) => node.role === 'heading' && node.name === 'Tuesday · Today')?.level).to.equal(3);

    // Read on as a screen reader does: its cursor reaches the last row in the tree and scrolls it
    // into view; the next row must then be in the tree, to the last of all 42. Each meeting is
    // known in the tree by its link's name ("Group 12, Friday 11:00 AM, …").
    const seen = new Set<number>();
    const headings = new Set<string>();
    const links = new Set<string>();
    for (let step = 0; step < TOTAL && !seen.has(TOTAL); step++) {
      const rows = nodes.filter((node) => node.role === 'listitem' && node.setSize === TOTAL);
      rows.forEach((node) => seen.add(node.posInSet!));
      nodes.filter((node) => node.role === 'link' && /^Group \d+,/.test(node.name)).forEach((node) => links.add(node.name.split(',')[0]!));
      nodes.filter((node) => node.role === 'heading' && DAY_HEADINGS.includes(node.name)).forEach((node) => headings.add(node.name));
      const last = rows.reduce((a, b) => (b.posInSet! > a.posInSet! ? b : a));
      await executeServerCommand('ax-scroll-into-view', { nodeId: last.nodeId });
      let tries = 0;
      do {
        await nextFrame();
        nodes = await axNodes(['list', 'listitem', 'heading', 'link']);
      } while (last.posInSet! < TOTAL && !nodes.some((node) => node.role === 'listitem' && node.posInSet! > last.posInSet!) && ++tries < 50);
    }
    expect([...seen].sort((a, b) => a - b)).to.deep.equal(Array.from({ length: TOTAL }, (_, i) => i + 1));
    expect([...headings]).to.deep.equal(DAY_HEADINGS);
    expect(links.size, 'every meeting’s link was in the tree').to.equal(TOTAL);
  });
});
