/**
 * Initial filters from the element's attributes, for landing pages such as "Women's meetings today":
 *
 *     <meeting-locator day="today" types="women wheelchair" attendance="online" time="evening"
 *                      region="Midtown" q="big book"></meeting-locator>
 *
 * List attributes (`day`, `time`, `types`, `attendance`) take tokens separated by commas and/or white
 * space, case-insensitive:
 * - `day`: 0–6 (0 = Sunday), English weekday names short or full ('tue', 'tuesday'), 'today',
 *   'tomorrow';
 * - `time`: morning, midday, afternoon, evening, night, soon, now;
 * - `types`: canonical feature keys ('women', 'wheelchair'), language features ('language:es', or
 *   'lang:es'), or Meeting Guide type codes ('W', 'X', 'S' → 'language:es'); a canonical key wins
 *   over a code of the same spelling;
 * - `attendance`: in_person (or in-person), online, hybrid.
 *
 * `region` and `q` are free text, taken whole and trimmed (a region name may contain commas).
 *
 * Pure: no DOM.
 */
import { featureForMeetingGuideType, languageFeature } from '../model/features.js';
import {
  EMPTY_FILTERS,
  parseAttendanceOption,
  parseDayOption,
  parseFeature,
  parseTimeOption,
  type FilterState,
} from './filter-state.js';

export interface PresetAttributes {
  day?: string | null;
  time?: string | null;
  types?: string | null;
  attendance?: string | null;
  region?: string | null;
  q?: string | null;
}

function split(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((token) => token !== '');
}

/** A feature from one `types` token, or undefined. */
function presetFeature(token: string): string | undefined {
  const canonical = parseFeature(token);
  if (canonical) return canonical;
  const lang = /^lang:(.+)$/i.exec(token);
  if (lang) {
    try {
      return languageFeature(lang[1] ?? '');
    } catch {
      return undefined;
    }
  }
  return featureForMeetingGuideType(token);
}

/**
 * The filters the attributes ask for. Invalid tokens are returned in `ignored`, as written and in
 * attribute order (day, time, types, attendance), so the element can report them as diagnostics;
 * duplicates are dropped silently. Never throws.
 */
export function presetFilters(attributes: PresetAttributes): { filters: FilterState; ignored: string[] } {
  const ignored: string[] = [];
  function list<T>(value: string | null | undefined, parse: (token: string) => T | undefined): T[] {
    const values: T[] = [];
    for (const token of split(value)) {
      const parsed = parse(token);
      if (parsed === undefined) ignored.push(token);
      else if (!values.includes(parsed)) values.push(parsed);
    }
    return values;
  }

  const filters: FilterState = {
    ...EMPTY_FILTERS,
    days: list(attributes.day, parseDayOption),
    times: list(attributes.time, parseTimeOption),
    features: list(attributes.types, presetFeature),
    attendance: list(attributes.attendance, parseAttendanceOption),
    q: (attributes.q ?? '').trim(),
    regions: [],
  };
  const region = (attributes.region ?? '').trim();
  if (region) filters.regions.push(region);
  return { filters, ignored };
}
