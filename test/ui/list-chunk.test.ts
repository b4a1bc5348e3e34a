/**
 * The list's code comes in a chunk fetched beside the feed (`src/ui/list-chunk.ts`). When the
 * connection drops before it arrives, the element says so where the list would be, with a way to
 * try again; nothing is thrown into the page, and the rest of the finder works. This file must be
 * the first in its page to show a list: a module fetched once is not fetched again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { has, itNeeds } from '../engines.js';
import { mount, rowsRendered, shadow, usePage } from './mount.js';

describe('the list’s chunk', () => {
  usePage();
  // Only where requests can be blocked: elsewhere the command fails on the test server, in its log.
  after(() => (has('requestBlocking') ? executeServerCommand('unblock-requests') : undefined));

  itNeeds('requestBlocking', 'not to be had: said in the element, with Try again; once back, the list shows', async () => {
    await executeServerCommand('block-requests', { containing: ['list-chunk'] });
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.src = '/test-feed/valid';
    });
    await loaded;
    await element.updateComplete;
    await waitUntil(() => shadow(element).querySelector('[role="alert"]'), 'a message where the list would be', { timeout: 5000 });
    const alert = shadow(element).querySelector('[role="alert"]');
    expect(alert!.textContent).to.contain('The list could not be shown: the connection dropped.');
    expect(element.status, 'the meetings are loaded').to.equal('ready');
    expect(shadow(element).querySelector('.count')!.textContent).to.match(/\d+ meetings/);
    expect(shadow(element).querySelector('input[type="search"]'), 'the search is there').to.not.equal(null);
    await expect(element).to.be.accessible();

    await executeServerCommand('unblock-requests');
    const retry = alert!.querySelector('button')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    retry.click();
    await rowsRendered(element);
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
    expect(shadow(element).querySelector('[role="list"]')).to.not.equal(null);
  });
});
