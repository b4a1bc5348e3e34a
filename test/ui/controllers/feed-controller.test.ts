import { expect, waitUntil } from '@open-wc/testing';
import { FeedError } from '../../../src/feeds/feed-error.js';
import type { IndexedFeed } from '../../../src/query/indexed-feed.js';
import { FeedController, type FeedRequest } from '../../../src/ui/controllers/feed-controller.js';
import { fakeHost } from './fake-host.js';

const RECORDS = [
  { slug: 'a', name: 'Alpha', day: 1, time: '19:00', types: ['W'] },
  { slug: 'b', name: 'Beta', day: 2, time: '12:00' },
];

const request = (changes: Partial<FeedRequest> = {}): FeedRequest => ({
  src: undefined,
  meetings: RECORDS,
  timezone: 'America/Chicago',
  format: 'auto',
  serviceBodies: undefined,
  recursive: false,
  center: undefined,
  radius: undefined,
  noJsonp: false,
  timeout: 5000,
  ...changes,
});

function setup(initial: Partial<FeedRequest> = {}) {
  const host = fakeHost();
  let asked = request(initial);
  let revision = 0;
  const loaded: IndexedFeed[] = [];
  const failed: unknown[] = [];
  const feed = new FeedController(host, {
    request: () => asked,
    inlineRevision: () => revision,
    searchText: (meeting) => (meeting.features.includes('women') ? ['mujeres'] : []),
    previewShown: () => true,
    onLoaded: (result) => loaded.push(result),
    onFailed: (error) => failed.push(error),
  });
  host.connect();
  return {
    host,
    feed,
    loaded,
    failed,
    ask: (changes: Partial<FeedRequest>) => (asked = request({ ...initial, ...changes })),
    bumpRevision: () => revision++,
  };
}

describe('FeedController', () => {
  it('loads on the first update, indexes the meetings (with the extra words) and says so', async () => {
    const { host, feed, loaded, failed } = setup();
    expect(feed.status).to.equal('loading');
    host.update();
    await waitUntil(() => loaded.length === 1, 'loaded');
    expect(feed.status).to.equal('ready');
    expect(feed.feed!.meetings.map((meeting) => meeting.name)).to.deep.equal(['Alpha', 'Beta']);
    expect(feed.feed!.searcher.search('mujeres')).to.deep.equal([0]);
    expect(feed.feed!.commonZone).to.equal('America/Chicago');
    expect(failed).to.deep.equal([]);
    host.remove();
  });

  it('loads again only when what it is asked for changes (the inline data’s revision included)', async () => {
    const { host, loaded, ask, bumpRevision } = setup();
    host.update();
    await waitUntil(() => loaded.length === 1, 'loaded');
    host.update();
    host.update();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loaded).to.have.length(1);
    ask({ meetings: RECORDS.slice(0, 1) });
    host.update();
    await waitUntil(() => loaded.length === 2, 'loaded again for new data');
    expect(loaded[1]!.meetings).to.have.length(1);
    bumpRevision();
    host.update();
    await waitUntil(() => loaded.length === 3, 'loaded again for new inline data');
    host.remove();
  });

  it('fails with the reason, keeping the diagnostics', async () => {
    const { host, feed, failed } = setup({ meetings: undefined });
    host.update();
    await waitUntil(() => failed.length === 1, 'failed');
    expect(feed.status).to.equal('error');
    expect((failed[0] as FeedError).code).to.equal('no-source');
    expect(feed.error).to.equal(failed[0]);
    expect(feed.feed).to.equal(undefined);
    host.remove();
  });

  it('stops a load when the element is removed, and takes it up again when it is back', async () => {
    const { host, feed, loaded, failed } = setup({ meetings: undefined, src: '/test-feed/slow/400' });
    host.update();
    await new Promise((resolve) => setTimeout(resolve, 50));
    host.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(feed.status, 'an abort is not a failure').to.equal('loading');
    expect(failed).to.deep.equal([]);
    host.connect();
    await waitUntil(() => loaded.length === 1, 'loaded after the return', { timeout: 5000 });
    expect(feed.status).to.equal('ready');
    host.remove();
  });

  it('reloads on request, and settles when a load ends either way', async () => {
    const { host, feed, loaded } = setup();
    host.update();
    await feed.settled();
    expect(loaded).to.have.length(1);
    await feed.reload();
    expect(loaded).to.have.length(2);
    host.remove();
  });
});
