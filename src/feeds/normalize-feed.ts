/** A parsed feed answer → normalized meetings, whatever its format (both adapters and the contacts reader at hand). */
import type { NormalizedFeed } from '../model/meeting.js';
import { drain } from '../model/run-in-slices.js';
import { adaptBmltSteps } from './bmlt.js';
import { adaptMeetingGuideSteps } from './meeting-guide.js';
import type { FeedFormat } from './detect-format.js';
import { readFeedSteps, type NormalizeOptions } from './read-feed.js';
import { readMeetingGuideContacts } from './meeting-guide-contacts.js';
import { shareRepeatedValues } from '../model/shared-values.js';

export type { NormalizeOptions };

/** Throws a FeedError when the data is of an unknown shape, empty, or has no usable record. */
export function normalizeFeed(data: unknown, options: NormalizeOptions): NormalizedFeed & { format: FeedFormat } {
  const feed = drain(readFeedSteps(data, options, { bmlt: adaptBmltSteps, meetingGuide: adaptMeetingGuideSteps }, readMeetingGuideContacts));
  drain(shareRepeatedValues(feed.meetings));
  return feed;
}
