/**
 * The parser that reads a feed as it downloads comes in a chunk asked for with the feed's request
 * (`feeds/fetch-json.ts`). Without it (the connection dropped just then) the answer is read whole:
 * the meetings still show, and an HTML page is still said to be one. This file must be the first
 * in its page to fetch a feed.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { has, itNeeds } from '../engines.js';
import { mount, rowsRendered, shadow, usePage } from './mount.js';

describe('the streaming parser’s chunk not to be had', () => {
  usePage();
  // Only where requests can be blocked: elsewhere the command fails on the test server, in its log.
  before(() => (has('requestBlocking') ? executeServerCommand('block-requests', { containing: ['/feeds/json-stream.'] }) : undefined));
  after(() => (has('requestBlocking') ? executeServerCommand('unblock-requests') : undefined));

  itNeeds('requestBlocking', 'the feed is read whole: the meetings show', async () => {
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.src = '/test-feed/valid';
    });
    const event = await loaded;
    expect(event.detail.meetings).to.be.greaterThan(0);
    await rowsRendered(element);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('/feeds/json-stream.')), 'the parser was asked for').to.equal(true);
  });

  itNeeds('requestBlocking', 'an HTML page is still said to be one', async () => {
    const { element, failed } = mount((el) => {
      el.src = '/test-feed/html';
    });
    const event = await failed;
    expect(event.detail.code).to.equal('not-json');
    await element.updateComplete;
    expect(shadow(element).querySelector('[role="alert"]')!.textContent).to.contain('could not be loaded');
    expect(event.detail.message).to.contain('it looks like an HTML page');
  });
});
