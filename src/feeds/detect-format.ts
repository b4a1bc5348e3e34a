/**
 * Which adapter a parsed answer needs. Detection looks at the data, not the URL, because feeds are
 * served from anywhere (a WordPress admin-ajax URL, a static file, a CDN, a BMLT root server).
 */
export type FeedFormat = 'meeting-guide' | 'bmlt';

/** Fields of which a Meeting Guide record has at least one. */
const MEETING_GUIDE_FIELDS = ['slug', 'name', 'day', 'time', 'types', 'formatted_address', 'conference_url', 'location'];
/** Fields of which a BMLT GetSearchResults record has at least one. */
const BMLT_FIELDS = ['id_bigint', 'weekday_tinyint', 'meeting_name', 'start_time', 'venue_type', 'format_shared_id_list'];

function sampleHas(records: readonly unknown[], fields: readonly string[]): boolean {
  // Look at a sample, not just the first record: the first may be the broken one.
  return records.slice(0, 20).some((record) => typeof record === 'object' && record !== null && fields.some((field) => field in record));
}

export function detectFormat(data: unknown): FeedFormat | undefined {
  if (Array.isArray(data)) {
    // An empty array is a (empty) Meeting Guide feed: the caller reports it as empty, not unknown.
    if (data.length === 0) return 'meeting-guide';
    if (sampleHas(data, BMLT_FIELDS)) return 'bmlt';
    return sampleHas(data, MEETING_GUIDE_FIELDS) ? 'meeting-guide' : undefined;
  }
  // BMLT's `get_used_formats=1` answer: { meetings: [...], formats: [...] }.
  if (typeof data === 'object' && data !== null && Array.isArray((data as { meetings?: unknown }).meetings)) {
    const { meetings } = data as { meetings: unknown[] };
    return meetings.length === 0 || sampleHas(meetings, BMLT_FIELDS) ? 'bmlt' : undefined;
  }
  return undefined;
}

/** The meetings and formats of an answer in either shape; null when it is neither. */
export function splitBmltAnswer(data: unknown): { meetings: unknown[]; formats: unknown[] } | null {
  if (Array.isArray(data)) return { meetings: data, formats: [] };
  if (typeof data === 'object' && data !== null && Array.isArray((data as { meetings?: unknown }).meetings)) {
    const { meetings, formats } = data as { meetings: unknown[]; formats?: unknown };
    return { meetings, formats: Array.isArray(formats) ? formats : [] };
  }
  return null;
}
