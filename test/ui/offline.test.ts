/**
 * The last list, offline: a feed that loaded once on this device is shown again, marked with its
 * date, when the connection fails (a real cut connection from the test server), the feed does not
 * answer in time, or a Wi-Fi login page answers instead; a fresh answer replaces it whole; a damaged
 * copy is dropped with a warning; `no-cache` keeps nothing.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { readCopy } from '../../src/feeds/offline-store.js';
import { mount, rowNames, rowsRendered, shadow, usePage } from './mount.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';

let counter = 0;
/** A feed of its own per test (the copies are kept by URL), which the test turns on and off. */
function switchedFeed(): { url: string; set: (mode: 'up' | 'down' | 'changed' | 'portal' | 'hang') => Promise<void> } {
  const path = `/test-feed/switch/offline-${Date.now().toString(36)}-${counter++}`;
  return { url: new URL(path, location.href).href, set: async (mode) => void (await fetch(`${path}?set=${mode}`)) };
}

const mountFeed = (url: string, setup: (element: MeetingLocator) => void = () => {}) =>
  mount((el) => {
    el.src = url;
    el.timezone = 'America/Chicago';
    setup(el);
  });

/** Loads the feed once and waits until its copy is on the device (saved when the page is idle). */
async function loadOnce(url: string): Promise<void> {
  const { element, loaded } = mountFeed(url);
  await loaded;
  await rowsRendered(element, 2);
  await waitUntil(async () => (await readCopy(url)) !== undefined, 'the copy saved', { timeout: 8000 });
  element.parentElement!.remove();
}

const notice = (element: MeetingLocator) => shadow(element).querySelector('[part="notice"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<meeting-locator> the last list, offline', () => {
  usePage();

  it('shows the saved list, with its date and a retry, when the connection fails; a fresh answer replaces it whole', async () => {
    const feed = switchedFeed();
    await feed.set('up');
    await loadOnce(feed.url);
    await feed.set('down');
    const errors: string[] = [];
    const { element, loaded } = mountFeed(feed.url, (el) => el.addEventListener('ml-error', (event) => errors.push((event as CustomEvent).detail.code)));
    const load = await loaded;
    await rowsRendered(element, 2);
    expect(rowNames(element)).to.have.members(['Served Tuesday Group', 'Served Online Group']);
    expect(element.status).to.equal('ready');
    expect(notice(element)).to.match(/^Showing the list of [^ ]+ as of \w+day, \w+ \d+(,| at) \d+:\d\d [AP]M, saved on this device\. .+ Try again$/);
    expect(errors).to.deep.equal(['network']);
    expect(load.detail.sources[0]!.savedAt).to.be.a('number');
    await expect(element).to.be.accessible();

    // The feed is back with other meetings: "Try again" shows them, and nothing of the saved list.
    await feed.set('changed');
    shadow(element).querySelector<HTMLButtonElement>('[part="notice"] button')!.click();
    await waitUntil(() => rowNames(element).join() === 'Changed Feed Group', 'the fresh list', { timeout: 5000 });
    expect(notice(element)).to.equal('');
  });

  it('names two sources of one site that fell back alike once', async () => {
    const [one, two] = [switchedFeed(), switchedFeed()];
    await Promise.all([one.set('up'), two.set('up')]);
    await loadOnce(one.url);
    await loadOnce(two.url);
    await Promise.all([one.set('down'), two.set('down')]);
    const { element, loaded } = mountFeed(`${one.url} ${two.url}`);
    await loaded;
    await rowsRendered(element);
    const items = shadow(element).querySelectorAll('[part="notice"] li');
    expect(items.length).to.equal(1);
  });

  it('uses the saved list when the feed does not answer in time, or a Wi-Fi login page answers instead', async () => {
    const feed = switchedFeed();
    await feed.set('up');
    await loadOnce(feed.url);
    await feed.set('hang');
    const slow = mountFeed(feed.url, (el) => (el.timeout = 300));
    await slow.loaded;
    await rowsRendered(slow.element, 2);
    expect(notice(slow.element)).to.contain('saved on this device');
    await feed.set('portal');
    const portal = mountFeed(feed.url);
    await portal.loaded;
    await rowsRendered(portal.element, 2);
    expect(notice(portal.element)).to.contain('saved on this device');
  });

  it('replaces the saved list as soon as the browser says it is online again', async () => {
    const feed = switchedFeed();
    await feed.set('up');
    await loadOnce(feed.url);
    await feed.set('down');
    const { element, loaded } = mountFeed(feed.url);
    await loaded;
    await rowsRendered(element, 2);
    await feed.set('changed');
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => rowNames(element).join() === 'Changed Feed Group', 'the fresh list', { timeout: 5000 });
  });

  it('no-cache keeps nothing and shows nothing saved', async () => {
    const feed = switchedFeed();
    await feed.set('up');
    const first = mountFeed(feed.url, (el) => (el.noCache = true));
    await first.loaded;
    await rowsRendered(first.element, 2);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await readCopy(feed.url)).to.equal(undefined);
    await loadOnce(feed.url);
    await feed.set('down');
    const { element, failed } = mountFeed(feed.url, (el) => (el.noCache = true));
    expect((await failed).detail.code).to.equal('network');
    await waitUntil(() => shadow(element).querySelector('.message.error'), 'the error', { timeout: 5000 });
  });

  it('drops a damaged copy with a warning, and says the feed failed, without throwing', async () => {
    const feed = switchedFeed();
    await feed.set('up');
    await loadOnce(feed.url);
    // Another version of the element wrote this copy.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('meeting-locator');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve) => {
      const transaction = db.transaction('feed-heads', 'readwrite');
      const store = transaction.objectStore('feed-heads');
      const read = store.get(feed.url);
      read.onsuccess = () => store.put({ ...read.result, version: 0 });
      transaction.oncomplete = () => resolve();
    });
    db.close();
    await feed.set('down');
    const { element, failed } = mountFeed(feed.url);
    expect((await failed).detail.code).to.equal('network');
    await waitUntil(() => shadow(element).querySelector('.message.error'), 'the error', { timeout: 5000 });
    expect(element.diagnostics.map((diagnostic) => diagnostic.code)).to.include('offline-copy-dropped');
    expect(await readCopy(feed.url)).to.equal(undefined);
  });
});
