/**
 * A chunk the meetings cannot be shown without, not to be had: the connection drops before it
 * arrives (the test server refuses its requests). The element says the meeting list could not be
 * reached, with Try again, tells the page (`ml-error`, `network`) and throws nothing into it; once
 * the connection is back, Try again shows the meetings. A module fetched once is not fetched again,
 * so the file calling this must be the first in its page to need that chunk.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mount, rowsRendered, shadow } from './mount.js';

export async function outOfReachThenBack(blocked: string): Promise<void> {
  await executeServerCommand('block-requests', { containing: [blocked] });
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
    await executeServerCommand('unblock-requests');
  }
}
