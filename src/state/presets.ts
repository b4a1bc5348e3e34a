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
 * The Meeting Guide code table is given (`readPresets`), so that the element's first load need not
 * carry it: without it, a `types` token that is neither a feature nor a language is `pending`, to be
 * read again once the table is in. `presetFilters` (the package's API) reads with the table.
 *
 * Pure: no DOM.
 */
import { languageFeature, type FeatureKey, type LanguageFeature } from '../model/features.js';
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

/** A Meeting Guide type code's feature (`featureForMeetingGuideType`), or undefined. */
export type CodeReader = (code: string) => FeatureKey | LanguageFeature | undefined;

/** Without the code table: not a feature, not a language, perhaps a code. */
const PENDING = Symbol('pending');

/** A feature from one `types` token, or undefined (or PENDING, without the code table). */
function presetFeature(token: string, codes: CodeReader | undefined): string | typeof PENDING | undefined {
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
  return codes ? codes(token) : PENDING;
}

/**
 * The filters the attributes ask for. Invalid tokens are returned in `ignored`, as written and in
 * attribute order (day, time, types, attendance), so the element can report them as diagnostics;
 * duplicates are dropped silently. Without `codes`, `types` tokens that may be Meeting Guide codes
 * are left out of the filters and returned in `pending`. Never throws.
 */
export function readPresets(attributes: PresetAttributes, codes?: CodeReader): { filters: FilterState; ignored: string[]; pending: string[] } {
  const ignored: string[] = [];
  const pending: string[] = [];
  function list<T>(value: string | null | undefined, parse: (token: string) => T | typeof PENDING | undefined): T[] {
    const values: T[] = [];
    for (const token of split(value)) {
      const parsed = parse(token);
      if (parsed === PENDING) pending.push(token);
      else if (parsed === undefined) ignored.push(token);
      else if (!values.includes(parsed)) values.push(parsed);
    }
    return values;
  }

  const filters: FilterState = {
    ...EMPTY_FILTERS,
    days: list(attributes.day, parseDayOption),
    times: list(attributes.time, parseTimeOption),
    features: list(attributes.types, (token) => presetFeature(token, codes)),
    attendance: list(attributes.attendance, parseAttendanceOption),
    q: (attributes.q ?? '').trim(),
    regions: [],
  };
  const region = (attributes.region ?? '').trim();
  if (region) filters.regions.push(region);
  return { filters, ignored, pending };
}
