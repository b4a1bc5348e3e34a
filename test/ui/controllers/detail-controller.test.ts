import { expect, waitUntil } from '@open-wc/testing';
import { pressKey } from '../../engines.js';
import { adaptMeetingGuide } from '../../../src/feeds/meeting-guide.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { DetailController } from '../../../src/ui/controllers/detail-controller.js';
import { FeedController } from '../../../src/ui/controllers/feed-controller.js';
import { LocatorStore } from '../../../src/ui/controllers/locator-store.js';
import { UrlController } from '../../../src/ui/controllers/url-controller.js';
import { EventQueue } from '../../../src/ui/events.js';
import { EMPTY_FILTERS } from '../../../src/state/filter-state.js';
import { fakeHost } from './fake-host.js';

const pageUrl = location.href;
const RECORDS = [
  { slug: 'a', name: 'Alpha', day: 1, time: '19:00', location: 'Hall', formatted_address: '1 Main St, Memphis, TN 38103, USA' },
  { slug: 'b', name: 'Beta', day: 2, time: '12:00', location: 'Hall', formatted_address: '1 Main St, Memphis, TN 38103, USA' },
];
const MEETINGS = adaptMeetingGuide(RECORDS, { source: 'inline' }).meetings;

async function setup() {
  const host = fakeHost();
  const store = new LocatorStore(host);
  const url = new UrlController(host, () => undefined, () => EMPTY_FILTERS);
  const events = new EventQueue(host);
  const feed = new FeedController(host, {
    request: () => ({ src: undefined, meetings: RECORDS, timezone: undefined, format: 'auto', serviceBodies: undefined, recursive: false, center: undefined, radius: undefined, noJsonp: false, timeout: 5000 }),
    inlineRevision: () => 0,
    searchText: () => [],
    previewShown: () => true,
    onLoaded: () => undefined,
    onFailed: () => undefined,
  });
  const scrolled: string[] = [];
  const meetingOf = (id: string): Meeting | undefined => feed.feed?.meetings.find((meeting) => meeting.id === id);
  const details = new DetailController(host, { store, url, events, feed, meetingOf, scrollToRow: async (id) => (scrolled.push(id), false) });
  host.connect();
  host.update();
  await feed.settled();
  // What the element would render: a row's link, the search field, and (once open) the details.
  host.renderRoot.innerHTML = `<input id="q"><a class="open" href="#" data-id="${MEETINGS[0]!.id}">Alpha</a>`;
  return { host, store, details, scrolled };
}

describe('DetailController', () => {
  afterEach(() => history.replaceState(null, '', pageUrl));

  it('opens a meeting: the state, a history entry, its chunk, ml-select after the update, focus on its heading', async () => {
    const { host, store, details } = await setup();
    const selected: string[] = [];
    host.addEventListener('ml-select', (event) => selected.push(event.detail.meeting.name));
    const id = MEETINGS[0]!.id;
    details.open(id, 'press');
    expect(store.state.detailId).to.equal(id);
    expect(new URL(location.href).searchParams.get('ml-meeting')).to.equal(id);
    host.renderRoot.innerHTML += '<section class="detail"><h3 tabindex="-1">Alpha</h3></section>';
    host.update();
    await waitUntil(() => details.view, 'the details’ chunk');
    await waitUntil(() => host.renderRoot.activeElement?.tagName === 'H3', 'focus on the heading');
    expect(selected).to.deep.equal(['Alpha']);
    expect(details.relatedTo(MEETINGS, MEETINGS[0]!)!.sameLocation.map((meeting) => meeting.name)).to.deep.equal(['Beta']);
    expect(details.relatedTo(MEETINGS, MEETINGS[0]!), 'remembered for the meeting shown').to.equal(details.relatedTo(MEETINGS, MEETINGS[0]!));
    host.remove();
  });

  it('Escape closes the details, back through the history, and focus returns to the meeting’s row', async () => {
    const { host, store, details } = await setup();
    const id = MEETINGS[0]!.id;
    details.open(id, 'press');
    host.renderRoot.innerHTML += '<section class="detail"><h3 tabindex="-1">Alpha</h3></section>';
    host.update();
    await waitUntil(() => host.renderRoot.activeElement?.tagName === 'H3', 'focus on the heading');
    const heading = host.renderRoot.querySelector('h3')!;
    heading.addEventListener('keydown', details.onKeydown);
    await pressKey('Escape');
    expect(store.state.detailId).to.equal(undefined);
    await waitUntil(() => host.renderRoot.activeElement === host.renderRoot.querySelector('a.open'), 'focus back on the row');
    await waitUntil(() => !new URL(location.href).searchParams.has('ml-meeting'), 'the entry undone');
    host.remove();
  });

  it('brings a row that is scrolled away back into the list, else focuses the search field', async () => {
    const { host, details, scrolled } = await setup();
    const id = MEETINGS[1]!.id;
    details.open(id, 'navigate');
    details.close('press');
    await waitUntil(() => host.renderRoot.activeElement?.id === 'q', 'focus on the search field');
    expect(scrolled).to.deep.equal([id]);
    host.remove();
  });

  it('says what became of sharing', async () => {
    const { host, details } = await setup();
    details.open(MEETINGS[0]!.id, 'navigate');
    await waitUntil(() => details.view, 'the details’ chunk');
    await details.share({ title: 'Alpha', text: 'Alpha', url: location.href });
    expect(['shared', 'copied', 'cancelled', 'unavailable']).to.include(details.shareOutcome);
    details.open(MEETINGS[1]!.id, 'navigate');
    expect(details.shareOutcome, 'forgotten for another meeting').to.equal(undefined);
    host.remove();
  });
});
