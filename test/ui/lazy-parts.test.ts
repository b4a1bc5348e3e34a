/**
 * What the first screen does not need is not fetched for it: a page of Meeting Guide feeds never
 * asks for the BMLT reader, the JSONP fallback or the large-feed preview; a BMLT source fetches
 * its reader (and reads as before). This file must be the first in its page to load a BMLT
 * source, for the request log to prove anything: each test file has a page of its own.
 */
import { expect } from '@open-wc/testing';
import { mount, rowsRendered, usePage } from './mount.js';

const requested = (pattern: RegExp) => performance.getEntriesByType('resource').filter((entry) => pattern.test(new URL(entry.name).pathname));
/** The BMLT reader and its JSONP fallback (the URL helpers, which recognize a BMLT URL, come first). */
const BMLT_READER = /\/feeds\/bmlt(-jsonp)?\.(ts|js)$/;

describe('parts fetched only when needed', () => {
  usePage();

  it('a Meeting Guide feed asks for no BMLT reader, JSONP or preview', async () => {
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.src = '/test-feed/valid';
    });
    await loaded;
    await rowsRendered(element);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested(BMLT_READER).map((entry) => entry.name)).to.deep.equal([]);
    expect(requested(/\/jsonp\.(ts|js)$/)).to.deep.equal([]);
    expect(requested(/\/preview\.(ts|js)$/)).to.deep.equal([]);
  });

  it("a large feed's preview is asked for while the feed downloads, not after it", async () => {
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.src = '/test-feed/trickle/1500';
    });
    await loaded;
    await rowsRendered(element);
    const [feed] = requested(/\/test-feed\/trickle\//) as PerformanceResourceTiming[];
    const [preview] = requested(/\/feeds\/preview\.(ts|js)$/);
    expect(preview, 'the preview was fetched').to.exist;
    // The feed's second half comes 1.5 s after its first: the preview was asked for in between.
    expect(preview!.startTime).to.be.below(feed!.responseEnd - 500);
  });

  it('a BMLT source fetches its reader, and reads as before', async () => {
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.src = '/bmlt/fictional/main_server';
    });
    const event = await loaded;
    expect(event.detail.sources[0]!.format).to.equal('bmlt');
    expect(event.detail.meetings).to.equal(3);
    await rowsRendered(element, 3);
    expect(requested(/\/feeds\/bmlt\.(ts|js)$/)).to.have.length(1);
    expect(requested(/\/jsonp\.(ts|js)$/), 'a server with CORS needs no JSONP').to.deep.equal([]);
  });
});
