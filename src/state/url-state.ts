/**
 * Filters ⇄ URL query parameters, for deep links, the back button and share links.
 *
 * Each element writes under its own prefix (see `urlPrefix`), so several elements on one page and the
 * page's own parameters never clash:
 *
 * | parameter          | value                                                                          |
 * | ------------------ | ------------------------------------------------------------------------------ |
 * | `${prefix}q`       | the search text                                                                |
 * | `${prefix}day`     | comma-separated: `sun` … `sat`, `today`, `tomorrow` (read also: `0`–`6`, full names) |
 * | `${prefix}time`    | comma-separated time options (`morning`, `evening`, `now`, …)                  |
 * | `${prefix}att`     | comma-separated: `in_person`, `online`, `hybrid`                               |
 * | `${prefix}type`    | comma-separated canonical feature keys (`women`, `language:es`)                 |
 * | `${prefix}region`  | **repeated**, one parameter per region, each taken whole (names may contain commas) |
 * | `${prefix}place`   | a place name, taken whole                                                      |
 * | `${prefix}radius`  | a positive decimal number                                                      |
 * | `${prefix}sort`    | `time` or `distance`                                                           |
 * | `${prefix}meeting` | the id of the meeting whose details are open, taken whole (see `readMeeting`)  |
 *
 * Values are percent-encoded once, by URLSearchParams (`+` for a space). The comma-separated
 * dimensions only ever hold tokens without commas; region names are free text, hence repeated
 * parameters rather than a list. The reader also accepts repeated parameters for the comma-separated
 * dimensions. Empty dimensions are not written. Every other parameter is left as it was.
 *
 * The person's position is not part of FilterState and so is never written.
 */
import {
  EMPTY_FILTERS,
  formatDayOption,
  normalizeFilters,
  parseAttendanceOption,
  parseDayOption,
  parseFeature,
  parseSortOption,
  parseTimeOption,
  type FilterState,
} from './filter-state.js';

/** The parameter names, after the prefix. None contains '-', so two distinct prefixes never clash. */
const KEYS = {
  q: 'q',
  days: 'day',
  times: 'time',
  attendance: 'att',
  features: 'type',
  regions: 'region',
  place: 'place',
  radius: 'radius',
  sort: 'sort',
  meeting: 'meeting',
} as const;

function ownKeys(prefix: string): Set<string> {
  return new Set(Object.values(KEYS).map((key) => prefix + key));
}

/**
 * Writes `state` into `params` under `prefix`: first removes every parameter of this prefix, then
 * appends the non-empty dimensions, in the order of the table above. Values that `readFilters`
 * would drop (see `normalizeFilters`) are not written. Other parameters keep their values and order.
 */
export function writeFilters(params: URLSearchParams, prefix: string, state: FilterState, meeting?: string): void {
  for (const key of ownKeys(prefix)) params.delete(key);
  const normal = normalizeFilters(state);
  if (normal.q) params.append(prefix + KEYS.q, normal.q);
  if (normal.days.length) params.append(prefix + KEYS.days, normal.days.map(formatDayOption).join(','));
  if (normal.times.length) params.append(prefix + KEYS.times, normal.times.join(','));
  if (normal.attendance.length) params.append(prefix + KEYS.attendance, normal.attendance.join(','));
  if (normal.features.length) params.append(prefix + KEYS.features, normal.features.join(','));
  for (const region of normal.regions) params.append(prefix + KEYS.regions, region);
  if (normal.place !== undefined) params.append(prefix + KEYS.place, normal.place);
  if (normal.radius !== undefined) params.append(prefix + KEYS.radius, String(normal.radius));
  if (normal.sort !== undefined) params.append(prefix + KEYS.sort, normal.sort);
  if (meeting) params.append(prefix + KEYS.meeting, meeting);
}

/** The id of the meeting whose details a link opens, if any. */
export function readMeeting(params: URLSearchParams, prefix: string): string | undefined {
  return text(params, prefix + KEYS.meeting);
}

/** Every comma- or space-separated token of every occurrence of the parameter. */
function tokens(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((value) => value.split(/[\s,]+/))
    .filter((token) => token !== '');
}

function parsedList<T>(params: URLSearchParams, key: string, parse: (token: string) => T | undefined): T[] {
  const values: T[] = [];
  for (const token of tokens(params, key)) {
    const value = parse(token);
    if (value !== undefined && !values.includes(value)) values.push(value);
  }
  return values;
}

/** The first non-blank occurrence of a free-text parameter, trimmed. */
function text(params: URLSearchParams, key: string): string | undefined {
  for (const value of params.getAll(key)) {
    const trimmed = value.trim();
    if (trimmed) return trimmed;
  }
  return undefined;
}

const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads the state written by `writeFilters`. Never throws: unknown and invalid values are dropped one
 * by one (a list keeps its valid values), duplicates are dropped, and a missing dimension is empty.
 * Returns a new object (never EMPTY_FILTERS itself).
 */
export function readFilters(params: URLSearchParams, prefix: string): FilterState {
  const state: FilterState = {
    ...EMPTY_FILTERS,
    q: text(params, prefix + KEYS.q) ?? '',
    days: parsedList(params, prefix + KEYS.days, parseDayOption),
    times: parsedList(params, prefix + KEYS.times, parseTimeOption),
    attendance: parsedList(params, prefix + KEYS.attendance, parseAttendanceOption),
    features: parsedList(params, prefix + KEYS.features, parseFeature),
    regions: [],
  };
  for (const value of params.getAll(prefix + KEYS.regions)) {
    const region = value.trim();
    if (region && !state.regions.includes(region)) state.regions.push(region);
  }
  const place = text(params, prefix + KEYS.place);
  if (place !== undefined) state.place = place;
  const radiusText = text(params, prefix + KEYS.radius);
  if (radiusText !== undefined && DECIMAL.test(radiusText)) {
    const radius = Number(radiusText);
    if (Number.isFinite(radius) && radius > 0) state.radius = radius;
  }
  const sortText = text(params, prefix + KEYS.sort);
  const sort = sortText === undefined ? undefined : parseSortOption(sortText);
  if (sort !== undefined) state.sort = sort;
  return state;
}

/**
 * The URL-parameter prefix of an element: `${id}-` when it has an id (characters outside
 * [A-Za-z0-9_-] each replaced by '_'), otherwise 'ml-' for the first element without id on the page
 * and `ml${n}-` for the n-th (n ≥ 2).
 *
 * @param index the element's 0-based position among the page's `<meeting-locator>` elements without
 *   id, in document order (0 → 'ml-', 1 → 'ml2-', 2 → 'ml3-'); anything else than a non-negative
 *   integer counts as 0.
 */
export function urlPrefix(id: string | null | undefined, index: number): string {
  const trimmed = (id ?? '').trim();
  if (trimmed) return `${trimmed.replace(/[^A-Za-z0-9_-]/g, '_')}-`;
  const position = Number.isInteger(index) && index > 0 ? index : 0;
  return position === 0 ? 'ml-' : `ml${position + 1}-`;
}

/** The decoded name of one raw `name=value` piece of a query string (undefined when malformed). */
function pieceName(piece: string): string | undefined {
  const equals = piece.indexOf('=');
  const raw = (equals < 0 ? piece : piece.slice(0, equals)).replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * `href` (typically `location.href`) with `state` written under `prefix`, for
 * history.pushState/replaceState and share links. Works on absolute and relative URLs alike and
 * never throws. Every other parameter is kept byte for byte, in its place; this prefix's parameters
 * go at the end of the query; the fragment is kept. When no parameter is left, the '?' goes too.
 */
export function urlWithFilters(href: string, prefix: string, state: FilterState, meeting?: string): string {
  const hashAt = href.indexOf('#');
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt < 0 ? '' : beforeHash.slice(queryAt + 1);

  const own = ownKeys(prefix);
  const kept = query.split('&').filter((piece) => {
    if (piece === '') return false;
    const name = pieceName(piece);
    return name === undefined || !own.has(name);
  });
  const written = new URLSearchParams();
  writeFilters(written, prefix, state, meeting);
  const ours = written.toString();
  if (ours) kept.push(ours);
  return kept.length ? `${base}?${kept.join('&')}${hash}` : `${base}${hash}`;
}

/**
 * A meeting's own link, for what leaves the page (share, calendar entries, .ics files): the page's
 * address without its query or fragment — other parameters of the host page (a session token) and
 * the person's search are not sent anywhere — plus this element's meeting parameter.
 */
export function meetingLinkOf(href: string, prefix: string, meeting: string): string {
  const end = href.search(/[?#]/);
  const base = end < 0 ? href : href.slice(0, end);
  const written = new URLSearchParams();
  writeFilters(written, prefix, EMPTY_FILTERS, meeting);
  return `${base}?${written.toString()}`;
}
