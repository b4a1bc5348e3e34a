import { expect } from '@open-wc/testing';
import { fetchJson } from '../../src/feeds/fetch-json.js';
import { FeedError } from '../../src/feeds/feed-error.js';
import { failure } from './helpers.js';


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
