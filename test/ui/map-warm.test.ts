/**
 * The map warmed ahead of need (issue 11: the map in a second): with a map pane on the page but not
 * shown (a narrow element's List / Map switch), MapLibre's chunk and worker are fetched once the list
 * shows and the browser idles, and nothing is asked of the map style's host until Map is pressed.
 * With no map pane (`view="list"`) nothing of the map is fetched. Each test file has a page of its
 * own, so this file's request log holds only its own maps; the `list` test runs first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { mount, rowsRendered, shadow, usePage } from './mount.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';

const MEETINGS = [
  { slug: 'a', name: 'Alpha Group', day: 1, time: '19:00', location: 'St. Mark’s Church', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', latitude: 35.14, longitude: -90.04, types: ['O'] },
  { slug: 'b', name: 'Gamma Group', day: 5, time: '18:00', location: 'Clubhouse', formatted_address: '1 Main St, Nashville, TN 37201, USA', latitude: 36.16, longitude: -86.78, types: ['O'] },
];
const STYLE = '/basemap/style.json';

const requested = (pattern: RegExp) => performance.getEntriesByType('resource').filter((entry) => pattern.test(entry.name)).map((entry) => entry.name);
const mapStatus = (element: MeetingLocator) => (element as unknown as { map: { status: string } }).map.status;

function mountNarrow(view: MeetingLocator['view']) {
  const mounted = mount((element) => {
    element.timezone = 'America/Chicago';
    element.meetings = MEETINGS;
    element.view = view;
    element.mapStyle = STYLE;
  });
  // A phone's width: the List / Map switch, the list shown, the map's pane there but hidden.
  mounted.element.parentElement!.style.width = '380px';
  return mounted;
}

describe('the map warmed ahead of need', () => {
  usePage();

  it('fetches nothing of the map when the element has no map pane (view="list")', async () => {
    const { element, loaded } = mountNarrow('list');
    await loaded;
    await rowsRendered(element, 2);
    // Past the idle callback's fallback delay (1 s) in engines without requestIdleCallback.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(requested(/maplibre|meeting-map/), 'map requests with no map pane').to.deep.equal([]);
  });

  it('fetches MapLibre and its worker while the list shows, and the style only once Map is pressed', async () => {
    const { element, loaded } = mountNarrow('auto');
    await loaded;
    await rowsRendered(element, 2);
    const mapButton = shadow(element).querySelectorAll<HTMLButtonElement>('.view-switch button')[1]!;
    expect(mapButton.getAttribute('aria-pressed')).to.equal('false');
    await waitUntil(() => requested(/maplibre-gl-worker/).length > 0, 'the worker is fetched while the list shows', { timeout: 8000 });
    // Warmed, not made: no map, no style, no tiles.
    expect(mapStatus(element)).to.equal('idle');
    expect(shadow(element).querySelector('.map canvas')).to.equal(null);
    expect(requested(/basemap/), 'style requests before the map is shown').to.deep.equal([]);

    mapButton.click();
    await waitUntil(() => mapStatus(element) === 'ready', 'the map is made once shown', { timeout: 8000 });
    expect(requested(/basemap\/style\.json/)).to.have.length(1);
    // The warm worker is the map's: MapLibre fetched its worker script once.
    expect(requested(/maplibre-gl-worker/)).to.have.length(1);
  });
});
