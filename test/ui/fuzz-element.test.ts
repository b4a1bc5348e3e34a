/**
 * The element on generated feeds: whatever the records, it ends `ready` with meetings or a "no
 * meetings" message on screen, or `error` with its message — never stuck on "Loading…", never
 * throwing into the page (usePage fails the test otherwise). A fixed seed and a dozen feeds keep it
 * to a few seconds and make a failure repeatable.
 */
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { mount, shadow, usePage } from './mount.js';

const record = fc.record(
  {
    slug: fc.oneof(fc.string(), fc.integer()),
    name: fc.oneof(fc.string(), fc.constant('<img src=x onerror="window.__pwned=1">')),
    day: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constant(1e400), fc.string()),
    time: fc.oneof(fc.constantFrom('19:00', '12:15', '25:00', ''), fc.string()),
    end_time: fc.constantFrom('01:15', '20:00', 'soon'),
    conference_url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:window.__pwned=1', 'https://evil.example\\@zoom.us/j/1')),
    types: fc.array(fc.constantFrom('O', 'C', 'ONL', 'W', '??')),
    latitude: fc.oneof(fc.double({ min: -100, max: 100 }), fc.string()),
    longitude: fc.oneof(fc.double({ min: -200, max: 200 }), fc.string()),
  },
  { requiredKeys: [] },
);

describe('the element on generated feeds', () => {
  usePage();

  const feeds = fc.sample(fc.array(fc.oneof({ weight: 6, arbitrary: record }, { weight: 1, arbitrary: fc.anything() }), { maxLength: 25 }), { numRuns: 12, seed: 20261204 });
  feeds.forEach((feed, index) => {
    it(`feed ${index + 1} (${feed.length} records): ready with something on screen, or error with its message`, async () => {
      const { element } = mount((el) => {
        el.timezone = 'America/Chicago';
        el.meetings = feed as unknown[];
      });
      await waitUntil(() => element.status !== 'loading', 'settled', { timeout: 5000 });
      await element.updateComplete;
      const root = shadow(element);
      const text = root.textContent ?? '';
      expect(text).not.to.contain('Loading meetings');
      if (element.status === 'error') expect(root.querySelector('[role="alert"]')?.textContent?.trim()).to.not.equal('');
      else await waitUntil(() => root.querySelector('article.meeting, .no-results'), 'meetings or a no-results message', { timeout: 5000 });
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
});
