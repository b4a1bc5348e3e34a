/**
 * The device's copies of feeds: what is kept (no raw records), how a copy read back is checked (a
 * damaged or foreign-version copy is refused whole), and which copies go when the store is full;
 * then the IndexedDB store itself, for real.
 */
import { expect } from '@open-wc/testing';
import { adaptMeetingGuide } from '../../src/feeds/meeting-guide.js';
import { readCopy, saveCopy } from '../../src/feeds/offline-store.js';
import { assembleCopy, checkHead, estimateBytes, FIRST_PART, isStoredMeeting, keysToEvict, MIN_PART, nextPartSize, PART_SIZE, storableMeeting, STORED_FEED_VERSION, type StoredHead } from '../../src/feeds/stored-feed.js';

const RECORDS = [
  { slug: 'a', name: 'Tuesday Night Open', day: 2, time: '19:00', formatted_address: '1500 Poplar Ave, Memphis, TN 38104, USA', latitude: 35.138, longitude: -90.01, types: ['O'] },
  { slug: 'b', name: 'East Coast Online', day: 2, time: '20:00', conference_url: 'https://zoom.us/j/5550100', types: ['O', 'ONL'] },
];
const feed = adaptMeetingGuide(RECORDS, { source: 'https://example.org/feed.json' });
const head = (changes: Partial<StoredHead> = {}): StoredHead => ({
  version: STORED_FEED_VERSION, key: 'k', savedAt: 1, records: 2, meetings: 2, parts: 1, generation: 'g', bytes: 10, ...changes,
});

describe('stored feeds', () => {
  it('keeps a meeting without its raw record, in a shape that checks', () => {
    const stored = storableMeeting(feed.meetings[0]!);
    expect(stored.raw).to.equal(null);
    expect({ ...stored, raw: feed.meetings[0]!.raw }).to.deep.equal(feed.meetings[0]);
    expect(feed.meetings.every(isStoredMeeting)).to.equal(true);
    // What a damaged copy may hold: each is refused.
    for (const bad of [null, 'x', { ...stored, id: 5 }, { ...stored, day: 9 }, { ...stored, attendance: 'maybe' }, { ...stored, location: null }, { ...stored, types: [{}] }, { ...stored, location: { ...stored.location, coordinates: { latitude: 'x' } } }]) {
      expect(isStoredMeeting(bad), JSON.stringify(bad)?.slice(0, 80)).to.equal(false);
    }
  });

  it('refuses a head of another version, another key, or with missing numbers', () => {
    expect(checkHead(head(), 'k')).to.deep.equal(head());
    expect(checkHead({ ...head(), version: 99 }, 'k')).to.contain('another version');
    expect(checkHead(head(), 'other')).to.equal('the saved copy is damaged');
    expect(checkHead({ ...head(), parts: 'two' }, 'k')).to.equal('the saved copy is damaged');
    expect(checkHead('garbage', 'k')).to.equal('the saved copy is not readable');
  });

  it('assembles a copy only when every part is there and holds meetings', () => {
    const meetings = feed.meetings.map(storableMeeting);
    const copy = assembleCopy(head(), [meetings]);
    expect(typeof copy === 'string' ? copy : copy.feed.meetings.map((meeting) => meeting.name)).to.deep.equal(['Tuesday Night Open', 'East Coast Online']);
    expect(assembleCopy(head({ parts: 2 }), [meetings])).to.equal('the saved copy is incomplete');
    expect(assembleCopy(head(), [[meetings[0]]])).to.equal('the saved copy is incomplete');
    expect(assembleCopy(head(), [[meetings[0], { name: 'half' }]])).to.equal('the saved copy is damaged');
  });

  it('evicts the oldest copies of other feeds until the new one fits', () => {
    const heads = [
      { key: 'old', savedAt: 1, bytes: 40 },
      { key: 'newer', savedAt: 3, bytes: 40 },
      { key: 'mine', savedAt: 2, bytes: 40 },
    ];
    expect(keysToEvict(heads, 'mine', 20, 100)).to.deep.equal([]);
    expect(keysToEvict(heads, 'mine', 50, 100)).to.deep.equal(['old']);
    expect(keysToEvict(heads, 'mine', 90, 100)).to.deep.equal(['old', 'newer']);
  });

  it('sizes each part to the idle time at hand and what a meeting cost, within bounds', () => {
    // 40 ms at 0.05 ms a meeting: 640 meetings (a fifth of the time kept as margin).
    expect(nextPartSize(40, 0.05, 500)).to.equal(640);
    expect(nextPartSize(10, 0.05, 500)).to.equal(160);
    // At most twice the last part, and never more than PART_SIZE or less than MIN_PART.
    expect(nextPartSize(50, 0.001, 250)).to.equal(500);
    expect(nextPartSize(50, 0.001, 1500)).to.equal(PART_SIZE);
    expect(nextPartSize(1, 1, 250)).to.equal(MIN_PART);
    // Nothing measured (a part too quick for the clock): twice the last.
    expect(nextPartSize(10, 0, 250)).to.equal(500);
  });

  it("tells a copy's size from a sample of its meetings, exactly when the feed is small", () => {
    const json = (meetings: typeof feed.meetings) => JSON.stringify(meetings.map(storableMeeting)).length;
    expect(estimateBytes(feed.meetings)).to.equal(json(feed.meetings));
    // 1,000 meetings whose names run from short to long along the list: the sample spans them all
    // (the first 200 alone would say about a third of the size).
    const varied = adaptMeetingGuide(
      Array.from({ length: 1000 }, (_, i) => ({ ...RECORDS[i % 2], slug: `m${i}`, name: `Meeting ${'x'.repeat(i)}` })),
      { source: 'https://example.org/varied.json' },
    );
    const exact = json(varied.meetings);
    expect(Math.abs(estimateBytes(varied.meetings) - exact) / exact).to.be.below(0.02);
  });

  describe('in IndexedDB', () => {
    const key = () => `https://example.org/feed-${Math.random().toString(36).slice(2)}.json`;
    const countParts = () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('meeting-locator');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('feed-parts').objectStore('feed-parts').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      });

    it('reads back what it saved, without raw records; a new save replaces the copy whole', async () => {
      const url = key();
      await saveCopy(url, feed, 'meeting-guide', 1000);
      const copy = await readCopy(url);
      expect(copy && 'feed' in copy ? [copy.savedAt, copy.format, copy.feed.records, copy.feed.meetings.map((meeting) => meeting.name)] : copy).to.deep.equal([1000, 'meeting-guide', 2, ['Tuesday Night Open', 'East Coast Online']]);
      expect(copy && 'feed' in copy ? copy.feed.meetings[0]!.raw : 'none').to.equal(null);
      const smaller = adaptMeetingGuide([{ ...RECORDS[0], slug: 'c', name: 'Only One' }], { source: 'https://example.org/feed.json' });
      await saveCopy(url, smaller, 'meeting-guide', 2000);
      const again = await readCopy(url);
      expect(again && 'feed' in again ? again.feed.meetings.map((meeting) => meeting.name) : again).to.deep.equal(['Only One']);
    });

    it('reads back a feed saved in parts of different sizes, whole and in order', async () => {
      // More meetings than the first part holds: the parts after it are sized as the save goes.
      const many = adaptMeetingGuide(
        Array.from({ length: FIRST_PART * 3 + 7 }, (_, i) => ({ ...RECORDS[i % 2], slug: `m${i}`, name: `Meeting ${i}` })),
        { source: 'https://example.org/many.json' },
      );
      const url = key();
      await saveCopy(url, many, 'meeting-guide', 1000);
      const copy = await readCopy(url);
      expect(copy && 'feed' in copy ? copy.feed.meetings.map((meeting) => meeting.name) : copy).to.deep.equal(many.meetings.map((meeting) => meeting.name));
    });

    it('keeps nothing of a feed larger than the budget, and the copy before it stays', async () => {
      const url = key();
      await saveCopy(url, feed, 'meeting-guide', 1000);
      const partsBefore = await countParts();
      const bigger = adaptMeetingGuide([...RECORDS, { ...RECORDS[0], slug: 'c', name: 'A Third' }], { source: 'https://example.org/feed.json' });
      // A budget the two meetings fit in and the three do not.
      await saveCopy(url, bigger, 'meeting-guide', 2000, estimateBytes(bigger.meetings) - 1);
      expect(await countParts()).to.equal(partsBefore);
      const copy = await readCopy(url);
      expect(copy && 'feed' in copy ? [copy.savedAt, copy.feed.meetings.length] : copy).to.deep.equal([1000, 2]);
      await saveCopy(url, bigger, 'meeting-guide', 3000, estimateBytes(bigger.meetings));
      const again = await readCopy(url);
      expect(again && 'feed' in again ? [again.savedAt, again.feed.meetings.length] : again).to.deep.equal([3000, 3]);
    });

    it('adds its stores to a database of the same name that lacks them, instead of failing every save', async () => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('meeting-locator');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      });
      // Opened by name only, before the element made it: version 1, no stores.
      await new Promise<void>((resolve) => {
        const request = indexedDB.open('meeting-locator');
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
      });
      const url = key();
      await saveCopy(url, feed, 'meeting-guide', 1000);
      const copy = await readCopy(url);
      expect(copy && 'feed' in copy ? copy.feed.meetings.length : copy).to.equal(2);
    });

    it('drops (and deletes) a copy of another version or with a missing part, instead of trusting it', async () => {
      const url = key();
      await saveCopy(url, feed, 'meeting-guide', 1000);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('meeting-locator');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const write = (change: (heads: IDBObjectStore, parts: IDBObjectStore) => void) =>
        new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(['feed-heads', 'feed-parts'], 'readwrite');
          change(transaction.objectStore('feed-heads'), transaction.objectStore('feed-parts'));
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
      const stored = await new Promise<StoredHead>((resolve) => {
        const request = db.transaction('feed-heads').objectStore('feed-heads').get(url);
        request.onsuccess = () => resolve(request.result as StoredHead);
      });
      await write((heads) => heads.put({ ...stored, version: 99 }));
      expect(await readCopy(url)).to.deep.equal({ dropped: 'the saved copy was written by another version of the element (99)' });
      expect(await readCopy(url)).to.equal(undefined);

      await saveCopy(url, feed, 'meeting-guide', 3000);
      const second = await new Promise<StoredHead>((resolve) => {
        const request = db.transaction('feed-heads').objectStore('feed-heads').get(url);
        request.onsuccess = () => resolve(request.result as StoredHead);
      });
      await write((_heads, parts) => parts.delete(`${second.generation}/0`));
      expect(await readCopy(url)).to.deep.equal({ dropped: 'the saved copy is damaged' });
      expect(await readCopy(url)).to.equal(undefined);
      db.close();
    });
  });
});
