/**
 * The element's map, with real MapLibre on the offline basemap: loaded only when shown, in step
 * with the list, removed and re-made with the element. This file must be the first to show a map
 * in its page, for the request log to prove anything: each test file has a page of its own.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { restorePosition, setPosition } from '../engines.js';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mount, rowNames, rowsRendered, shadow, usePage } from './mount.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';
import type { MeetingMapHandle } from '../../src/map/meeting-map.js';
import { LAYER_IDS } from '../../src/map/map-layers.js';

const ZONE = 'America/Chicago';
const CHURCH: [number, number] = [35.14, -90.04];

const MEETINGS = [
  { slug: 'a', name: 'Alpha Group', day: 1, time: '19:00', location: 'St. Mark’s Church', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', latitude: CHURCH[0], longitude: CHURCH[1], types: ['O'] },
  { slug: 'b', name: 'Beta Group', day: 3, time: '12:00', location: 'St. Mark’s Church', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', latitude: CHURCH[0], longitude: CHURCH[1], types: ['C'] },
  { slug: 'c', name: 'Gamma Group', day: 5, time: '18:00', location: 'Clubhouse', formatted_address: '1 Main St, Nashville, TN 37201, USA', latitude: 36.16, longitude: -86.78, types: ['O'] },
  { slug: 'd', name: 'Delta Online', day: 2, time: '20:00', conference_url: 'https://zoom.us/j/5550100', types: ['ONL'] },
];

/** The map the element made (its MapPanel is private: tests reach it as a person's eyes cannot). */
function handleOf(element: MeetingLocator): MeetingMapHandle | undefined {
  return (element as unknown as { map: { handle?: MeetingMapHandle } }).map.handle;
}

async function mapOf(element: MeetingLocator): Promise<MapLibreMap> {
  await waitUntil(() => handleOf(element), 'the map is made', { timeout: 8000 });
  const map = handleOf(element)!.map;
  if (!map.loaded() || map.isMoving()) await map.once('idle');
  return map;
}

async function settled(map: MapLibreMap): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (!map.loaded() || map.isMoving() || !map.areTilesLoaded()) await map.once('idle');
}

const maplibreRequests = () => performance.getEntriesByType('resource').filter((entry) => /maplibre|meeting-map/.test(entry.name));

function mountWithMap(view: MeetingLocator['view'] = 'both') {
  const mounted = mount((element) => {
    element.timezone = ZONE;
    element.meetings = MEETINGS;
    element.view = view;
    element.mapStyle = '/basemap/style.json';
  });
  mounted.element.parentElement!.style.width = '1100px';
  return mounted;
}

describe('the map in the element', () => {
  usePage();

  it('downloads no MapLibre byte until the map is shown, then draws the results', async () => {
    const { element, loaded } = mountWithMap('list');
    await loaded;
    await rowsRendered(element, 4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(maplibreRequests(), 'requests before the map is shown').to.deep.equal([]);

    element.view = 'both';
    const map = await mapOf(element);
    expect(maplibreRequests().some((entry) => entry.name.includes('maplibre-gl'))).to.equal(true);
    const canvas = shadow(element).querySelector<HTMLCanvasElement>('.map canvas.maplibregl-canvas')!;
    expect(getComputedStyle(canvas).position).to.equal('absolute');
    await settled(map);
    // Two places (the church's two meetings share one); the online meeting is not placed.
    const placed = map.queryRenderedFeatures({ layers: [LAYER_IDS.places, LAYER_IDS.clusters] });
    const counts = placed.map((feature) => Number(feature.properties['count'] ?? feature.properties['point_count'])).sort();
    expect(counts).to.deep.equal([1, 2]);
    expect(shadow(element).querySelector('.map-message')).to.equal(null);
  });

  it('follows the search: the map shows exactly the results', async () => {
    const { element, loaded } = mountWithMap();
    await loaded;
    const map = await mapOf(element);
    await settled(map);
    const input = shadow(element).querySelector<HTMLInputElement>('#q')!;
    input.value = 'gamma';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    await settled(map);
    const placed = map.queryRenderedFeatures({ layers: [LAYER_IDS.places, LAYER_IDS.clusters] });
    expect(placed).to.have.length(1);
    expect(String(placed[0]!.properties['ids'])).to.contain(element.results[0]!.id);
  });

  it('lists the meetings of a place pressed on the map, and all of them again on request', async () => {
    const { element, loaded } = mountWithMap();
    await loaded;
    await rowsRendered(element, 4);
    const map = await mapOf(element);
    await settled(map);
    // Zoomed to fit Memphis and Nashville, the church is one place: press it as a person would.
    const point = map.project([CHURCH[1], CHURCH[0]]);
    const box = map.getCanvas().getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + point.x), Math.round(box.top + point.y)] });
    await waitUntil(() => shadow(element).querySelector('.chosen'), 'the place is chosen');
    expect(shadow(element).querySelector('.chosen [role="status"]')!.textContent).to.equal('2 meetings at St. Mark’s Church');
    await rowsRendered(element, 2);
    expect(rowNames(element).sort()).to.deep.equal(['Alpha Group', 'Beta Group']);
    shadow(element).querySelector<HTMLButtonElement>('.chosen button')!.click();
    await rowsRendered(element, 4);
  });

  it('highlights and centres the meeting whose details are open', async () => {
    const { element, loaded } = mountWithMap();
    await loaded;
    await rowsRendered(element, 4);
    const map = await mapOf(element);
    await settled(map);
    const handle = handleOf(element)!;
    const selected: Array<string | undefined> = [];
    const select = handle.select.bind(handle);
    handle.select = (id) => {
      selected.push(id);
      select(id);
    };
    [...shadow(element).querySelectorAll<HTMLAnchorElement>('a.open')].find((a) => a.textContent === 'Gamma Group')!.click();
    await element.updateComplete;
    const gamma = element.results.find((meeting) => meeting.name === 'Gamma Group')!;
    expect(selected).to.deep.equal([gamma.id]);
    await settled(map);
    const centre = map.getCenter();
    expect(centre.lat).to.be.closeTo(36.16, 0.05);
    expect(centre.lng).to.be.closeTo(-86.78, 0.05);
  });

  it('shows the person’s position after "Near me"', async () => {
    const { element, loaded } = mountWithMap();
    await loaded;
    const map = await mapOf(element);
    await settled(map);
    expect(map.queryRenderedFeatures({ layers: [LAYER_IDS.position] })).to.have.length(0);
    await setPosition(CHURCH[0] + 0.01, CHURCH[1] + 0.01);
    shadow(element).querySelector<HTMLButtonElement>('.near-me')!.click();
    await waitUntil(() => element.currentFilters.sort === 'distance', 'sorted by distance');
    await element.updateComplete;
    await settled(map);
    await waitUntil(() => map.queryRenderedFeatures({ layers: [LAYER_IDS.position] }).length === 1, 'the position is drawn');
    restorePosition();
  });

  it('repaints its markers when the theme changes', async () => {
    const { element, loaded } = mountWithMap();
    await loaded;
    await mapOf(element);
    const handle = handleOf(element)!;
    const colors: unknown[] = [];
    const setColors = handle.setColors.bind(handle);
    handle.setColors = (next) => {
      colors.push(next);
      setColors(next);
    };
    element.theme = 'dark';
    await element.updateComplete;
    expect(colors).to.have.length(1);
    expect((colors[0] as { accent: string }).accent).to.equal('#8ab4f8');
  });

  it('removes its map when taken off the page and makes a new one when back', async () => {
    const { element, loaded } = mountWithMap();
    await loaded;
    await mapOf(element);
    const container = element.parentElement!;
    container.remove();
    expect(shadow(element).querySelector('.maplibregl-canvas')).to.equal(null);
    document.body.append(container);
    await waitUntil(() => shadow(element).querySelector('.maplibregl-canvas'), 'a new map', { timeout: 8000 });
  });

  it('gives each element on a page a map of its own', async () => {
    const first = mountWithMap();
    const second = mountWithMap();
    // A map is made only when it is on screen: both must fit in the viewport.
    for (const { element } of [first, second]) element.style.setProperty('--ml-list-height', '400px');
    await Promise.all([first.loaded, second.loaded]);
    const [one, two] = await Promise.all([mapOf(first.element), mapOf(second.element)]);
    expect(one).to.not.equal(two);
    expect(shadow(first.element).querySelectorAll('.maplibregl-canvas')).to.have.length(1);
    expect(shadow(second.element).querySelectorAll('.maplibregl-canvas')).to.have.length(1);
  });

  it('says beside the map how the list does by keyboard what pressing a place does', async function () {
    // axe over a page with a real map takes a while on a loaded machine.
    this.timeout(30000);
    const { element, loaded } = mountWithMap();
    await loaded;
    await mapOf(element);
    const region = shadow(element).querySelector<HTMLElement>('.map[role="region"]')!;
    const hint = shadow(element).getElementById(region.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.equal('Every place on the map is also in the list: to list the meetings at a place, search for its name or address, or use the filters.');
    // Shown, right under the map.
    const [map, below] = [region.getBoundingClientRect(), hint.getBoundingClientRect()];
    expect(below.height).to.be.greaterThan(10);
    expect(below.top).to.be.at.least(map.bottom - 1);
    expect(below.top - map.bottom).to.be.below(24);
    await expect(element).to.be.accessible();
  });

  it('rings the focused map with 3 px, like every other control, and gives its credits 24 × 24 px targets', async function () {
    this.timeout(30000);
    const { element, loaded } = mountWithMap();
    await loaded;
    const map = await mapOf(element);
    await settled(map);
    const canvas = map.getCanvas();
    canvas.focus({ focusVisible: true } as FocusOptions);
    expect(shadow(element).activeElement).to.equal(canvas);
    expect(canvas.matches(':focus-visible'), 'focused as by keyboard').to.equal(true);
    expect(getComputedStyle(canvas).outlineStyle).to.equal('solid');
    expect(getComputedStyle(canvas).outlineWidth).to.equal('3px');
    // The credits' button, and the credits as the control shows them expanded (its own state: in
    // this setup a press toggles it twice, so it is opened as MapLibre's toggle leaves it).
    const control = shadow(element).querySelector<HTMLDetailsElement>('details.maplibregl-ctrl-attrib')!;
    const button = control.querySelector('summary')!.getBoundingClientRect();
    expect([button.width, button.height].every((side) => side >= 24), `credits button ${button.width}×${button.height}`).to.equal(true);
    control.classList.add('maplibregl-compact-show');
    control.open = true;
    await waitUntil(() => control.querySelector('.maplibregl-ctrl-attrib-inner a')?.getBoundingClientRect().height, 'the credits shown', { timeout: 5000 });
    const links = [...shadow(element).querySelectorAll<HTMLAnchorElement>('.maplibregl-ctrl-attrib-inner a')];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) {
      const box = link.getBoundingClientRect();
      expect(box.width >= 24 && box.height >= 24, `${link.textContent} is ${box.width}×${box.height}`).to.equal(true);
    }
  });
});
