import { expect, waitUntil } from '@open-wc/testing';
import type { Point } from 'geojson';
import { ANIMATION_MS, MapController, type MapControllerOptions } from '../../src/map/map-controller.js';
import { DEFAULT_MAP_COLORS, LAYER_IDS, SOURCE_IDS, countFont } from '../../src/map/map-layers.js';
import { container, FakeMap, removeContainers } from './fake-map.js';
import { groupPlaces } from '../../src/map/map-features.js';
import { all, meeting, NASHVILLE, POPLAR_AVE, UNION_AVE } from './fixtures.js';

const memphis = [meeting('tue', { at: UNION_AVE }), meeting('thu', { at: UNION_AVE }), meeting('poplar', { at: POPLAR_AVE }), meeting('zoom', { attendance: 'online' })];

const frames = (count: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(count);
});

function setup(options: Partial<MapControllerOptions> = {}, element = container()) {
  const map = new FakeMap(element);
  const selected: string[][] = [];
  const controller = new MapController(map, { onSelect: (ids) => selected.push(ids), prefersReducedMotion: () => false, ...options });
  return { map, controller, selected, source: (id: string) => map.sources.get(id)! };
}

describe('map controller', () => {
  afterEach(removeContainers);

  it('adds a clustered source for places and layers for clusters, counts, places, position and selection', () => {
    const { map } = setup();
    expect(map.sources.get(SOURCE_IDS.places)!.spec).to.include({ cluster: true, clusterMaxZoom: 14, clusterRadius: 50 });
    expect(map.layers.map((layer) => layer.id)).to.deep.equal([LAYER_IDS.clusters, LAYER_IDS.clusterCounts, LAYER_IDS.places, LAYER_IDS.position, LAYER_IDS.selection]);
    const counts = map.layers.find((layer) => layer.id === LAYER_IDS.clusterCounts)!;
    expect(counts.layout).to.deep.include({ 'text-field': ['get', 'point_count_abbreviated'] });
    expect(counts.layout).not.to.have.property('text-font');
  });

  it('draws in the colours it is given, and the defaults for the rest', () => {
    const { map } = setup({ colors: { accent: '#123456' } });
    const places = map.layers.find((layer) => layer.id === LAYER_IDS.places)!;
    expect(places.paint).to.deep.include({ 'circle-color': '#123456', 'circle-stroke-color': DEFAULT_MAP_COLORS.background });
  });

  it('repaints its markers in new colours (a theme change)', () => {
    const { map, controller } = setup();
    controller.setColors({ accent: '#8ab4f8', accentText: '#0b1a2e' });
    const painted = (layerId: string, name: string) => map.paints.filter((paint) => paint.layerId === layerId && paint.name === name).map((paint) => paint.value);
    expect(painted(LAYER_IDS.places, 'circle-color')).to.deep.equal(['#8ab4f8']);
    expect(painted(LAYER_IDS.clusters, 'circle-color')).to.deep.equal(['#8ab4f8']);
    expect(painted(LAYER_IDS.clusterCounts, 'text-color')).to.deep.equal(['#0b1a2e']);
  });

  it('uses a font the style serves for cluster counts when the style has glyphs', () => {
    const style = { glyphs: 'https://example.org/{fontstack}/{range}.pbf', layers: [{ id: 'a', type: 'symbol' as const, source: 's', layout: { 'text-font': ['Noto Sans Regular'] } }, { id: 'b', type: 'symbol' as const, source: 's', layout: { 'text-font': ['Noto Sans Bold'] } }] };
    expect(countFont(style)).to.deep.equal(['Noto Sans Bold']);
    expect(countFont({ layers: style.layers })).to.equal(undefined);
    const { map } = setup({ textFont: ['Noto Sans Bold'] });
    expect(map.layers.find((layer) => layer.id === LAYER_IDS.clusterCounts)!.layout).to.deep.include({ 'text-font': ['Noto Sans Bold'] });
  });

  it('shows exactly the placed results and frames them, at once the first time', () => {
    const { map, controller, source } = setup();
    controller.setResults(memphis, all(memphis));
    const features = source(SOURCE_IDS.places).data!.features;
    expect(features).to.have.length(2);
    expect(features[0]!.properties).to.include({ count: 2 });
    expect(map.fits).to.have.length(1);
    expect(map.fits[0]!.bounds).to.deep.equal([[-90.04, 35.138], [-90.01, 35.14]]);
    expect(map.fits[0]!.options).to.deep.equal({ padding: 40, maxZoom: 15, duration: 0, linear: true });
  });

  it('frames a single place with padding and a maximum zoom, and eases on later changes', () => {
    const { map, controller } = setup();
    controller.setResults(memphis, all(memphis));
    controller.setResults(memphis, [0]);
    expect(map.fits[1]!.bounds).to.deep.equal([[-90.04, 35.14], [-90.04, 35.14]]);
    expect(map.fits[1]!.options).to.deep.equal({ padding: 40, maxZoom: 15, duration: ANIMATION_MS, linear: true });
  });

  it('does not move when no result is on the map', () => {
    const { map, controller, source } = setup();
    controller.setResults(memphis, [3]);
    expect(source(SOURCE_IDS.places).data!.features).to.have.length(0);
    expect(map.fits).to.have.length(0);
  });

  it('highlights and centres the selected meeting’s place, and clears it', () => {
    const { map, controller, source } = setup();
    controller.setResults(memphis, all(memphis));
    controller.select('poplar');
    const selection = source(SOURCE_IDS.selection).data!.features;
    expect(selection).to.have.length(1);
    expect((selection[0]!.geometry as Point).coordinates).to.deep.equal([-90.01, 35.138]);
    expect(map.eases).to.deep.equal([{ center: [-90.01, 35.138], duration: ANIMATION_MS }]);
    controller.select(undefined);
    expect(source(SOURCE_IDS.selection).data!.features).to.have.length(0);
    controller.select('zoom');
    expect(source(SOURCE_IDS.selection).data!.features).to.have.length(0);
    expect(map.eases).to.have.length(1);
  });

  it('keeps the selection while its meeting stays in the results, and drops it when filtered out', () => {
    const { map, controller, source } = setup();
    controller.setResults(memphis, all(memphis));
    controller.select('tue');
    controller.setResults(memphis, [0, 2]);
    expect(source(SOURCE_IDS.selection).data!.features).to.have.length(1);
    controller.setResults(memphis, [2]);
    expect(source(SOURCE_IDS.selection).data!.features).to.have.length(0);
    expect(map.eases).to.have.length(1);
  });

  it('selects the meetings of a pressed place', () => {
    const { map, controller, selected, source } = setup();
    controller.setResults(memphis, all(memphis));
    const place = source(SOURCE_IDS.places).data!.features[0]!;
    map.fire('click', LAYER_IDS.places, { features: [{ geometry: place.geometry, properties: place.properties }] });
    expect(selected).to.deep.equal([['tue', 'thu']]);
  });

  it('zooms a pressed cluster to its expansion zoom, centred on it', async () => {
    const { map, controller, source } = setup();
    controller.setResults(memphis, all(memphis));
    source(SOURCE_IDS.places).expansionZoom = 12;
    map.fire('click', LAYER_IDS.clusters, { features: [{ geometry: { type: 'Point', coordinates: [-90.03, 35.139] }, properties: { cluster_id: 7, point_count: 2 } }] });
    await waitUntil(() => map.eases.length === 1);
    expect(map.eases[0]).to.deep.equal({ center: [-90.03, 35.139], zoom: 12, duration: ANIMATION_MS });
  });

  it('shows a pointer over places and clusters', () => {
    const { map } = setup();
    map.fire('mouseenter', LAYER_IDS.clusters);
    expect(map.canvas.style.cursor).to.equal('pointer');
    map.fire('mouseleave', LAYER_IDS.clusters);
    expect(map.canvas.style.cursor).to.equal('');
    map.fire('mouseenter', LAYER_IDS.places);
    expect(map.canvas.style.cursor).to.equal('pointer');
  });

  it('does not animate when the person prefers reduced motion', async () => {
    const { map, controller, source } = setup({ prefersReducedMotion: () => true });
    controller.setResults(memphis, all(memphis));
    controller.setResults(memphis, [0]);
    controller.select('tue');
    map.fire('click', LAYER_IDS.clusters, { features: [{ geometry: { type: 'Point', coordinates: [-90.03, 35.139] }, properties: { cluster_id: 1 } }] });
    await waitUntil(() => map.eases.length === 2);
    expect(map.fits.map((fit) => fit.options.duration)).to.deep.equal([0, 0]);
    expect(map.eases.map((ease) => ease.duration)).to.deep.equal([0, 0]);
    expect(source(SOURCE_IDS.places).data!.features).to.have.length(1);
  });

  it('shows and hides the person’s position', () => {
    const { controller, source } = setup();
    controller.showPosition({ latitude: 36.16, longitude: -86.78 });
    expect((source(SOURCE_IDS.position).data!.features[0]!.geometry as Point).coordinates).to.deep.equal([-86.78, 36.16]);
    controller.showPosition(undefined);
    expect(source(SOURCE_IDS.position).data!.features).to.have.length(0);
  });

  it('waits for a hidden map’s first real size to frame the results, then resizes and fits', async () => {
    const element = container(600, 400, true);
    const { map, controller } = setup({}, element);
    const nashville = [...memphis, meeting('nash', { at: NASHVILLE })];
    controller.setResults(nashville, all(nashville));
    expect(map.fits).to.have.length(0);
    element.style.display = '';
    await waitUntil(() => map.fits.length === 1, 'fitted once visible');
    expect(map.resizes).to.be.greaterThan(0);
    expect(map.fits[0]!.options).to.include({ padding: 40, duration: 0 });
  });

  it('follows later size changes without re-framing, and leaves the size it was made at alone', async () => {
    const element = container(600, 400);
    const { map, controller } = setup({}, element);
    controller.setResults(memphis, all(memphis));
    // The observer's first report is the size the map was made at: MapLibre has it already.
    await frames(2);
    expect(map.resizes, 'no resize for the size it was made at').to.equal(0);
    element.style.width = '500px';
    await waitUntil(() => map.resizes === 1, 'resized');
    expect(map.fits).to.have.length(1);
  });

  it('starts with the places the map was made around: sent once, already framed', async () => {
    const element = container(600, 400);
    const initial = groupPlaces(memphis, all(memphis));
    const { map, controller, selected, source } = setup({ initial }, element);
    // In the source from its creation: MapLibre's worker clusters and tiles them once, not an
    // empty source first and the places in a second round.
    expect(source(SOURCE_IDS.places).spec.data).to.equal(initial.collection);
    expect(source(SOURCE_IDS.places).sets).to.equal(0);
    await frames(2);
    // The map was made with these bounds: neither framed again nor resized.
    expect(map.fits).to.have.length(0);
    expect(map.resizes).to.equal(0);
    // Pressing a place and selecting work on the initial places.
    const place = source(SOURCE_IDS.places).spec.data as typeof initial.collection;
    map.fire('click', LAYER_IDS.places, { features: [{ geometry: place.features[0]!.geometry, properties: { ...place.features[0]!.properties } }] });
    expect(selected).to.deep.equal([['tue', 'thu']]);
    controller.select('poplar');
    expect(source(SOURCE_IDS.selection).data!.features).to.have.length(1);
    // Later results move the map smoothly, as any change after the first framing does.
    controller.setResults(memphis, [2]);
    expect(source(SOURCE_IDS.places).sets).to.equal(1);
    expect(map.fits.map((fit) => fit.options.duration)).to.deep.equal([ANIMATION_MS]);
  });

  it('frames the initial places at the first real size when made hidden', async () => {
    const element = container(600, 400, true);
    const { map } = setup({ initial: groupPlaces(memphis, all(memphis)) }, element);
    expect(map.fits).to.have.length(0);
    element.style.display = '';
    await waitUntil(() => map.fits.length === 1, 'fitted once visible');
    expect(map.fits[0]!.options).to.include({ duration: 0 });
  });

  it('sends the selection to the map only when it changes', () => {
    const { controller, source } = setup();
    controller.setResults(memphis, all(memphis));
    controller.setResults(memphis, [0, 1, 2]);
    expect(source(SOURCE_IDS.selection).sets, 'nothing selected, nothing sent').to.equal(0);
    controller.select('tue');
    controller.select('tue');
    expect(source(SOURCE_IDS.selection).sets).to.equal(1);
    controller.select('thu');
    expect(source(SOURCE_IDS.selection).sets, 'the same place').to.equal(1);
    controller.select(undefined);
    controller.select('zoom');
    expect(source(SOURCE_IDS.selection).sets).to.equal(2);
    expect(source(SOURCE_IDS.selection).data!.features).to.have.length(0);
  });

  it('removes the map and stops listening when destroyed', async () => {
    const element = container(600, 400);
    const { map, controller, selected } = setup({}, element);
    controller.setResults(memphis, all(memphis));
    controller.destroy();
    expect(map.removed).to.equal(true);
    expect(map.listenerCount()).to.equal(0);
    const resizes = map.resizes;
    element.style.width = '300px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    controller.setResults(memphis, [0]);
    controller.select('tue');
    expect(map.resizes).to.equal(resizes);
    expect(map.fits).to.have.length(1);
    expect(map.eases).to.have.length(0);
    expect(selected).to.have.length(0);
  });
});
