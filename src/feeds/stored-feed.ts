/**
 * The last list of a feed, kept on this device so a person with a failing connection still sees
 * meetings (marked with the date they were saved). What is kept is only the public feed, already
 * normalized — not the raw records, nothing of the page, nothing of the person. This module is
 * the pure part: what a stored copy looks like, how it is checked when read back (a corrupt copy,
 * or one written by another version of the element, is dropped, never trusted), and which copies
 * go when the store is over its size.
 */
import type { Attendance, Meeting, NormalizedFeed } from '../model/meeting.js';
import type { FeedFormat } from './detect-format.js';

/** Bumped whenever `Meeting` changes shape: copies of another version are dropped. */
export const STORED_FEED_VERSION = 1;

/** The store's budget on this device, all feeds together (the oldest copy goes first). */
export const STORE_CAP_BYTES = 50 * 1024 * 1024;

/** Meetings per stored part at most: each part is written in its own turn, so saving never blocks the page long. */
export const PART_SIZE = 2000;

/** Meetings in the first part, before the save knows what a meeting costs on this device. */
export const FIRST_PART = 250;

/** Meetings in a part at least (a part is one IndexedDB transaction: not too many of them). */
export const MIN_PART = 50;

/**
 * How many meetings the next part may hold to be written in `budgetMs` (the idle time at hand),
 * at `msPerMeeting` (what the last part of `previous` meetings cost: copying a meeting and handing
 * it to IndexedDB): a fifth kept as margin, between MIN_PART and PART_SIZE, and at most twice
 * the last part, since a meeting costs more in a larger part (at 2,000 meetings about five times
 * what it did at 250, in Chromium on a slow machine). Parts of 2,000 there took 70–100 ms each and
 * ran into the frames of the first toggles after a load.
 */
export function nextPartSize(budgetMs: number, msPerMeeting: number, previous: number): number {
  const grown = Math.min(PART_SIZE, 2 * previous);
  if (!(msPerMeeting > 0)) return Math.max(MIN_PART, grown);
  return Math.max(MIN_PART, Math.min(grown, Math.floor((budgetMs * 0.8) / msPerMeeting)));
}

/** Meetings measured to tell a copy's size (`estimateBytes`). */
export const SIZE_SAMPLE = 200;

/**
 * About how much room the copy of `meetings` takes (the length of their JSON), from a sample spread
 * evenly over the feed, in list order (a feed's own order groups by day or area, not by size).
 * Measuring every meeting cost as much as storing it, and a feed too large for the store was
 * measured through its first 50 MB before it was given up (at 200,000 meetings, seconds of work
 * running into the first minute of keys and toggles).
 */
export function estimateBytes(meetings: readonly Meeting[], sample = SIZE_SAMPLE): number {
  if (meetings.length <= sample) return JSON.stringify(meetings.map(storableMeeting)).length;
  let measured = 0;
  for (let i = 0; i < sample; i++) measured += JSON.stringify(storableMeeting(meetings[Math.floor((i * meetings.length) / sample)]!)).length + 1;
  return Math.round((measured * meetings.length) / sample) + 1;
}

/** One stored feed, without its meetings (they are in `parts` parts of `generation`). */
export interface StoredHead {
  version: number;
  /** The URL that was fetched (a BMLT root server's query included). */
  key: string;
  /** When the list was saved (ms since the epoch). */
  savedAt: number;
  format?: FeedFormat | undefined;
  records: number;
  meetings: number;
  parts: number;
  /** Parts of a copy being written never mix with the parts of the copy before it. */
  generation: string;
  /** About how much room it takes (its JSON's length, `estimateBytes`). */
  bytes: number;
}

/** A copy read back and checked. */
export interface StoredCopy {
  savedAt: number;
  format?: FeedFormat | undefined;
  feed: NormalizedFeed;
}

/** A meeting as kept: everything but the raw record (about half the size, and not needed to show it). */
export function storableMeeting(meeting: Meeting): Meeting {
  return { ...meeting, raw: null };
}

const ATTENDANCE: ReadonlySet<Attendance> = new Set(['in_person', 'online', 'hybrid', 'inactive']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optional = (value: unknown, type: 'string' | 'number') => value === undefined || typeof value === type;

/** Whether a value read back has the shape of a meeting: enough that every view can show it. */
export function isStoredMeeting(value: unknown): value is Meeting {
  if (!isObject(value)) return false;
  const { location, online } = value;
  return (
    typeof value.id === 'string' &&
    typeof value.source === 'string' &&
    typeof value.name === 'string' &&
    (value.day === undefined || (Number.isInteger(value.day) && (value.day as number) >= 0 && (value.day as number) <= 6)) &&
    optional(value.start, 'number') &&
    optional(value.end, 'number') &&
    optional(value.timezone, 'string') &&
    ATTENDANCE.has(value.attendance as Attendance) &&
    isObject(location) &&
    typeof location.approximate === 'boolean' &&
    Array.isArray(location.regions) &&
    location.regions.every((region) => typeof region === 'string') &&
    (location.coordinates === undefined ||
      (isObject(location.coordinates) && Number.isFinite(location.coordinates.latitude) && Number.isFinite(location.coordinates.longitude))) &&
    isObject(online) &&
    optional(online.url, 'string') &&
    optional(online.phone, 'string') &&
    Array.isArray(value.features) &&
    value.features.every((feature) => typeof feature === 'string') &&
    Array.isArray(value.types) &&
    value.types.every((type) => isObject(type) && typeof type.code === 'string')
  );
}

/** A head read back, or why it cannot be used. */
export function checkHead(value: unknown, key: string): StoredHead | string {
  if (!isObject(value)) return 'the saved copy is not readable';
  if (value.version !== STORED_FEED_VERSION) return `the saved copy was written by another version of the element (${String(value.version)})`;
  const numbers = ['savedAt', 'records', 'meetings', 'parts', 'bytes'] as const;
  if (value.key !== key || typeof value.generation !== 'string' || numbers.some((name) => !Number.isFinite(value[name]))) return 'the saved copy is damaged';
  return value as unknown as StoredHead;
}

/**
 * The copy from its head and parts, or why it cannot be used: a missing part, a part that is not a
 * list of meetings, or a count that does not add up drops the whole copy (half a list would look
 * like a whole one).
 */
export function assembleCopy(head: StoredHead, parts: readonly unknown[]): StoredCopy | string {
  if (parts.length !== head.parts) return 'the saved copy is incomplete';
  const meetings: Meeting[] = [];
  for (const part of parts) {
    if (!Array.isArray(part) || !part.every(isStoredMeeting)) return 'the saved copy is damaged';
    meetings.push(...part);
  }
  if (meetings.length !== head.meetings) return 'the saved copy is incomplete';
  return { savedAt: head.savedAt, format: head.format, feed: { meetings, diagnostics: [], records: head.records } };
}

/**
 * The keys to delete so that the store holds at most `cap` bytes after adding `incoming` bytes
 * under `incomingKey` (which replaces its own older copy): oldest first.
 */
export function keysToEvict(heads: readonly Pick<StoredHead, 'key' | 'savedAt' | 'bytes'>[], incomingKey: string, incoming: number, cap = STORE_CAP_BYTES): string[] {
  const others = heads.filter((head) => head.key !== incomingKey).sort((a, b) => a.savedAt - b.savedAt);
  let total = incoming + others.reduce((sum, head) => sum + head.bytes, 0);
  const evicted: string[] = [];
  for (const head of others) {
    if (total <= cap) break;
    evicted.push(head.key);
    total -= head.bytes;
  }
  return evicted;
}

