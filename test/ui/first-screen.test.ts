/**
 * The first screen shows meetings. With the element at the top of a page, at 1280×900 and at
 * 390×844, a person sees at least three meetings (time and name on screen and on top) in every
 * layout that has a list, and the map in the map-first layout — counted by what is in the
 * viewport, as a person would, not by what exists in the DOM.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '../engines.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';
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

const SCREENS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Meetings whose time and name a person can see: inside the viewport and the list, and on top. */
function visibleMeetings(element: MeetingLocator): string[] {
  const root = shadow(element);
  const list = root.querySelector('.list')!.getBoundingClientRect();
  return rows(element).flatMap((row) => {
    const name = row.querySelector('h4')!;
    const time = row.querySelector('.time')!;
    const seen = [name, time].every((part) => {
      const box = part.getBoundingClientRect();
      if (box.top < Math.max(0, list.top) || box.bottom > Math.min(innerHeight, list.bottom)) return false;
      const hit = root.elementFromPoint(box.left + Math.min(box.width / 2, 20), box.top + box.height / 2);
      return hit !== null && part.contains(hit);
    });
    return seen ? [name.textContent!.trim()] : [];
  });
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

  for (const screen of SCREENS) {
    for (const view of ['list', 'auto', 'both'] as const) {
      it(`at ${screen.width}×${screen.height}, view="${view}": three meetings or more in view`, async () => {
        await setViewport({ width: screen.width, height: screen.height });
        scrollTo(0, 0);
        const { element, loaded } = mountAtTop(view, screen.width);
        await loaded;
        await rowsRendered(element);
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
      const map = root.querySelector('.map')!.getBoundingClientRect();
      // At least half the screen's height of map is on screen (or the whole map, when it is smaller).
      const onScreen = Math.min(map.bottom, innerHeight) - Math.max(map.top, 0);
      expect(onScreen).to.be.at.least(Math.min(map.height, innerHeight / 2) - 1);
      const hit = root.elementFromPoint(map.left + map.width / 2, Math.max(map.top, 0) + onScreen / 2);
      expect(hit?.classList.contains('maplibregl-canvas'), 'the map is on top').to.equal(true);
    });
  }

  it('in a short sidebar that gives it a height, the list takes the room left, shows meetings and scrolls', async () => {
    await setViewport({ width: 1280, height: 900 });
    const { element, loaded } = mount((el) => {
      el.timezone = ZONE;
      el.meetings = MEETINGS;
    });
    element.style.removeProperty('--ml-list-height');
    const sidebar = element.parentElement!;
    Object.assign(sidebar.style, { width: '320px', height: '480px', overflow: 'auto' });
    element.style.height = '100%';
    await loaded;
    await rowsRendered(element);
    await settled();
    const root = shadow(element);
    const list = root.querySelector<HTMLElement>('.list')!;
    const box = list.getBoundingClientRect();
    const side = sidebar.getBoundingClientRect();
    // The whole list inside the sidebar's box: no scrolling of the sidebar to reach its end.
    expect(box.top, 'the list starts inside the sidebar').to.be.at.least(side.top);
    expect(box.bottom, 'the list ends inside the sidebar').to.be.at.most(side.bottom + 1);
    expect(box.height, 'the list has room for meetings').to.be.at.least(150);
    expect(visibleMeetings(element).length).to.be.at.least(1);
    const first = visibleMeetings(element)[0];
    list.scrollTop = 2000;
    await waitUntil(() => visibleMeetings(element)[0] !== first, 'the list scrolls to other meetings');
  });
});
