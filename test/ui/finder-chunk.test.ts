/**
 * The finder's code (the query layer and the views that show its answers) comes in a chunk fetched
 * beside the feed (`src/ui/finder-chunk.ts`); the feed is indexed with it. When the connection drops
 * before it arrives, the element says the meetings could not be had, with Try again, and tells the
 * page (`ml-error`); nothing is thrown into the page. This file must be the first in its page to
 * load a feed: a module fetched once is not fetched again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itNeeds } from '../engines.js';
import { mount, rowsRendered, shadow, usePage } from './mount.js';

describe('the finder’s chunk', () => {
  usePage();
  after(() => executeServerCommand('unblock-requests').catch(() => undefined));

  itNeeds('requestBlocking', 'not to be had: said in the element, with Try again, and told the page; once back, the meetings show', async () => {
    await executeServerCommand('block-requests', { containing: ['finder-chunk'] });
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => thrown.push(event.error);
    const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const { element, failed } = mount((el) => {
        el.timezone = 'America/Chicago';
        el.src = '/test-feed/valid';
      });
      const error = await failed;
      expect(error.detail.code).to.equal('network');
      await element.updateComplete;
      expect(element.status).to.equal('error');
      const alert = shadow(element).querySelector('[role="alert"]');
      expect(alert, 'a message where the list would be').to.not.equal(null);
      expect(alert!.textContent).to.contain('The meeting list could not be reached. Check your connection and try again.');
      expect(element.results).to.deep.equal([]);
      await expect(element).to.be.accessible();

      await executeServerCommand('unblock-requests');
      const retry = alert!.querySelector('button')!;
      expect(retry.textContent!.trim()).to.equal('Try again');
      retry.click();
      await rowsRendered(element);
      await waitUntil(() => element.status === 'ready', 'ready once the chunk is had');
      expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
      expect(element.results.length).to.be.greaterThan(0);
      expect(shadow(element).querySelector('input[type="search"]'), 'the search is there').to.not.equal(null);
      expect(thrown, 'nothing thrown into the page').to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
