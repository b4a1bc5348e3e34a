/**
 * The map pane's controller on its own: it waits for the meetings and for its container to be on
 * screen before it fetches MapLibre, feeds the map after updates, follows the theme, and lets the
 * map go with the element. Real MapLibre on the offline basemap.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { adaptMeetingGuide } from '../../../src/feeds/meeting-guide.js';
import { englishWhole } from '../../../src/i18n/english-whole.js';

// English whole, as the map's code always has it (it comes with the finder's chunk).
const EN = englishWhole().strings;
import type { MapColors } from '../../../src/map/map-layers.js';
import { MapPaneController, type MapInputs } from '../../../src/ui/controllers/map-pane-controller.js';
import { fakeHost } from './fake-host.js';

const MEETINGS = adaptMeetingGuide(
  [
    { slug: 'a', name: 'Alpha', day: 1, time: '19:00', latitude: 35.14, longitude: -90.04, formatted_address: '1 Main St, Memphis, TN 38103, USA' },
    { slug: 'b', name: 'Beta', day: 2, time: '12:00', latitude: 35.15, longitude: -90.0, formatted_address: '2 Main St, Memphis, TN 38103, USA' },
  ],
  { source: 'inline' },
).meetings;

const maplibreRequests = () => performance.getEntriesByType('resource').filter((entry) => /maplibre|meeting-map/.test(entry.name));

function setup() {
  const host = fakeHost();
  host.renderRoot.innerHTML = '<div class="map" style="width: 400px; height: 300px; display: none"></div>';
  let inputs: MapInputs | undefined;
  const pane = new MapPaneController(
    host,
    () => ({ style: '/basemap/style.json', strings: EN, onSelect: () => undefined }),
    () => ({ container: host.renderRoot.querySelector<HTMLElement>('.map') ?? undefined, inputs }),
  );
  host.connect();
  return { host, pane, container: host.renderRoot.querySelector<HTMLElement>('.map')!, give: (next: MapInputs | undefined) => (inputs = next) };
}

/** Mocha counts the benign "ResizeObserver loop" report as a failure; maps resizing can cause it (WebKit). */
function ignoreResizeObserverLoop(event: ErrorEvent): void {
  if (/ResizeObserver loop/.test(event.message)) event.stopImmediatePropagation();
}

describe('MapPaneController', () => {
  before(() => window.addEventListener('error', ignoreResizeObserverLoop, true));
  after(() => window.removeEventListener('error', ignoreResizeObserverLoop, true));

  it('fetches nothing until there are meetings, asks nothing of the style until its container is on screen, then draws them', async () => {
    const { host, pane, container, give } = setup();
    host.update();
    container.style.display = 'block';
    host.update();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pane.status, 'no meetings yet').to.equal('idle');
    expect(maplibreRequests(), 'no meetings yet').to.deep.equal([]);
    container.style.display = 'none';
    give({ meetings: MEETINGS, positions: [0, 1], selected: undefined, position: undefined });
    host.update();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pane.status, 'not on screen').to.equal('idle');
    // MapLibre may be warmed by now (its chunk and worker: see map-warm.test.ts), but no map is
    // made and nothing is asked of the style's host.
    expect(container.querySelector('canvas')).to.equal(null);
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/basemap/'))).to.deep.equal([]);
    container.style.display = 'block';
    await waitUntil(() => pane.status === 'ready', 'the map is made once shown', { timeout: 8000 });
    await pane.firstIdle;
    expect(container.querySelector('canvas.maplibregl-canvas')).to.not.equal(null);
    host.disconnect();
    expect(container.querySelector('canvas.maplibregl-canvas'), 'removed with the element').to.equal(null);
    expect(pane.status).to.equal('idle');
    host.remove();
  });

  it('gives the map the results again only when they are other meetings or another order', async () => {
    const { host, pane, container, give } = setup();
    container.style.display = 'block';
    give({ meetings: MEETINGS, positions: [0, 1], selected: undefined, position: undefined });
    host.update();
    await waitUntil(() => pane.status === 'ready', 'the map', { timeout: 8000 });
    const handle = (pane as unknown as { handle: { setResults(meetings: readonly unknown[], positions: ArrayLike<number>): void } }).handle;
    const given: number[][] = [];
    const setResults = handle.setResults.bind(handle);
    handle.setResults = (meetings, positions) => {
      given.push(Array.from(positions));
      setResults(meetings, positions);
    };
    // The same results recomputed (a minute turning over, the List / Map switch): a new array with
    // the same meetings. Sending them would cost the map a second round of clustering and tiles.
    give({ meetings: MEETINGS, positions: Int32Array.of(0, 1), selected: undefined, position: undefined });
    host.update();
    expect(given, 'the same results').to.deep.equal([]);
    give({ meetings: MEETINGS, positions: Int32Array.of(1, 0), selected: undefined, position: undefined });
    host.update();
    give({ meetings: MEETINGS, positions: Int32Array.of(1), selected: undefined, position: undefined });
    host.update();
    expect(given).to.deep.equal([[1, 0], [1]]);
    host.disconnect();
    host.remove();
  });

  it('repaints the markers in the element’s colours when its theme changes', async () => {
    const { host, pane, container, give } = setup();
    container.style.display = 'block';
    give({ meetings: MEETINGS, positions: [0, 1], selected: undefined, position: undefined });
    host.update();
    await waitUntil(() => pane.status === 'ready', 'the map', { timeout: 8000 });
    const handle = (pane as unknown as { handle: { setColors(colors: Partial<MapColors>): void } }).handle;
    const painted: Array<Partial<MapColors>> = [];
    const setColors = handle.setColors.bind(handle);
    handle.setColors = (colors) => {
      painted.push(colors);
      setColors(colors);
    };
    host.style.setProperty('--_ml-color-accent', '#7a1f5c');
    host.setAttribute('theme', 'dark');
    host.update();
    host.update();
    expect(painted, 'once per change of theme').to.have.length(1);
    expect(painted[0]!.accent).to.equal('#7a1f5c');
    host.disconnect();
    host.remove();
  });
});
