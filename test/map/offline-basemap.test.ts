/**
 * The offline basemap the demo, the tests and the bench draw on (scripts/offline-basemap.mjs): vector
 * tiles, as a hosted style serves, so MapLibre's worker decodes only the tiles in view instead of
 * indexing the whole world's GeoJSON on every map's start.
 */
import { expect } from '@open-wc/testing';
import { englishWhole } from '../../src/i18n/english-whole.js';
import { createMeetingMap, type MeetingMapHandle } from '../../src/map/meeting-map.js';
import { all, meeting, NASHVILLE, UNION_AVE } from './fixtures.js';

const EN = englishWhole().strings;
const STYLE = '/basemap/style.json';

interface StyleSource {
  type: string;
  tiles?: string[];
  maxzoom?: number;
}

describe('offline basemap', () => {
  let handle: MeetingMapHandle | undefined;
  let container: HTMLElement | undefined;
  afterEach(() => {
    handle?.destroy();
    container?.remove();
    handle = container = undefined;
  });

  it('is one vector source whose tiles are named absolutely, on the page’s own server', async () => {
    const style = (await (await fetch(STYLE)).json()) as { sources: Record<string, StyleSource> };
    const sources = Object.values(style.sources);
    expect(sources.map((source) => source.type)).to.deep.equal(['vector']);
    // MapLibre fetches tiles from its worker: a relative URL there has no page to resolve against.
    expect(sources[0]!.tiles).to.deep.equal([`${location.origin}/basemap/tiles/{z}/{x}/{y}.pbf`]);
    expect(sources[0]!.maxzoom).to.equal(6);
  });

  it('answers open sea with an empty tile, not a 404 the console would list as failed, and land with data', async () => {
    // z3: x=0, y=5 is the South Pacific (180°–135° W, 41°–67° S); z2: x=0, y=0 holds Alaska.
    const sea = await fetch('/basemap/tiles/3/0/5.pbf');
    expect(sea.status).to.equal(200);
    expect((await sea.arrayBuffer()).byteLength).to.equal(0);
    const land = await fetch('/basemap/tiles/2/0/0.pbf');
    expect((await land.arrayBuffer()).byteLength).to.be.greaterThan(0);
  });

  it('draws land, state and country borders from its tiles, with no error at any zoom shown', async () => {
    container = document.createElement('div');
    container.style.cssText = 'width: 600px; height: 400px';
    document.body.append(container);
    const errors: string[] = [];
    const meetings = [meeting('union', { at: UNION_AVE }), meeting('nash', { at: NASHVILLE })];
    handle = await createMeetingMap(container, { style: STYLE, strings: EN, onSelect: () => {}, onError: (message) => errors.push(message), initial: { meetings, positions: all(meetings) } });
    const { map } = handle;
    await handle.firstIdle;
    // Memphis to Nashville: Tennessee's borders with Arkansas and Mississippi, on land (z7+, overzoomed).
    expect(map.getZoom()).to.be.greaterThan(6);
    expect(map.queryRenderedFeatures({ layers: ['land'] }).length, 'land').to.be.greaterThan(0);
    expect(map.queryRenderedFeatures({ layers: ['state-borders'] }).length, 'state borders').to.be.greaterThan(0);
    // North America whole: the borders with Canada and Mexico.
    map.jumpTo({ center: [-100, 40], zoom: 1.5 });
    await map.once('idle');
    expect(map.queryRenderedFeatures({ layers: ['country-borders'] }).length, 'country borders').to.be.greaterThan(0);
    // The South Pacific at z3: tiles with no land or border at all, which the server has no data for.
    map.jumpTo({ center: [-157, -53], zoom: 3.2 });
    await map.once('idle');
    expect(map.queryRenderedFeatures({ layers: ['land'] }), 'land in the South Pacific').to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(container.querySelector('.maplibregl-ctrl-attrib')!.textContent).to.contain('Natural Earth');
  });
});
