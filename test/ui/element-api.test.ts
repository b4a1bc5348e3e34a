/**
 * The element's public contract where it used to slip: `results` and `setFilters`, events sent
 * after the DOM shows what they describe, warnings that follow the attributes as they are now,
 * and inline data read when it changes rather than on every keystroke.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { typeText } from '../engines.js';
import { EMPTY_FILTERS } from '../../src/state/filter-state.js';
import type { FilterChangeEventDetail, LoadEventDetail } from '../../src/ui/events.js';
import { mount, rowsRendered, shadow, usePage } from './mount.js';

const ZONE = 'America/Chicago';

/** Fictional meetings. */
const MEETINGS = [
  { slug: 'alpha', name: 'Alpha Group', day: 1, time: '19:00', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', types: ['O', 'W'] },
  { slug: 'beta', name: 'Beta Group', day: 3, time: '12:00', formatted_address: '5 Poplar Ave, Memphis, TN 38104, USA', types: ['C'] },
  { slug: 'gamma', name: 'Gamma Online', day: 5, time: '18:00', conference_url: 'https://zoom.us/j/5550100', types: ['ONL'] },
];

const mountMeetings = (setup: (element: HTMLElementTagNameMap['meeting-locator']) => void = () => {}) =>
  mount((el) => {
    el.timezone = ZONE;
    el.meetings = MEETINGS;
    setup(el);
  });

describe('the element’s API', () => {
  usePage();

  it('follows setFilters() at once in results, then sends ml-filter-change once the list shows it, with a history entry', async () => {
    const { element, loaded } = mountMeetings();
    await loaded;
    await rowsRendered(element, 3);
    const seen: Array<{ detail: FilterChangeEventDetail; noResults: boolean; value: string }> = [];
    element.addEventListener('ml-filter-change', (event) => {
      const root = shadow(element);
      seen.push({ detail: event.detail, noResults: root.querySelector('.no-results') !== null, value: root.querySelector<HTMLInputElement>('#q')!.value });
    });

    element.setFilters({ ...EMPTY_FILTERS, q: 'alpha' });
    expect(element.results.map((meeting) => meeting.name), 'results, before any update').to.deep.equal(['Alpha Group']);
    await waitUntil(() => seen.length === 1, 'an event');
    expect(seen[0]).to.deep.equal({ detail: { filters: element.currentFilters, results: 1 }, noResults: false, value: 'alpha' });

    // Two changes before the element renders: one state shown, one event, for the state shown.
    element.setFilters({ ...EMPTY_FILTERS, q: 'beta' });
    element.setFilters({ ...EMPTY_FILTERS, q: 'zzzz' });
    expect(element.results, 'results, before any update').to.deep.equal([]);
    expect(element.currentFilters.q).to.equal('zzzz');
    await waitUntil(() => seen.length === 2, 'a second event');
    // Sent after the update: the DOM already shows what the event describes.
    expect(seen[1]).to.deep.equal({ detail: { filters: element.currentFilters, results: 0 }, noResults: true, value: 'zzzz' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).to.have.length(2);
    await waitUntil(() => new URL(location.href).searchParams.get('ml-q') === 'zzzz', 'the URL follows');
    // A history entry of its own: Back returns to the search before it.
    history.back();
    await waitUntil(() => element.currentFilters.q === 'beta', 'Back steps to the previous search');
  });

  it('drops what is not a filter from setFilters() rather than break', async () => {
    const { element, loaded } = mountMeetings();
    await loaded;
    element.setFilters({ ...EMPTY_FILTERS, days: [9 as 0, 'today'], attendance: ['by-carrier-pigeon' as 'online'], q: '  beta  ' });
    expect(element.currentFilters.days).to.deep.equal(['today']);
    expect(element.currentFilters.attendance).to.deep.equal([]);
    expect(element.currentFilters.q).to.equal('beta');
  });

  it('sends ml-load after the update that shows the meetings', async () => {
    const { element } = mount((el) => {
      el.timezone = ZONE;
      el.meetings = MEETINGS;
    });
    const shown = await new Promise<{ detail: LoadEventDetail; status: string; finder: boolean }>((resolve) =>
      element.addEventListener('ml-load', (event) => resolve({ detail: event.detail, status: element.status, finder: shadow(element).querySelector('#q') !== null }), { once: true }),
    );
    expect(shown.status).to.equal('ready');
    expect(shown.finder, 'the finder is rendered when ml-load arrives').to.equal(true);
    expect(shown.detail.meetings).to.equal(3);
  });

  it('reads Meeting Guide codes in `types` once their table comes with the finder', async () => {
    const coded = mountMeetings((el) => el.setAttribute('types', 'W bogus'));
    await coded.loaded;
    await rowsRendered(coded.element, 1);
    expect(coded.element.currentFilters.features).to.deep.equal(['women']);
    expect(coded.element.results.map((meeting) => meeting.name)).to.deep.equal(['Alpha Group']);
    const ignored = coded.element.diagnostics.filter((diagnostic) => diagnostic.code === 'invalid-preset').map((diagnostic) => diagnostic.message);
    expect(ignored).to.have.length(1);
    expect(ignored[0]).to.contain('"bogus"');
  });

  it('reports a preset attribute that means nothing, and stops as soon as it is corrected', async () => {
    const { element, loaded } = mountMeetings((el) => el.setAttribute('types', 'women bogus'));
    const event = await loaded;
    const presets = () => element.diagnostics.filter((diagnostic) => diagnostic.code === 'invalid-preset').map((diagnostic) => diagnostic.message);
    expect(event.detail.diagnostics.some((diagnostic) => diagnostic.code === 'invalid-preset')).to.equal(true);
    expect(presets()).to.have.length(1);
    expect(presets()[0]).to.contain('"bogus"');

    element.setAttribute('types', 'women');
    await element.updateComplete;
    expect(presets(), 'corrected: no warning, without a reload').to.deep.equal([]);
    element.setAttribute('day', 'someday');
    await element.updateComplete;
    expect(presets()).to.have.length(1);
    expect(presets()[0]).to.contain('"someday"');
  });

  it('reads inline data when it changes, not on every keystroke', async () => {
    const { element, loaded } = mount(
      (el) => (el.timezone = ZONE),
      `<script type="application/json">${JSON.stringify(MEETINGS)}</script>`,
    );
    await loaded;
    await rowsRendered(element, 3);
    const script = element.querySelector('script')!;
    const text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
    let reads = 0;
    Object.defineProperty(script, 'textContent', {
      configurable: true,
      get() {
        reads++;
        return text.get!.call(this);
      },
      set(value: string) {
        text.set!.call(this, value);
      },
    });
    shadow(element).querySelector<HTMLInputElement>('#q')!.focus();
    await typeText('group');
    await waitUntil(() => element.currentFilters.q === 'group', 'typed');
    await element.updateComplete;
    expect(reads, 'reads of the inline data while typing').to.equal(0);

    const reloaded = new Promise((resolve) => element.addEventListener('ml-load', resolve, { once: true }));
    script.textContent = JSON.stringify(MEETINGS.slice(0, 1));
    await reloaded;
    expect(reads, 'read again once it changed').to.be.above(0);
    expect(element.results.map((meeting) => meeting.name)).to.deep.equal(['Alpha Group']);
  });
});
