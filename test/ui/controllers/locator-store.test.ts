import { expect } from '@open-wc/testing';
import { EMPTY_FILTERS } from '../../../src/state/filter-state.js';
import { INITIAL_STATE, filtersChanged } from '../../../src/state/locator-state.js';
import { LocatorStore } from '../../../src/ui/controllers/locator-store.js';
import { fakeHost } from './fake-host.js';

describe('LocatorStore', () => {
  it('takes a new state and asks for an update; the same state changes nothing', () => {
    const host = fakeHost();
    const store = new LocatorStore(host);
    expect(store.state).to.equal(INITIAL_STATE);
    expect(store.apply(filtersChanged(store.state, EMPTY_FILTERS))).to.equal(false);
    expect(host.requested).to.equal(0);
    expect(store.apply(filtersChanged(store.state, { ...EMPTY_FILTERS, q: 'hope' }))).to.equal(true);
    expect(store.state.filters.q).to.equal('hope');
    expect(host.requested).to.equal(1);
  });
});
