/**
 * A page that enforces Trusted Types (`require-trusted-types-for 'script'`), as the README's CSP
 * section describes it: the list works (Lit's `lit-html` policy), the map says it is unavailable
 * instead of staying blank, and a JSONP source fails as its own, explained failure. Nothing is thrown
 * into the page (usePage fails the test otherwise). This file's page enforces the policy from its
 * first test on; it runs in the engines that have Trusted Types and is skipped where there are none.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadMeetings } from '../../src/feeds/load-meetings.js';
import { mount, rowsRendered, shadow, usePage } from './mount.js';

const MEETINGS = [
  { slug: 'a', name: 'Tuesday Night Open', day: 2, time: '19:00', latitude: 35.14, longitude: -90.05, formatted_address: '1 Union Ave, Memphis, TN', types: ['O'] },
];

/** The README's directives for a page with Trusted Types (see "Content-Security-Policy"). */
const POLICY = "require-trusted-types-for 'script'; trusted-types lit-html";

describe('under Trusted Types', () => {
  usePage();
  before(function () {
    if (!('trustedTypes' in window)) {
      console.log(`Trusted Types tests skipped: ${navigator.userAgent} has no Trusted Types.`);
      this.skip();
    }
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = POLICY;
    document.head.append(meta);
  });

  it('is enforced on this page (the probe the element uses refuses a plain script URL)', () => {
    expect(() => {
      document.createElement('script').src = 'about:blank';
    }).to.throw();
  });

  it('lists the meetings, and says the map is unavailable on this page instead of a blank map', async () => {
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.meetings = MEETINGS;
      el.view = 'both';
      el.mapStyle = '/basemap/style.json';
    });
    await loaded;
    await rowsRendered(element, 1);
    const message = () => shadow(element).querySelector('.map-message')?.textContent ?? '';
    await waitUntil(() => message().includes('unavailable on this page'), 'the map explains itself', { timeout: 8000 });
    expect(shadow(element).querySelector('.map canvas')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('fails a JSONP source as its own "blocked" failure, and shows the other source', async () => {
    // 127.0.0.1 is another origin than the page's localhost, and the test BMLT server sends no CORS
    // header: fetch fails, and JSONP is tried, which the policy refuses.
    const bmlt = `http://127.0.0.1:${location.port}/bmlt/fictional/main_server/`;
    const feed = await loadMeetings({ sources: [{ kind: 'url', url: '/test-feed/valid' }, { kind: 'url', url: bmlt }], timezone: 'America/Chicago', timeout: 5000 });
    expect(feed.meetings).to.have.length(2);
    const failed = feed.sources.find((report) => report.error)!;
    expect(failed.error!.code).to.equal('blocked');
    expect(document.querySelectorAll('iframe')).to.have.length(0);
  });
});
