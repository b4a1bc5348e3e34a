/**
 * Which adapter a parsed answer needs. Detection looks at the data, not the URL, because feeds are
 * served from anywhere (a WordPress admin-ajax URL, a static file, a CDN).
 */
export type FeedFormat = 'meeting-guide';

/** Fields of which a Meeting Guide record has at least one. */
const MEETING_GUIDE_FIELDS = ['slug', 'name', 'day', 'time', 'types', 'formatted_address', 'conference_url', 'location'];

export function detectFormat(data: unknown): FeedFormat | undefined {
  if (!Array.isArray(data)) return undefined;
  // An empty array is a (empty) Meeting Guide feed: the caller reports it as empty, not unknown.
  if (data.length === 0) return 'meeting-guide';
  // Look at a sample, not just the first record: the first may be the broken one.
  const sample = data.slice(0, 20);
  const looksLikeMeetingGuide = sample.some((record) =>
    typeof record === 'object' && record !== null && MEETING_GUIDE_FIELDS.some((field) => field in record),
  );
  return looksLikeMeetingGuide ? 'meeting-guide' : undefined;
}
