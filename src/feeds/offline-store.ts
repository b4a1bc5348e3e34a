/**
 * The device's copies of feeds, in IndexedDB (fetched as a chunk of its own: only when a list is
 * to be saved after a load, or read back after a failed one). A copy is a head (when, what, how
 * big) and parts of up to 2,000 meetings, each written in an idle period of its own and sized to
 * it (`nextPartSize`) so a large feed never blocks the page; the head is written last, so a copy
 * cut short by a closed tab is never read.
 *
 * Every failure here (no IndexedDB in a private window, a full disk, a damaged copy) costs only the
 * copy: the load goes on as if there were none.
 */
import type { NormalizedFeed } from '../model/meeting.js';
import { yieldToMain } from '../model/run-in-slices.js';
import type { FeedFormat } from './detect-format.js';
import {
  assembleCopy,
  checkHead,
  estimateBytes,
  FIRST_PART,
  keysToEvict,
  nextPartSize,
  storableMeeting,
  STORED_FEED_VERSION,
  STORE_CAP_BYTES,
  type StoredCopy,
  type StoredHead,
} from './stored-feed.js';

const DATABASE = 'meeting-locator';
const HEADS = 'feed-heads';
const PARTS = 'feed-parts';

let opening: Promise<IDBDatabase> | undefined;

/**
 * Opens the database with its stores. Opened at whatever version it has: a database of the same name
 * without the stores (another script's, or one opened by name only before the element made it) is
 * upgraded to the next version to add them, rather than failing every save.
 */
function open(version?: number): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(DATABASE) : indexedDB.open(DATABASE, version);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(HEADS)) db.createObjectStore(HEADS, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(PARTS)) db.createObjectStore(PARTS);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab (a newer element) upgrading, or the database being deleted: let it, and open
      // again next time rather than block it.
      db.onversionchange = () => {
        db.close();
        opening = undefined;
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function database(): Promise<IDBDatabase> {
  opening ??= open()
    .then((db) => {
      if (db.objectStoreNames.contains(HEADS) && db.objectStoreNames.contains(PARTS)) return db;
      const next = db.version + 1;
      db.close();
      return open(next);
    })
    .catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
  return opening;
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

const partKey = (generation: string, index: number) => `${generation}/${index}`;

/** Deletes a copy: its head and its parts. */
async function remove(db: IDBDatabase, head: Pick<StoredHead, 'key' | 'generation' | 'parts'>): Promise<void> {
  const transaction = db.transaction([HEADS, PARTS], 'readwrite');
  transaction.objectStore(HEADS).delete(head.key);
  for (let index = 0; index < head.parts; index++) transaction.objectStore(PARTS).delete(partKey(head.generation, index));
  await done(transaction);
}

/** The saved copy of `key`; `{ dropped }` when there was one that could not be used (it is deleted). */
export async function readCopy(key: string): Promise<StoredCopy | { dropped: string } | undefined> {
  const db = await database();
  const read = db.transaction([HEADS, PARTS], 'readonly');
  const raw: unknown = await result(read.objectStore(HEADS).get(key));
  if (raw === undefined) return undefined;
  const head = checkHead(raw, key);
  if (typeof head === 'string') {
    const generation = (raw as { generation?: unknown }).generation;
    const parts = (raw as { parts?: unknown }).parts;
    await remove(db, { key, generation: typeof generation === 'string' ? generation : '', parts: Number.isInteger(parts) ? (parts as number) : 0 }).catch(() => undefined);
    return { dropped: head };
  }
  const parts = await Promise.all(Array.from({ length: head.parts }, (_, index) => result(db.transaction(PARTS, 'readonly').objectStore(PARTS).get(partKey(head.generation, index)))));
  const copy = assembleCopy(head, parts);
  if (typeof copy === 'string') {
    await remove(db, head).catch(() => undefined);
    return { dropped: copy };
  }
  return copy;
}

/**
 * Saves `feed` as the copy of `key`, replacing the one before; the oldest copies of other feeds go
 * when the store would be over its size (`cap`). A feed larger than the whole budget is not kept,
 * and the copy before it stays.
 */
export async function saveCopy(key: string, feed: NormalizedFeed, format: FeedFormat | undefined, now = Date.now(), cap = STORE_CAP_BYTES): Promise<void> {
  const db = await database();
  const { meetings } = feed;
  // Sized first, from a sample: a feed larger than the whole budget is not kept, and nothing of it
  // is copied (a copy made to be thrown away was seconds of work at 200,000 meetings).
  const bytes = estimateBytes(meetings);
  if (bytes > cap) return;
  const generation = `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  let index = 0;
  let size = FIRST_PART;
  // An empty feed is one empty part.
  for (let at = 0; index === 0 || at < meetings.length; index++) {
    const started = performance.now();
    const part = meetings.slice(at, at + size);
    const transaction = db.transaction(PARTS, 'readwrite');
    transaction.objectStore(PARTS).put(part.map(storableMeeting), partKey(generation, index));
    // The part's work is all above (the copy into IndexedDB is made by put): what a meeting costs here.
    const perMeeting = (performance.now() - started) / Math.max(1, part.length);
    at += part.length;
    await done(transaction);
    // Each part in an idle period of its own, and only as large as the idle time at hand: the page
    // answers between them, and a part does not run into the frame of a toggle (at 200,000 meetings
    // parts of 2,000, 70–100 ms each on a slow machine, made most toggles of the first minute late).
    size = nextPartSize(await idlePeriod(), perMeeting, part.length);
  }
  const heads = (await result(db.transaction(HEADS, 'readonly').objectStore(HEADS).getAll())) as unknown[];
  const known = heads.flatMap((raw) => {
    const head = checkHead(raw, (raw as { key?: string } | null)?.key ?? '');
    return typeof head === 'string' ? [] : [head];
  });
  for (const evicted of keysToEvict(known, key, bytes, cap)) await remove(db, known.find((head) => head.key === evicted)!);
  const before = known.find((head) => head.key === key);
  const head: StoredHead = { version: STORED_FEED_VERSION, key, savedAt: now, format, records: feed.records, meetings: feed.meetings.length, parts: index, generation, bytes };
  const transaction = db.transaction(HEADS, 'readwrite');
  transaction.objectStore(HEADS).put(head);
  await done(transaction);
  // The copy before is replaced whole, never merged: its parts go once the new head is written.
  if (before && before.generation !== generation) await removeParts(db, before.generation, before.parts);
}

/** Idle time to ask for before a part (the least a part is sized for). */
const PART_IDLE_MS = 10;

/**
 * The most a part is sized for, however long the idle period: a press or a key that comes while a
 * part is written waits for it (idle periods run to 50 ms, and parts that filled them held inputs
 * back as long).
 */
const PART_MAX_MS = 12;

/**
 * Resolves in an idle period with room for a part (or after a second of none: a page that is never
 * idle still gets its copy), with the milliseconds a part may take (what the period has left, up
 * to PART_MAX_MS). Without `requestIdleCallback` (WebKit), a turn for the browser, taken as the
 * least room.
 */
async function idlePeriod(): Promise<number> {
  const { requestIdleCallback } = globalThis as { requestIdleCallback?: (callback: (deadline: IdleDeadline) => void, options?: { timeout: number }) => number };
  if (!requestIdleCallback) return yieldToMain().then(() => PART_IDLE_MS);
  return new Promise((resolve) => {
    const started = performance.now();
    const wait = () =>
      requestIdleCallback(
        (deadline) => {
          const left = deadline.timeRemaining();
          if (left >= PART_IDLE_MS) resolve(Math.min(left, PART_MAX_MS));
          else if (deadline.didTimeout || performance.now() - started > 1000) resolve(PART_IDLE_MS);
          else wait();
        },
        { timeout: 1000 },
      );
    wait();
  });
}

async function removeParts(db: IDBDatabase, generation: string, count: number): Promise<void> {
  const transaction = db.transaction(PARTS, 'readwrite');
  for (let index = 0; index < count; index++) transaction.objectStore(PARTS).delete(partKey(generation, index));
  await done(transaction);
}
