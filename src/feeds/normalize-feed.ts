/** A parsed feed answer → normalized meetings, through the adapter its format needs. */
import type { NormalizedFeed } from '../model/meeting.js';
import { detectFormat } from './detect-format.js';
import { FeedError } from './feed-error.js';
import { adaptMeetingGuide } from './meeting-guide.js';

export interface NormalizeOptions {
  source: string;
  timezone?: string;
}

/** Throws a FeedError when the data is of an unknown shape, empty, or has no usable record. */
export function normalizeFeed(data: unknown, options: NormalizeOptions): NormalizedFeed {
  const format = detectFormat(data);
  if (!format || !Array.isArray(data)) {
    throw new FeedError('unknown-format', options.source, `${options.source} is JSON, but not a Meeting Guide feed (a list of meetings).`);
  }
  if (data.length === 0) {
    throw new FeedError('empty', options.source, `${options.source} has no meetings.`);
  }
  const feed = adaptMeetingGuide(data, options);
  if (feed.meetings.length === 0) {
    const error = new FeedError('no-valid-records', options.source, `None of the ${feed.records} records of ${options.source} could be read.`);
    throw Object.assign(error, { diagnostics: feed.diagnostics });
  }
  return feed;
}
