/**
 * The selectors: what the list, the count and the map show, from the feed, the state and the clock;
 * each step recomputed only when its own inputs change (so a render that changes nothing hands the
 * list the same arrays).
 */
import { expect } from '@open-wc/testing';
import { adaptMeetingGuide } from '../../src/feeds/meeting-guide.js';
import { indexFeed, type IndexedFeed } from '../../src/query/indexed-feed.js';
import { createViewModel, type ViewInputs } from '../../src/query/view-model.js';
import { EMPTY_FILTERS } from '../../src/state/filter-state.js';
import { INITIAL_STATE, filtersChanged, placeChosen, placePressed, positionFound } from '../../src/state/locator-state.js';

const ZONE = 'America/Chicago';
/** Tuesday 24 November 2026, 6:40 PM in Memphis. */
const NOW = new Date('2026-11-25T00:40:00Z');

const RECORDS = [
  { slug: 'tonight', name: 'Tuesday Night Open', day: 2, time: '19:00', formatted_address: '1500 Poplar Ave, Memphis, TN 38104, USA', latitude: 35.138, longitude: -90.01, regions: ['Midtown'], types: ['O'] },
  { slug: 'far', name: 'Germantown Men', day: 0, time: '10:00', formatted_address: '5 Poplar Ave, Germantown, TN 38138, USA', latitude: 35.09, longitude: -89.8, regions: ['Germantown'], types: ['M'] },
  { slug: 'online', name: 'East Coast Online', day: 2, time: '20:00', conference_url: 'https://zoom.us/j/5550100', types: ['O', 'ONL'] },
  { slug: 'women', name: 'Mujeres', day: 3, time: '12:00', formatted_address: '9 Summer Ave, Memphis, TN 38112, USA', latitude: 35.15, longitude: -89.97, regions: ['Midtown'], types: ['W'] },
].map((record) => ({ ...record, timezone: ZONE }));

async function feedOf(records: unknown[]): Promise<IndexedFeed> {
  const { meetings, diagnostics, records: count } = adaptMeetingGuide(records, { source: 'test' });
  return indexFeed({ meetings, diagnostics, records: count, sources: [] }, () => []);
}

describe('the view model', () => {
  let feed: IndexedFeed;
  let inputs: ViewInputs;
  before(async () => {
    feed = await feedOf(RECORDS);
  });
  beforeEach(() => {
    inputs = { feed, state: INITIAL_STATE, now: NOW, timezone: ZONE, unit: 'mi' };
  });
  const names = (positions: ArrayLike<number>) => Array.from(positions, (position) => feed.meetings[position]!.name);

  it('lists every meeting in upcoming order, under day headings, counting none as narrowed', () => {
    const view = createViewModel().finder(inputs);
    expect(names(view.listed)).to.deep.equal(['Tuesday Night Open', 'East Coast Online', 'Mujeres', 'Germantown Men']);
    expect(view.items.headings.map((heading) => heading.key)).to.deep.equal(['day-0', 'day-1', 'day-5']);
    expect(view.narrowed).to.equal(false);
    expect(view.near).to.equal(undefined);
    expect(view.here.weekday).to.equal(2);
  });

  it('hands back the very same arrays when nothing changed, and recomputes only what did', () => {
    const model = createViewModel();
    const first = model.finder(inputs);
    const again = model.finder({ ...inputs });
    expect(again.result).to.equal(first.result);
    expect(again.items).to.equal(first.items);
    expect(again.clock).to.equal(first.clock);
    const typed = model.finder({ ...inputs, state: filtersChanged(INITIAL_STATE, { ...EMPTY_FILTERS, q: 'open' }) });
    expect(typed.clock, 'a keystroke does not recompute the clock').to.equal(first.clock);
    expect(typed.result).not.to.equal(first.result);
    const later = model.finder({ ...inputs, now: new Date(NOW.getTime() + 60_000) });
    expect(later.clock, 'a new minute does').not.to.equal(first.clock);
  });

  it('narrows by search and filters, and says so', () => {
    const view = createViewModel().finder({ ...inputs, state: filtersChanged(INITIAL_STATE, { ...EMPTY_FILTERS, q: 'poplar', regions: ['Midtown'] }) });
    expect(names(view.listed)).to.deep.equal(['Tuesday Night Open']);
    expect(view.narrowed).to.equal(true);
  });

  it('near the person: nearest first, online meetings after, with distances; a radius in the element’s unit', () => {
    const near = positionFound(INITIAL_STATE, { latitude: 35.14, longitude: -90.0 });
    const view = createViewModel().finder({ ...inputs, state: near });
    expect(view.byDistance).to.equal(true);
    expect(names(view.listed)).to.deep.equal(['Tuesday Night Open', 'Mujeres', 'Germantown Men', 'East Coast Online']);
    expect(view.items.headings.map((heading) => heading.kind)).to.deep.equal(['unknown-distance']);
    const withRadius = filtersChanged(near, { ...near.filters, radius: 5 });
    expect(names(createViewModel().finder({ ...inputs, state: withRadius }).listed)).to.deep.equal(['Tuesday Night Open', 'Mujeres', 'East Coast Online']);
    expect(names(createViewModel().finder({ ...inputs, state: withRadius, unit: 'km' }).listed)).to.deep.equal(['Tuesday Night Open', 'Mujeres', 'East Coast Online']);
  });

  it('near a place the feed names, and by time again when asked', () => {
    const atPlace = placeChosen(INITIAL_STATE, feed.places, 'Germantown');
    const view = createViewModel().finder({ ...inputs, state: atPlace });
    expect(view.near).to.deep.include({ from: 'place', name: 'Germantown' });
    expect(names(view.listed)[0]).to.equal('Germantown Men');
    const byTime = filtersChanged(atPlace, { ...atPlace.filters, sort: 'time' });
    expect(names(createViewModel().finder({ ...inputs, state: byTime }).listed)[0]).to.equal('Tuesday Night Open');
  });

  it('a place pressed on the map narrows the list, not the results', () => {
    const ids = feed.meetings.filter((meeting) => meeting.name === 'Mujeres').map((meeting) => meeting.id);
    const model = createViewModel();
    const view = model.finder({ ...inputs, state: placePressed(INITIAL_STATE, ids, 'Hall') });
    expect(names(view.listed)).to.deep.equal(['Mujeres']);
    expect(view.result.positions.length).to.equal(4);
    expect(model.results(feed, view).map((meeting) => meeting.name)).to.have.length(4);
  });

  it('finds a meeting’s position by id, and results as meetings, the same array until they change', () => {
    const model = createViewModel();
    const view = model.finder(inputs);
    const id = feed.meetings[2]!.id;
    expect(model.positionOf(feed, id)).to.equal(2);
    expect(model.positionOf(feed, 'nope')).to.equal(undefined);
    expect(model.results(feed, view)).to.equal(model.results(feed, model.finder(inputs)));
  });
});
