/**
 * The Meeting Guide reader comes in a chunk asked for as the feed's fetch starts
 * (`feeds/load-meetings.ts`). When the connection drops before it arrives, the feed is said to be
 * out of reach, with Try again, as when the feed itself cannot be had; once back, Try again reads
 * it. This file must be the first in its page to read a Meeting Guide feed.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itNeeds } from '../engines.js';
import { mount, rowsRendered, shadow, usePage } from './mount.js';

describe('the Meeting Guide reader’s chunk', () => {
  usePage();
  after(() => executeServerCommand('unblock-requests').catch(() => undefined));

  itNeeds('requestBlocking', 'not to be had: the feed is out of reach, with Try again; once back, the meetings show', async () => {
    await executeServerCommand('block-requests', { containing: ['/feeds/meeting-guide.'] });
    const { element, failed } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.src = '/test-feed/valid';
    });
    const event = await failed;
    expect(event.detail.code).to.equal('network');
    await element.updateComplete;
    const alert = shadow(element).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('could not be reached');
    expect(element.status).to.equal('error');

    await executeServerCommand('unblock-requests');
    alert.querySelector('button')!.click();
    await rowsRendered(element);
    expect(element.status).to.equal('ready');
  });
});
