/**
 * A browser without WebGL 2: the element stays a full list and says why there is no map. Its own
 * file, so the page has not answered "WebGL 2?" before the stub is in place.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { mount, rowsRendered, shadow, usePage } from './mount.js';

describe('the map without WebGL 2', () => {
  usePage();
  const getContext = HTMLCanvasElement.prototype.getContext;
  before(() => {
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      return kind === 'webgl2' ? null : (getContext as (...args: unknown[]) => unknown).call(this, kind, ...rest);
    } as typeof getContext;
  });
  after(() => {
    HTMLCanvasElement.prototype.getContext = getContext;
  });

  it('says the map is unavailable, downloads no MapLibre, and keeps the list whole', async () => {
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.view = 'both';
      el.mapStyle = '/basemap/style.json';
      el.meetings = [
        { slug: 'a', name: 'Alpha Group', day: 1, time: '19:00', location: 'Hall', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', latitude: 35.14, longitude: -90.04, types: ['O'] },
        { slug: 'b', name: 'Beta Online', day: 2, time: '20:00', conference_url: 'https://zoom.us/j/5550100', types: ['ONL'] },
      ];
    });
    await loaded;
    await rowsRendered(element, 2);
    await waitUntil(() => shadow(element).querySelector('.map-message[data-status="unavailable"]'), 'the reason is shown');
    expect(shadow(element).querySelector('.map-message')!.textContent).to.contain('WebGL 2');
    expect(performance.getEntriesByType('resource').filter((entry) => /maplibre|meeting-map/.test(entry.name))).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });
});
