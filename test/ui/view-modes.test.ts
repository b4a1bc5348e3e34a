/**
 * Every view mode whole: at a phone's, a sidebar's and a desktop's width, in each of `auto`,
 * `both`, `map` and `list`, what a person must reach — the search field, the filter panel, the
 * count, the List / Map switch — is on top where it is drawn (the browser's own hit test, not only
 * "the element exists"), and a shown map is on top of its own pane, never over the controls. Real
 * MapLibre on the offline basemap: the map's canvas is what once covered the controls.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '../engines.js';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';
import type { MeetingMapHandle } from '../../src/map/meeting-map.js';
import { mount, rowsRendered, shadow, usePage } from './mount.js';

const ZONE = 'America/Chicago';

/** Fictional meetings in Memphis, a few online. */
const MEETINGS = Array.from({ length: 24 }, (_, i) => ({
  slug: `m${i}`,
  name: `Group ${i + 1}`,
  day: i % 7,
  time: `${String(7 + (i % 12)).padStart(2, '0')}:30`,
  location: `Hall ${i + 1}`,
  formatted_address: `${100 + i} Union Ave, Memphis, TN 38103, USA`,
  latitude: 35.1 + (i % 6) * 0.01,
  longitude: -90.05 + Math.floor(i / 6) * 0.01,
  types: i % 5 === 0 ? ['ONL', 'O'] : ['O'],
  ...(i % 5 === 0 ? { conference_url: 'https://zoom.us/j/5550100' } : {}),
}));

const WIDTHS = { phone: 390, sidebar: 720, desktop: 1280 } as const;
const VIEWS = ['auto', 'both', 'map', 'list'] as const;

function handleOf(element: MeetingLocator): MeetingMapHandle | undefined {
  return (element as unknown as { map: { handle?: MeetingMapHandle } }).map.handle;
}

async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Whether `node` is what a press at its centre reaches (it, or something inside it). */
function onTop(root: ShadowRoot, node: Element): string | true {
  const box = node.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return `${box.width}×${box.height} px`;
  const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (hit && (hit === node || node.contains(hit))) return true;
  return `covered by ${hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing'}`;
}

const shown = (node: Element | null): node is Element => node !== null && getComputedStyle(node).display !== 'none' && node.getBoundingClientRect().height > 0;

describe('every view mode, at every width', () => {
  usePage();
  before(async () => {
    await setViewport({ width: 1300, height: 1800 });
  });

  for (const view of VIEWS) {
    it(`view="${view}": the search, filters, count and switch are on top, the map only in its pane`, async () => {
      const { element, loaded } = mount((el) => {
        el.timezone = ZONE;
        el.meetings = MEETINGS;
        el.view = view;
        el.mapStyle = '/basemap/style.json';
      });
      element.style.removeProperty('--ml-list-height');
      await loaded;
      const root = shadow(element);
      const problems: string[] = [];
      for (const [name, width] of Object.entries(WIDTHS)) {
        element.parentElement!.style.width = `${width}px`;
        await frames();
        const list = root.querySelector('.list');
        const mapPane = root.querySelector('.map-pane');
        if (shown(mapPane)) {
          await waitUntil(() => handleOf(element), `${view} at ${name}: the map is made`, { timeout: 8000 });
          const map: MapLibreMap = handleOf(element)!.map;
          if (!map.loaded()) await map.once('idle');
          await frames();
        } else if (view !== 'map') {
          await rowsRendered(element);
        }
        const at = (what: string, result: string | true) => {
          if (result !== true) problems.push(`${view} at ${name} (${width}px): ${what} ${result}`);
        };
        at('the search field', onTop(root, root.querySelector('#q')!));
        at('the filter panel', onTop(root, root.querySelector('details.filters > summary')!));
        at('the count', onTop(root, root.querySelector('.count')!));
        const viewSwitch = root.querySelector('.view-switch');
        if (shown(viewSwitch)) {
          for (const button of viewSwitch.querySelectorAll('button')) {
            at(`the ${button.textContent!.trim()} button`, onTop(root, button));
            if (button.getBoundingClientRect().height < 24) problems.push(`${view} at ${name}: the switch is ${button.getBoundingClientRect().height}px tall`);
          }
        }
        if (shown(mapPane)) {
          const canvas = root.querySelector('.map canvas.maplibregl-canvas');
          if (!canvas) problems.push(`${view} at ${name}: no map canvas in the map's pane`);
          else at('the map', onTop(root, root.querySelector('.map')!));
          // The map is beside the finder or below its count: never under the controls.
          const pane = mapPane.getBoundingClientRect();
          const finder = root.querySelector('.finder')!.getBoundingClientRect();
          const summary = root.querySelector('.summary')!.getBoundingClientRect();
          if (!(pane.left >= finder.right - 1 || pane.top >= summary.bottom - 1)) problems.push(`${view} at ${name}: the map's pane overlaps the controls`);
        }
        if (shown(list)) at('the list', onTop(root, list));
        if (view === 'list' && mapPane) problems.push(`list at ${name}: a map pane is rendered`);
        const showsSomething = shown(list) || shown(mapPane);
        if (!showsSomething) problems.push(`${view} at ${name}: neither list nor map is shown`);
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
