/**
 * Smoke tests with real MapLibre in Chromium (WebGL2 runs headless), in a shadow root as in the
 * element, on the offline basemap the test server builds from Natural Earth (/basemap/style.json).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { englishWhole } from '../../src/i18n/english-whole.js';

// English whole, as the map's code always has it (it comes with the finder's chunk).
const EN = englishWhole().strings;
import { LAYER_IDS } from '../../src/map/map-layers.js';
import { createMeetingMap, type MeetingMapHandle } from '../../src/map/meeting-map.js';
import { all, meeting, NASHVILLE, POPLAR_AVE, UNION_AVE } from './fixtures.js';

const STYLE = '/basemap/style.json';

const meetings = [
  meeting('union', { at: UNION_AVE }),
  meeting('poplar', { at: POPLAR_AVE }),
  meeting('midtown', { at: [35.15, -90.05] }),
  meeting('nash-tue', { at: NASHVILLE, name: 'Downtown Church' }),
  meeting('nash-thu', { at: NASHVILLE, name: 'Downtown Church' }),
  meeting('online', { attendance: 'online', at: NASHVILLE }),
];

/** A sized map container inside a shadow root, like the element's. */
function shadowContainer(width = 600, height = 400): { host: HTMLElement; container: HTMLElement } {
  const host = document.createElement('div');
  document.body.append(host);
  const container = document.createElement('div');
  container.style.cssText = `width: ${width}px; height: ${height}px`;
  host.attachShadow({ mode: 'open' }).append(container);
  return { host, container };
}

/** Mocha counts the benign "ResizeObserver loop" report as a failure; maps resizing can cause it. */
function ignoreResizeObserverLoop(event: ErrorEvent): void {
  if (/ResizeObserver loop/.test(event.message)) event.stopImmediatePropagation();
}

describe('meeting map (real MapLibre)', () => {
  let host: HTMLElement | undefined;
  let handle: MeetingMapHandle | undefined;
  before(() => window.addEventListener('error', ignoreResizeObserverLoop, true));
  after(() => window.removeEventListener('error', ignoreResizeObserverLoop, true));
  afterEach(() => {
    handle?.destroy();
    host?.remove();
    handle = host = undefined;
  });

  it('puts its controls on the right, and on the left in a right-to-left language', async () => {
    const shadow = shadowContainer();
    host = shadow.host;
    handle = await createMeetingMap(shadow.container, { style: STYLE, strings: EN, onSelect: () => {}, onError: () => {} });
    expect(shadow.container.querySelector('.maplibregl-ctrl-top-right .maplibregl-ctrl-zoom-in')).to.not.equal(null);
    expect(shadow.container.querySelector('.maplibregl-ctrl-bottom-right .maplibregl-ctrl-attrib')).to.not.equal(null);
    handle.destroy();
    host.remove();
    const mirrored = shadowContainer();
    host = mirrored.host;
    handle = await createMeetingMap(mirrored.container, { style: STYLE, strings: EN, rtl: true, onSelect: () => {}, onError: () => {} });
    expect(mirrored.container.querySelector('.maplibregl-ctrl-top-left .maplibregl-ctrl-zoom-in')).to.not.equal(null);
    expect(mirrored.container.querySelector('.maplibregl-ctrl-bottom-left .maplibregl-ctrl-attrib')).to.not.equal(null);
  });

  it('draws the results’ places and clusters in a shadow root, labelled and translated, and removes itself', async () => {
    const shadow = shadowContainer();
    host = shadow.host;
    const { container } = shadow;
    const selected: string[][] = [];
    const errors: string[] = [];
    handle = await createMeetingMap(container, { style: STYLE, strings: EN, onSelect: (ids) => selected.push(ids), onError: (message) => errors.push(message) });
    const { map } = handle;
    handle.setResults(meetings, all(meetings));
    await map.once('idle');
    await waitUntil(() => map.queryRenderedFeatures({ layers: [LAYER_IDS.places] }).length > 0, 'places rendered', { timeout: 5000 });

    // MapLibre's CSS reached the shadow root.
    const canvas = container.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
    expect(getComputedStyle(canvas).position).to.equal('absolute');
    expect(canvas.getAttribute('aria-label')).to.equal(EN.mapCanvasLabel);
    expect(container.getAttribute('role')).to.equal('region');
    expect(container.getAttribute('aria-label')).to.equal(EN.mapRegionLabel);
    expect(container.querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('aria-label')).to.equal(EN.mapZoomIn);
    expect(container.querySelector('.maplibregl-ctrl-compass')).to.equal(null);
    expect(container.querySelector('.maplibregl-ctrl-attrib')!.textContent).to.contain('Natural Earth');

    // Nashville's two meetings share one place; Memphis's three nearby places form a cluster.
    const places = map.queryRenderedFeatures({ layers: [LAYER_IDS.places] });
    expect(places.map((feature) => feature.properties['count'])).to.deep.equal([2]);
    const clusters = map.queryRenderedFeatures({ layers: [LAYER_IDS.clusters] });
    expect(clusters.map((feature) => feature.properties['point_count'])).to.deep.equal([3]);
    // The count renders although the offline style has no `glyphs`.
    expect(map.queryRenderedFeatures({ layers: [LAYER_IDS.clusterCounts] })).to.have.length(1);

    // Pressing the place selects its meetings.
    const point = map.project([NASHVILLE[1], NASHVILLE[0]]);
    const box = canvas.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + point.x), Math.round(box.top + point.y)] });
    await waitUntil(() => selected.length === 1, 'place pressed');
    expect(selected[0]).to.deep.equal(['nash-tue', 'nash-thu']);

    // Selecting a meeting draws its place on top, even inside a cluster.
    handle.select('poplar');
    await map.once('idle');
    expect(map.queryRenderedFeatures({ layers: [LAYER_IDS.selection] })).to.have.length(1);
    expect(errors).to.deep.equal([]);

    handle.destroy();
    handle = undefined;
    expect(container.querySelector('canvas')).to.equal(null);
    expect(container.hasAttribute('role')).to.equal(false);
  });

  it('is made around the results it is given: framed at load, their places drawn without being set again', async () => {
    const shadow = shadowContainer();
    host = shadow.host;
    handle = await createMeetingMap(shadow.container, { style: STYLE, strings: EN, onSelect: () => {}, onError: () => {}, initial: { meetings, positions: all(meetings) } });
    const { map } = handle;
    // At load, before anything else moved the camera: every in-person result is in view.
    const bounds = map.getBounds();
    for (const at of [UNION_AVE, POPLAR_AVE, NASHVILLE]) expect(bounds.contains([at[1], at[0]]), `${at} in view at load`).to.equal(true);
    expect(map.getZoom(), 'framed, not the style\'s own view').to.be.greaterThan(5);
    await waitUntil(() => map.queryRenderedFeatures({ layers: [LAYER_IDS.places, LAYER_IDS.clusters] }).length > 0, 'the results drawn', { timeout: 5000 });
    // Its first idle can come in the same frame as `load`: the handle still tells it.
    let told = false;
    void handle.firstIdle.then(() => (told = true));
    await waitUntil(() => told, 'the first idle told', { timeout: 5000 });
  });

  it('expands a pressed cluster', async () => {
    const shadow = shadowContainer();
    host = shadow.host;
    handle = await createMeetingMap(shadow.container, { style: STYLE, strings: EN, onSelect: () => {}, onError: () => {} });
    const { map } = handle;
    // Pressed once the results are drawn where they are framed (as a person sees them): until the
    // new view's tiles are in, the clusters of the view before may still be on screen.
    const settled = map.once('idle');
    handle.setResults(meetings, all(meetings));
    await settled;
    await waitUntil(() => map.queryRenderedFeatures({ layers: [LAYER_IDS.clusters] }).length > 0, 'cluster rendered', { timeout: 5000 });
    const zoom = map.getZoom();
    const [cluster] = map.queryRenderedFeatures({ layers: [LAYER_IDS.clusters] });
    const point = map.project(cluster!.geometry.type === 'Point' ? (cluster!.geometry.coordinates as [number, number]) : [0, 0]);
    const box = map.getCanvas().getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + point.x), Math.round(box.top + point.y)] });
    await waitUntil(() => map.getZoom() > zoom + 1 && !map.isMoving(), 'zoomed in', { timeout: 5000 });
  });

  it('rejects when the style cannot be loaded', async () => {
    const shadow = shadowContainer();
    host = shadow.host;
    let failure: unknown;
    try {
      await createMeetingMap(shadow.container, { style: '/basemap/unavailable.json', strings: EN, onSelect: () => {}, onError: () => {} });
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(Error);
    expect(shadow.container.querySelector('canvas')).to.equal(null);
  });

  it('abandons a map that is no longer wanted while it loads', async () => {
    const shadow = shadowContainer();
    host = shadow.host;
    const abort = new AbortController();
    const creating = createMeetingMap(shadow.container, { style: STYLE, strings: EN, onSelect: () => {}, onError: () => {}, signal: abort.signal });
    abort.abort();
    let failure: unknown;
    try {
      await creating;
    } catch (error) {
      failure = error;
    }
    expect((failure as Error).name).to.equal('AbortError');
    expect(shadow.container.querySelector('canvas')).to.equal(null);
  });
});
