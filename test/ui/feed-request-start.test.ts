/**
 * The feed is asked for as the element joins the page, not at its first render: on a slow phone the
 * controllers' start and the first render are tens of milliseconds the request need not wait for.
 * It is asked for once; and an element whose source comes after it joined the page still loads.
 */
import { expect } from '@open-wc/testing';
import { itNeeds } from '../engines.js';
import { mount, rowsRendered, usePage } from './mount.js';

const requests = (path: string) =>
  performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname + new URL(entry.name).search === path);

describe('when the feed is asked for', () => {
  usePage();

  itNeeds('requestCallTime', 'as the element joins the page, before its first render', async () => {
    const path = `/test-feed/valid?start=${Math.random()}`;
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.src = path;
    });
    // `mount` has just put the element in the page: nothing of its own has rendered yet.
    const joined = performance.now();
    expect(element.hasUpdated, 'not rendered yet').to.equal(false);
    await loaded;
    await rowsRendered(element);
    const asked = requests(path);
    expect(asked, 'one request').to.have.length(1);
    expect(asked[0]!.startTime).to.be.at.most(joined);
  });

  it('once, when the source is there as the element joins the page', async () => {
    const path = `/test-feed/valid?once=${Math.random()}`;
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.src = path;
    });
    await loaded;
    await rowsRendered(element);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests(path)).to.have.length(1);
  });

  it('when the source is set after the element joined the page', async () => {
    const path = `/test-feed/valid?later=${Math.random()}`;
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
    });
    await element.updateComplete;
    element.src = path;
    const event = await loaded;
    expect(event.detail.meetings).to.be.above(0);
    await rowsRendered(element);
    expect(requests(path)).to.have.length(1);
  });
});
