/**
 * The first screen shows meetings. With the element at the top of a page, at 1280×900 and at
 * 390×844, a person sees at least three meetings (time and name on screen and on top) in every
 * layout that has a list, and the map in the map-first layout — counted by what is in the
 * viewport, as a person would, not by what exists in the DOM.
 *
 * The meetings of "Still possible today/tonight" above the list count: their time and name are on
 * screen too. What the first screen shows depends on the hour (that section appears only while
 * something can still be reached), so every test runs on a frozen clock, at an hour with the section
 * and at one without.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { pressKey, setViewport } from '../engines.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';
import { freezeClock } from './clock.js';
import { mount, rows, rowsRendered, shadow, usePage } from './mount.js';

const ZONE = 'America/Chicago';

/** 200 fictional meetings as feeds write them: an address, types, some online with links. */
const MEETINGS = Array.from({ length: 200 }, (_, i) => ({
  slug: `m${i}`,
  name: `${['Serenity', 'New Hope', 'Daily Reprieve', 'Just for Today', 'Open Door'][i % 5]} Group ${i + 1}`,
  day: i % 7,
  time: `${String(6 + (i % 15)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
  end_time: `${String(7 + (i % 15)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
  location: `Fellowship Hall ${i + 1}`,
  formatted_address: `${100 + i} Union Ave, Memphis, TN 38103, USA`,
  latitude: 35.1 + (i % 9) * 0.01,
  longitude: -90.05 + (i % 7) * 0.01,
  types: i % 4 === 0 ? ['O', 'ONL', 'X'] : ['C', 'BB'],
  ...(i % 4 === 0 ? { conference_url: 'https://zoom.us/j/5550100', conference_phone: '+15555550100' } : {}),
}));

/**
 * Friday 4 December 2026 in Memphis: at 7:10 AM online meetings start within the hour ("Still
 * possible today" shows); at 11:50 PM nothing is left to reach (no section).
 */
const HOURS = [
  { name: '7:10 AM', at: '2026-12-04T13:10:00Z', reachable: true },
  { name: '11:50 PM', at: '2026-12-05T05:50:00Z', reachable: false },
] as const;

const SCREENS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/**
 * Meetings whose time and name a person can see, each once: inside the viewport (and the list, for
 * its rows), and on top — the list's rows and the meetings of "Still possible" above it.
 */
function visibleMeetings(element: MeetingLocator, where: 'all' | 'list' = 'all'): string[] {
  const root = shadow(element);
  const list = root.querySelector('.list')!.getBoundingClientRect();
  const seen = (parts: Element[], top: number, bottom: number) =>
    parts.every((part) => {
      const box = part.getBoundingClientRect();
      if (box.height === 0 || box.top < Math.max(0, top) || box.bottom > Math.min(innerHeight, bottom)) return false;
      const hit = root.elementFromPoint(box.left + Math.min(box.width / 2, 20), box.top + box.height / 2);
      return hit !== null && part.contains(hit);
    });
  const inList = rows(element).flatMap((row) => {
    const name = row.querySelector('h4')!;
    return seen([name, row.querySelector('.time')!], list.top, list.bottom) ? [name.textContent!.trim()] : [];
  });
  const reachable = [...(where === 'all' ? root.querySelectorAll('.reachable-item') : [])].flatMap((item) => {
    const name = item.querySelector('h4')!;
    return seen([name, item.querySelector('.when')!], 0, innerHeight) ? [name.textContent!.trim()] : [];
  });
  return [...new Set([...reachable, ...inList])];
}

/** "Still possible" as this hour has it: shown (and open, unless folded) or absent. */
async function reachableAsExpected(element: MeetingLocator, hour: (typeof HOURS)[number]): Promise<void> {
  const root = shadow(element);
  if (hour.reachable) await waitUntil(() => root.querySelector('section.reachable'), 'the still-possible section at this hour', { timeout: 5000 });
  else expect(root.querySelector('section.reachable') === null, 'no still-possible section at this hour').to.equal(true);
}

/** Once the page is idle: the parts fetched then (details, filter options, print) have come, and the screen is final. */
async function settled(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(() => resolve(undefined)));
  await new Promise((resolve) => setTimeout(resolve, 100));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

function mountAtTop(view: MeetingLocator['view'], width: number) {
  const mounted = mount((el) => {
    el.timezone = ZONE;
    el.meetings = MEETINGS;
    el.view = view;
    el.mapStyle = '/basemap/style.json';
  });
  // As a page has it: the element's own list height, and its container as wide as the page.
  mounted.element.style.removeProperty('--ml-list-height');
  // (In WebKit a phone's width is had this way: its window cannot be that narrow.)
  mounted.element.parentElement!.style.width = `${width}px`;
  document.body.prepend(mounted.element.parentElement!);
  return mounted;
}

describe('the first screen shows meetings', () => {
  usePage();
  let margin: string;
  before(() => {
    margin = document.body.style.margin;
    document.body.style.margin = '0';
  });
  after(async () => {
    document.body.style.margin = margin;
    await setViewport({ width: 1200, height: 3000 });
  });

  for (const hour of HOURS) {
    describe(`at ${hour.name}`, () => {
      let thaw: () => void;
      beforeEach(() => (thaw = freezeClock(hour.at)));
      afterEach(() => thaw());

      for (const screen of SCREENS) {
        for (const view of ['list', 'auto', 'both'] as const) {
          it(`at ${screen.width}×${screen.height}, view="${view}": three meetings or more in view`, async () => {
            await setViewport({ width: screen.width, height: screen.height });
            scrollTo(0, 0);
            const { element, loaded } = mountAtTop(view, screen.width);
            await loaded;
            await rowsRendered(element);
            await reachableAsExpected(element, hour);
            await settled();
            const seen = visibleMeetings(element);
            expect(seen.length, `meetings in view: ${seen.join(', ') || 'none'}`).to.be.at.least(3);
          });
        }

        it(`at ${screen.width}×${screen.height}, view="map": the map in view, under the controls`, async () => {
          await setViewport({ width: screen.width, height: screen.height });
          scrollTo(0, 0);
          const { element, loaded } = mountAtTop('map', screen.width);
          await loaded;
          const root = shadow(element);
          await waitUntil(() => root.querySelector('.map canvas'), 'the map is made', { timeout: 8000 });
          if (hour.reachable) {
            // The section is rendered (with the list, out of sight while the map is shown on a phone).
            await waitUntil(() => root.querySelector('section.reachable'), 'the still-possible section at this hour', { timeout: 5000 });
          }
          await settled();
          // With the map shown, the section goes with the list: nothing of it above the map.
          expect(root.querySelector('section.reachable')?.getBoundingClientRect().height ?? 0, 'no still-possible section above the map').to.equal(0);
          const map = root.querySelector('.map')!.getBoundingClientRect();
          // At least half the screen's height of map is on screen (or the whole map, when it is smaller).
          const onScreen = Math.min(map.bottom, innerHeight) - Math.max(map.top, 0);
          expect(onScreen).to.be.at.least(Math.min(map.height, innerHeight / 2) - 1);
          const hit = root.elementFromPoint(map.left + map.width / 2, Math.max(map.top, 0) + onScreen / 2);
          expect(hit?.classList.contains('maplibregl-canvas'), 'the map is on top').to.equal(true);
        });
      }

      for (const height of [480, 600]) {
        it(`in a short sidebar that gives it a height (320×${height}), the list takes the room left, shows meetings and scrolls`, async () => {
          await setViewport({ width: 1280, height: 900 });
          const { element, loaded } = mount((el) => {
            el.timezone = ZONE;
            el.meetings = MEETINGS;
          });
          element.style.removeProperty('--ml-list-height');
          const sidebar = element.parentElement!;
          Object.assign(sidebar.style, { width: '320px', height: `${height}px`, overflow: 'auto' });
          element.style.height = '100%';
          await loaded;
          await rowsRendered(element);
          await reachableAsExpected(element, hour);
          await settled();
          const root = shadow(element);
          if (hour.reachable) {
            // The section makes room a few frames after the first layout (measured, then folded, then out of the way).
            const section = () => root.querySelector<HTMLElement>('section.reachable')!;
            const settledAs = () => (height === 480 ? section().hidden : section().querySelector('.reach-fold[aria-expanded="false"]') !== null);
            await waitUntil(settledAs, `the section ${height === 480 ? 'out of the way' : 'folded'}`, { timeout: 5000 });
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
          const list = root.querySelector<HTMLElement>('.list')!;
          const box = list.getBoundingClientRect();
          const side = sidebar.getBoundingClientRect();
          // The whole list inside the sidebar's box: no scrolling of the sidebar to reach its end.
          expect(box.top, 'the list starts inside the sidebar').to.be.at.least(side.top);
          expect(box.bottom, 'the list ends inside the sidebar').to.be.at.most(side.bottom + 1);
          expect(box.height, 'the list has room for meetings').to.be.at.least(150);
          expect(visibleMeetings(element, 'list').length).to.be.at.least(1);
          if (hour.reachable) {
            const section = root.querySelector<HTMLElement>('section.reachable')!;
            const fold = section.querySelector<HTMLButtonElement>('.reach-fold');
            if (height === 480) {
              // No room even for one line: out of the way; the list leads with what starts soonest.
              expect(section.hidden, 'the section out of the way').to.equal(true);
              expect(list.textContent, 'the list says what is on and starts soon').to.match(/In progress|In \d+ min/);
            } else {
              // Room for one line: the title and how many, a button that opens it, inside the sidebar.
              expect(fold?.getAttribute('aria-expanded'), 'the section folded to one line').to.equal('false');
              expect(fold!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Still possible today (1)');
              expect(fold!.getBoundingClientRect().bottom, 'the folded line inside the sidebar').to.be.at.most(side.bottom);
              expect(section.querySelector('.reachable-item') === null, 'no meetings while folded').to.equal(true);
              await expect(element).to.be.accessible();
              // Opened from the keyboard: the meetings with their one-tap actions.
              fold!.focus();
              await pressKey('Enter');
              await waitUntil(() => root.querySelector('section.reachable .reachable-item'), 'the section opens');
              expect(root.querySelector('.reach-fold')!.getAttribute('aria-expanded')).to.equal('true');
              expect(root.activeElement === root.querySelector('.reach-fold'), 'focus stays on the button').to.equal(true);
              expect(root.querySelector('.reachable-item .reach-actions a')?.textContent).to.equal('Join');
              await expect(element).to.be.accessible();
              await pressKey('Enter');
              await waitUntil(() => root.querySelector('section.reachable .reachable-item') === null, 'the section folds again');
            }
          }
          const first = visibleMeetings(element, 'list')[0];
          list.scrollTop = 2000;
          await waitUntil(() => visibleMeetings(element, 'list')[0] !== first, 'the list scrolls to other meetings');
        });
      }
    });
  }
});
