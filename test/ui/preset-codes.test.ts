/**
 * A `types` preset in Meeting Guide codes ("W") is read when the finder's chunk brings the code
 * table. A page that sets the filters itself (`setFilters()`) after the element's first update but
 * before that chunk has arrived keeps its choice: the presets are not applied over it. This file
 * must be the first in its page to load a feed (the finder's chunk must still be on its way).
 */
import { expect } from '@open-wc/testing';
import { EMPTY_FILTERS } from '../../src/state/filter-state.js';
import { mount, rowsRendered, usePage } from './mount.js';

const MEETINGS = [
  { slug: 'alpha', name: 'Alpha Group', day: 1, time: '19:00', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', types: ['O', 'W'] },
  { slug: 'beta', name: 'Beta Group', day: 3, time: '12:00', formatted_address: '5 Poplar Ave, Memphis, TN 38104, USA', types: ['C'] },
];

describe('presets in Meeting Guide codes', () => {
  usePage();

  it('give way to setFilters() made before the code table is in', async () => {
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.setAttribute('types', 'W');
      el.meetings = MEETINGS;
    });
    // Right after the first update (a microtask after connecting): the finder's chunk, asked for
    // in it, takes at least a round trip to the server.
    for (let turns = 0; !element.hasUpdated && turns < 1000; turns++) await Promise.resolve();
    expect(element.hasUpdated, 'the first update').to.equal(true);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('/meeting-guide-types.')), 'the code table is not in yet').to.equal(false);
    element.setFilters({ ...EMPTY_FILTERS, features: ['closed'] });
    await loaded;
    await rowsRendered(element, 1);
    expect(element.currentFilters.features).to.deep.equal(['closed']);
    expect(element.results.map((meeting) => meeting.name)).to.deep.equal(['Beta Group']);
  });
});
