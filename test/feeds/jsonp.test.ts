import { expect } from '@open-wc/testing';
import { loadJsonp } from '../../src/feeds/jsonp.js';
import { FeedError } from '../../src/feeds/feed-error.js';

const globals = window as unknown as Record<string, unknown>;
const callbacks = () => Object.keys(globals).filter((key) => key.startsWith('__meetingLocatorJsonp'));

/** Errors thrown into the page from now until `stop()`. */
function pageErrors(): { messages: string[]; stop(): void } {
  const messages: string[] = [];
  const onError = (event: ErrorEvent) => messages.push(event.message);
  window.addEventListener('error', onError);
  return { messages, stop: () => window.removeEventListener('error', onError) };
}

describe('loadJsonp', () => {
  it('gets the data through a unique callback and removes its script and global', async () => {
    const names: string[] = [];
    const toUrl = (callback: string) => {
      names.push(callback);
      return `/bmlt/fictional/main_server/client_interface/jsonp/?switcher=GetSearchResults&callback=${callback}`;
    };
    const [a, b] = await Promise.all([loadJsonp(toUrl, 'a', { timeout: 5000 }), loadJsonp(toUrl, 'b', { timeout: 5000 })]);
    expect(a).to.be.an('array').with.length(3);
    expect(b).to.deep.equal(a);
    expect(new Set(names).size).to.equal(2);
    expect(callbacks()).to.deep.equal([]);
    expect(document.querySelectorAll('script[src*="jsonp"]')).to.have.length(0);
  });

  it('times out, and leaves nothing in the page: no global, no script, no frame, no late error', async () => {
    const errors = pageErrors();
    try {
      await loadJsonp(() => '/test-feed/slow/600', 'slow', { timeout: 200 });
      expect.fail('should time out');
    } catch (error) {
      expect(error).to.be.instanceOf(FeedError);
      expect((error as FeedError).code).to.equal('timeout');
    }
    expect(callbacks()).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 900));
    errors.stop();
    expect(errors.messages, 'the late answer throws nothing into the page').to.deep.equal([]);
    expect(callbacks()).to.deep.equal([]);
    expect(document.querySelectorAll('iframe, script[src*="test-feed"]')).to.have.length(0);
  });

  it('takes a server that calls back twice without an error in the page', async () => {
    const errors = pageErrors();
    let data: unknown;
    try {
      data = await loadJsonp((callback) => `/bmlt/twice/main_server/client_interface/jsonp/?switcher=GetSearchResults&callback=${callback}`, 'twice', { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      errors.stop();
    }
    expect(data).to.be.an('array');
    expect(Array.isArray(data)).to.equal(true);
    expect(errors.messages).to.deep.equal([]);
    expect(callbacks()).to.deep.equal([]);
    expect(document.querySelectorAll('iframe')).to.have.length(0);
  });

  it('stops when aborted, with the abort reason', async () => {
    const controller = new AbortController();
    const pending = loadJsonp(() => '/test-feed/hang', 'slow', { timeout: 5000, signal: controller.signal });
    controller.abort(new DOMException('replaced', 'AbortError'));
    try {
      await pending;
      expect.fail('should be aborted');
    } catch (error) {
      expect((error as DOMException).name).to.equal('AbortError');
    }
    expect(document.querySelectorAll('script[src*="/test-feed/hang"]')).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(callbacks()).to.deep.equal([]);
    expect(document.querySelectorAll('iframe')).to.have.length(0);
  });
});
