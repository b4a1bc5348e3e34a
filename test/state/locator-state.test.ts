import { expect } from '@open-wc/testing';
import { EMPTY_FILTERS } from '../../src/state/filter-state.js';
import {
  INITIAL_STATE,
  chosenCleared,
  detailClosed,
  detailOpened,
  filterListToggled,
  filterPanelToggled,
  filtersChanged,
  filtersRestored,
  nearStopped,
  panelOpen,
  panelToggled,
  paneShown,
  placeChosen,
  placePressed,
  positionFound,
  regionQueryTyped,
  shownPane,
  type LocatorState,
} from '../../src/state/locator-state.js';

const HERE = { latitude: 35.14, longitude: -90.05 };
const PLACES = [{ name: 'Midtown' }, { name: 'Germantown' }];
const pressed: LocatorState = placePressed(INITIAL_STATE, ['a', 'b'], 'St. Mark’s Church');

describe('the element’s state and its transitions', () => {
  it('starts with no filters, the filter panel closed, nothing open', () => {
    expect(INITIAL_STATE.filters).to.equal(EMPTY_FILTERS);
    expect(INITIAL_STATE.filtersOpen).to.equal(false);
    expect(INITIAL_STATE.detailId).to.equal(undefined);
    expect(shownPane(INITIAL_STATE, 'auto')).to.equal('list');
    expect(shownPane(INITIAL_STATE, 'map')).to.equal('map');
    expect(Object.isFrozen(INITIAL_STATE)).to.equal(true);
  });

  it('returns the same state when nothing changes, so nothing renders anew', () => {
    expect(filtersChanged(INITIAL_STATE, { ...EMPTY_FILTERS, days: [] })).to.equal(INITIAL_STATE);
    expect(filterPanelToggled(INITIAL_STATE, false)).to.equal(INITIAL_STATE);
    expect(filterListToggled(INITIAL_STATE, 'regions', false)).to.equal(INITIAL_STATE);
    expect(regionQueryTyped(INITIAL_STATE, '')).to.equal(INITIAL_STATE);
    expect(detailClosed(INITIAL_STATE)).to.equal(INITIAL_STATE);
    expect(chosenCleared(INITIAL_STATE)).to.equal(INITIAL_STATE);
    expect(placePressed(INITIAL_STATE, [], 'Nowhere')).to.equal(INITIAL_STATE);
    const opened = panelToggled(INITIAL_STATE, 'faq', true);
    expect(panelToggled(opened, 'faq', true)).to.equal(opened);
  });

  it('never changes the state it is given', () => {
    const before = JSON.stringify(pressed, (_key, value: unknown) => (value instanceof Set ? [...value] : value));
    filtersChanged(pressed, { ...EMPTY_FILTERS, q: 'x' });
    nearStopped(positionFound(pressed, HERE));
    filterListToggled(pressed, 'features', true);
    expect(JSON.stringify(pressed, (_key, value: unknown) => (value instanceof Set ? [...value] : value))).to.equal(before);
  });

  it('new filters drop a place pressed on the map', () => {
    const next = filtersChanged(pressed, { ...EMPTY_FILTERS, q: 'women' });
    expect(next.filters.q).to.equal('women');
    expect(next.chosen).to.equal(undefined);
  });

  it('filters from the URL or presets open the long lists that hold a choice', () => {
    const next = filtersRestored(INITIAL_STATE, { ...EMPTY_FILTERS, features: ['women'], regions: ['Midtown'] });
    expect([...next.openLists].sort()).to.deep.equal(['features', 'regions']);
    expect(filtersRestored(INITIAL_STATE, EMPTY_FILTERS)).to.equal(INITIAL_STATE);
  });

  it('near me: nearest first from the person, a chosen place giving way', () => {
    const atPlace = placeChosen(INITIAL_STATE, PLACES, 'midtown');
    expect(atPlace.filters.place).to.equal('Midtown');
    expect(atPlace.filters.sort).to.equal('distance');
    const near = positionFound(atPlace, HERE);
    expect(near.position).to.equal(HERE);
    expect(near.filters.place).to.equal(undefined);
    expect(near.filters.sort).to.equal('distance');
  });

  it('near a place: a known one (any case) measures from it; an unknown one is kept to say so; "" clears it', () => {
    const near = positionFound(INITIAL_STATE, HERE);
    const atPlace = placeChosen(near, PLACES, '  GERMANTOWN ');
    expect(atPlace.filters.place).to.equal('Germantown');
    expect(atPlace.position, 'the person’s position gives way to the place').to.equal(undefined);
    const unknown = placeChosen(atPlace, PLACES, 'Atlantis');
    expect(unknown.unknownPlace).to.equal('Atlantis');
    expect(unknown.filters).to.equal(atPlace.filters);
    const cleared = placeChosen(unknown, PLACES, '');
    expect(cleared.filters.place).to.equal(undefined);
    expect(cleared.unknownPlace).to.equal(undefined);
  });

  it('stopping "near" drops the position, the place, the radius and the distance order', () => {
    const near = filtersChanged(positionFound(INITIAL_STATE, HERE), { ...positionFound(INITIAL_STATE, HERE).filters, radius: 5 });
    const stopped = nearStopped(near);
    expect(stopped.position).to.equal(undefined);
    expect(stopped.filters).to.deep.equal(EMPTY_FILTERS);
  });

  it('a meeting’s details open in the list’s column, and close', () => {
    const onMap = paneShown(INITIAL_STATE, 'map');
    const open = detailOpened(onMap, 'x-1');
    expect(open.detailId).to.equal('x-1');
    expect(shownPane(open, 'map'), 'a narrow layout showing the map shows the details').to.equal('list');
    expect(detailClosed(open).detailId).to.equal(undefined);
  });

  it('a place pressed on the map lists its meetings, closing details, in the list', () => {
    const next = placePressed(paneShown(detailOpened(INITIAL_STATE, 'x'), 'map'), ['a', 'b'], 'Hall');
    expect([...next.chosen!.ids]).to.deep.equal(['a', 'b']);
    expect(next.chosen!.place).to.equal('Hall');
    expect(next.detailId).to.equal(undefined);
    expect(shownPane(next, 'auto')).to.equal('list');
    expect(chosenCleared(next).chosen).to.equal(undefined);
  });

  it('panels follow the layout until the person opens or closes one', () => {
    expect(panelOpen(INITIAL_STATE, 'faq', true)).to.equal(true);
    expect(panelOpen(INITIAL_STATE, 'faq', false)).to.equal(false);
    const closed = panelToggled(INITIAL_STATE, 'faq', false);
    expect(panelOpen(closed, 'faq', true)).to.equal(false);
    expect(panelOpen(closed, 'info', true)).to.equal(true);
  });

  it('the filter panel and its long lists open and close', () => {
    const open = filterPanelToggled(INITIAL_STATE, true);
    expect(open.filtersOpen).to.equal(true);
    const lists = filterListToggled(open, 'regions', true);
    expect([...lists.openLists]).to.deep.equal(['regions']);
    expect([...filterListToggled(lists, 'regions', false).openLists]).to.deep.equal([]);
    expect(regionQueryTyped(lists, 'mid').regionQuery).to.equal('mid');
  });
});
