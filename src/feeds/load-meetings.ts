/**
 * Where the element's meetings come from: the `meetings` property (data without a URL) or the feed
 * at `src`. Returns normalized meetings in reading order, or throws a FeedError.
 */
import type { NormalizedFeed } from '../model/meeting.js';
import { compareMeetings } from '../query/weekly-order.js';
import { FeedError } from './feed-error.js';
import { fetchJson } from './fetch-json.js';
import { normalizeFeed } from './normalize-feed.js';

export interface LoadRequest {
  src?: string | undefined;
  /** Records in a feed format, given directly; wins over `src`. */
  data?: unknown;
  timezone?: string | undefined;
  timeout: number;
  signal?: AbortSignal;
  /** Bypass the browser's cache (a retry). */
  fresh?: boolean;
}

export const INLINE_SOURCE = 'inline';

export async function loadMeetings(request: LoadRequest): Promise<NormalizedFeed> {
  const src = request.src?.trim();
  const timezone = request.timezone?.trim() || undefined;
  let feed: NormalizedFeed;
  if (request.data !== undefined && request.data !== null) {
    feed = normalizeFeed(request.data, { source: INLINE_SOURCE, ...(timezone ? { timezone } : {}) });
  } else if (src) {
    // Relative URLs resolve against the page, as they would in an <img src>.
    const url = new URL(src, document.baseURI).href;
    const data = await fetchJson(url, { timeout: request.timeout, fresh: request.fresh ?? false, ...(request.signal ? { signal: request.signal } : {}) });
    feed = normalizeFeed(data, { source: url, ...(timezone ? { timezone } : {}) });
  } else {
    throw new FeedError('no-source', '', 'No meetings: set the src attribute to a feed URL, or the meetings property.');
  }
  return { ...feed, meetings: [...feed.meetings].sort(compareMeetings) };
}
