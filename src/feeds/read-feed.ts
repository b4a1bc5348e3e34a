/**
 * A parsed feed answer → normalized meetings, through the adapter its format needs. The adapters
 * are given, so the element's first load need not carry them (each comes in a chunk, asked for as
 * the feed's fetch starts); `normalizeFeed` (normalize-feed.ts) gives them at once.
 */
import type { NormalizedFeed } from '../model/meeting.js';
import type { AdapterOptions, ContactReader } from './adapter-common.js';
import { detectFormat, splitBmltAnswer, type FeedFormat } from './detect-format.js';
import { FeedError } from './feed-error.js';
import type { Steps } from '../model/run-in-slices.js';

/** The BMLT adapter: an answer (meetings and formats) → normalized meetings, in steps. */
export type BmltSteps = (data: unknown, options: AdapterOptions) => Steps<NormalizedFeed>;

/** The Meeting Guide adapter: the feed's records → normalized meetings, in steps. */
export type MeetingGuideSteps = (records: readonly unknown[], options: AdapterOptions) => Steps<NormalizedFeed>;

/** The adapter of each format, or a function that throws for a format not fetched. */
export interface Adapters {
  bmlt: BmltSteps;
  meetingGuide: MeetingGuideSteps;
}

export interface NormalizeOptions {
  source: string;
  timezone?: string;
  /** Skip detection (the `format` attribute); detection still refuses data of another shape. */
  format?: FeedFormat;
}

const FORMAT_NAMES: Readonly<Record<FeedFormat, string>> = { 'meeting-guide': 'Meeting Guide', bmlt: 'BMLT' };

/** The format a parsed answer will be read as (the `format` attribute's, else the detected one). */
export function formatOf(data: unknown, options: NormalizeOptions): FeedFormat | undefined {
  return options.format ?? detectFormat(data);
}

/**
 * Pausing every few hundred records (see `model/run-in-slices.ts`). Throws a FeedError when the
 * data is of an unknown shape, empty, or has no usable record.
 */
export function* readFeedSteps(data: unknown, options: NormalizeOptions, adapters: Adapters, contacts?: ContactReader): Steps<NormalizedFeed & { format: FeedFormat }> {
  // Checked before detection: an empty list is an empty feed of any format.
  if (Array.isArray(data) && data.length === 0) {
    throw new FeedError('empty', options.source, `${options.source} has no meetings.`);
  }
  const detected = detectFormat(data);
  if (options.format && detected && detected !== options.format) {
    throw new FeedError('unknown-format', options.source, `${options.source} is a ${FORMAT_NAMES[detected]} feed, not ${FORMAT_NAMES[options.format]} as the format attribute says.`);
  }
  const format = options.format ?? detected;
  const records = format === 'bmlt' ? splitBmltAnswer(data)?.meetings : format === 'meeting-guide' && Array.isArray(data) ? data : undefined;
  if (!format || !records) {
    const expected = options.format ? `a ${FORMAT_NAMES[options.format]} feed` : 'a Meeting Guide or BMLT feed';
    throw new FeedError('unknown-format', options.source, `${options.source} is JSON, but not ${expected}.`);
  }
  if (records.length === 0) {
    throw new FeedError('empty', options.source, `${options.source} has no meetings.`);
  }
  const adapterOptions = { source: options.source, ...(options.timezone ? { timezone: options.timezone } : {}), ...(contacts ? { contacts } : {}) };
  const feed = yield* format === 'bmlt' ? adapters.bmlt(data, adapterOptions) : adapters.meetingGuide(records, adapterOptions);
  if (feed.meetings.length === 0) {
    const error = new FeedError('no-valid-records', options.source, `None of the ${feed.records} records of ${options.source} could be read.`);
    throw Object.assign(error, { diagnostics: feed.diagnostics, records: feed.records });
  }
  return { ...feed, format };
}
