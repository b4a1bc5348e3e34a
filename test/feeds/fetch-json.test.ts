import { expect } from '@open-wc/testing';
import { fetchJson } from '../../src/feeds/fetch-json.js';
import { FeedError } from '../../src/feeds/feed-error.js';
import { loadMeetings } from '../../src/feeds/load-meetings.js';

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}

describe('fetchJson', () => {
  it('parses a JSON answer', async () => {
    const data = await fetchJson('/test-feed/valid', { timeout: 5000 });
    expect(data).to.be.an('array').with.length(2);
  });

  for (const status of [404, 500]) {
    it(`reports HTTP ${status} with its status`, async () => {
      const error = await failure(fetchJson(`/test-feed/status/${status}`, { timeout: 5000 }));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(status);
    });
  }

  it('reports an HTML page as not JSON, and says it looks like HTML', async () => {
    const error = await failure(fetchJson('/test-feed/html', { timeout: 5000 }));
    expect(error.code).to.equal('not-json');
    expect(error.message).to.contain('HTML');
  });

  it('reports invalid JSON', async () => {
    expect((await failure(fetchJson('/test-feed/invalid-json', { timeout: 5000 }))).code).to.equal('not-json');
  });

  it('gives up on a request that never answers', async () => {
    const started = performance.now();
    const error = await failure(fetchJson('/test-feed/hang', { timeout: 300 }));
    expect(error.code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(3000);
  });

  it('reports an unreachable server as a network failure', async () => {
    expect((await failure(fetchJson('http://127.0.0.1:9/feed.json', { timeout: 5000 }))).code).to.equal('network');
  });

  it('rejects with the abort reason, not a feed error, when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = fetchJson('/test-feed/hang', { timeout: 5000, signal: controller.signal });
    controller.abort(new DOMException('replaced', 'AbortError'));
    try {
      await pending;
      expect.fail('should have been aborted');
    } catch (error) {
      expect(error).not.to.be.instanceOf(FeedError);
      expect((error as DOMException).name).to.equal('AbortError');
    }
  });
});

describe('loadMeetings', () => {
  it('loads a feed URL into sorted meetings', async () => {
    const feed = await loadMeetings({ src: '/test-feed/valid', timezone: 'America/Chicago', timeout: 5000 });
    expect(feed.meetings.map((meeting) => meeting.name)).to.deep.equal(['Served Tuesday Group', 'Served Online Group']);
    expect(feed.meetings[0]!.source).to.equal(new URL('/test-feed/valid', location.href).href);
  });

  it('reports JSON of an unknown shape and an empty feed', async () => {
    expect((await failure(loadMeetings({ src: '/test-feed/unknown-shape', timeout: 5000 }))).code).to.equal('unknown-format');
    expect((await failure(loadMeetings({ src: '/test-feed/empty', timeout: 5000 }))).code).to.equal('empty');
  });

  it('says when there is no source at all', async () => {
    expect((await failure(loadMeetings({ src: '  ', timeout: 5000 }))).code).to.equal('no-source');
  });

  it('prefers data given directly over a URL', async () => {
    const feed = await loadMeetings({ src: '/test-feed/status/500', data: [{ slug: 'x', name: 'Inline', day: 1, time: '08:00' }], timeout: 5000 });
    expect(feed.meetings.map((meeting) => meeting.name)).to.deep.equal(['Inline']);
  });
});
