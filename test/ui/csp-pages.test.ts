/**
 * The README's Content-Security-Policy section, tested: a page served with each policy it gives
 * (test/server/csp-pages.mjs) runs the element with nothing refused and nothing thrown, and a page
 * whose policy leaves the feed out says so inside the element.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';

interface CspWindow extends Window {
  violations: string[];
  errors: string[];
}

const frames: HTMLIFrameElement[] = [];

async function page(name: string, attributes: Record<string, string>): Promise<{ win: CspWindow; element: MeetingLocator }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 900px; border: 0';
  frame.src = `/csp-page/${name}?${new URLSearchParams(attributes).toString()}`;
  document.body.append(frame);
  frames.push(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('meeting-locator')?.shadowRoot, `the element on the ${name} page`, { timeout: 10000 });
  return { win: frame.contentWindow as unknown as CspWindow, element: frame.contentDocument!.querySelector('meeting-locator') as MeetingLocator };
}

const FEED = { src: '/test-feed/valid', timezone: 'America/Chicago' };

describe('the README\'s Content-Security-Policy pages', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('every policy of the README is the one tested', async () => {
    const text = await (await fetch('/README.md')).text();
    expect(text, 'README.md is readable by the test').to.contain('Content-Security-Policy');
    const policies = (await (await fetch('/csp-page/policies.json')).json()) as Record<string, string>;
    for (const [name, policy] of Object.entries(policies)) {
      if (name === 'no-connect') continue;
      expect(text, `README gives the "${name}" policy`).to.contain(policy.replaceAll('{bmlt}', 'https://bmlt.example.org'));
    }
  });

  it('list only: meetings shown, nothing refused, nothing thrown', async () => {
    const { win, element } = await page('list', { ...FEED, view: 'list' });
    await waitUntil(() => element.status === 'ready' && element.shadowRoot!.querySelectorAll('article.meeting').length === 2, 'the meetings', { timeout: 8000 });
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('with the map: the map draws, nothing refused, nothing thrown', async () => {
    const { win, element } = await page('map', { ...FEED, view: 'both', 'map-style': '/basemap/style.json' });
    await waitUntil(() => element.status === 'ready', 'the meetings', { timeout: 8000 });
    await waitUntil(() => element.shadowRoot!.querySelector('.map canvas'), 'the map', { timeout: 10000 });
    await waitUntil(() => (element as unknown as { map: { status: string } }).map.status === 'ready', 'the map ready', { timeout: 10000 });
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('with JSONP: an old BMLT server read through JSONP, nothing refused, nothing thrown', async () => {
    const { win, element } = await page('jsonp', { src: `http://127.0.0.1:${location.port}/bmlt/fictional/main_server/`, timezone: 'America/Chicago', view: 'list' });
    await waitUntil(() => element.status === 'ready', 'the meetings', { timeout: 8000 });
    expect(element.results.length).to.be.greaterThan(0);
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('with Trusted Types: meetings shown, the map explained, nothing thrown', async function () {
    if (!('trustedTypes' in window)) this.skip();
    const { win, element } = await page('trusted-types', { ...FEED, view: 'both', 'map-style': '/basemap/style.json' });
    await waitUntil(() => element.status === 'ready', 'the meetings', { timeout: 8000 });
    await waitUntil(() => element.shadowRoot!.querySelector('.map-message')?.textContent?.includes('unavailable on this page'), 'the map explained', { timeout: 8000 });
    expect(win.errors).to.deep.equal([]);
    // The element's one probe of the policy (a script URL it never uses) is the only report.
    expect(win.violations.every((violation) => violation.startsWith('require-trusted-types-for')), win.violations.join(', ')).to.equal(true);
  });

  it('a policy that leaves the feed out: the element says the page\'s security settings refused it', async () => {
    const { win, element } = await page('no-connect', { ...FEED, view: 'list' });
    await waitUntil(() => element.status === 'error', 'the error', { timeout: 8000 });
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('security settings');
    expect(win.errors).to.deep.equal([]);
  });
});
