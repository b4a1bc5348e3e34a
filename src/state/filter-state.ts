/**
 * The filters a person has chosen, as one plain value: what the filter bar edits, what goes into the
 * URL (see `url-state.ts`) and what attribute presets produce (see `presets.ts`).
 *
 * Semantics: a meeting matches when it matches every non-empty dimension; within `days`, `times`,
 * `attendance` and `regions` any value may hold (OR), within `features` all must hold (AND).
 * `sort` orders the results and is not a filter (see `isEmpty`). The person's own position is never
 * part of this state, so it can never end up in a URL.
 *
 * Pure data and functions: no DOM, no Lit.
 */
import type { Weekday } from '../model/meeting.js';
import { isFeatureKey, isLanguageFeature, languageFeature } from '../model/features.js';

export type DayOption = Weekday | 'today' | 'tomorrow';
export type TimeOption = 'morning' | 'midday' | 'afternoon' | 'evening' | 'night' | 'soon' | 'now';
export type AttendanceOption = 'in_person' | 'online' | 'hybrid';
export type SortOption = 'time' | 'distance';

export interface FilterState {
  /** Free-text search. */
  q: string;
  /** Any of (OR). */
  days: DayOption[];
  /** Any of (OR). */
  times: TimeOption[];
  /** Any of (OR). */
  attendance: AttendanceOption[];
  /** Canonical feature keys (e.g. 'women', 'wheelchair', 'language:es'); all must hold (AND). */
  features: string[];
  /** Region / city names as the feed writes them; any of (OR). */
  regions: string[];
  /**
   * "Near a place": a city / neighbourhood / postal code name from the feed. Never the person's
   * position: that never goes into a URL.
   */
  place?: string;
  /** In the element's distance unit; only positive finite numbers are meaningful. */
  radius?: number;
  sort?: SortOption;
}

/** No filters. Frozen (lists included): copy before changing, e.g. `{ ...EMPTY_FILTERS, days: [2] }`. */
export const EMPTY_FILTERS: FilterState = Object.freeze({
  q: '',
  days: Object.freeze([]) as unknown as DayOption[],
  times: Object.freeze([]) as unknown as TimeOption[],
  attendance: Object.freeze([]) as unknown as AttendanceOption[],
  features: Object.freeze([]) as unknown as string[],
  regions: Object.freeze([]) as unknown as string[],
});

// ---------------------------------------------------------------------------------------------------
// Vocabularies and the parsing of single values (shared by the URL reader and the presets)

export const TIME_OPTIONS: readonly TimeOption[] = ['morning', 'midday', 'afternoon', 'evening', 'night', 'soon', 'now'];
export const ATTENDANCE_OPTIONS: readonly AttendanceOption[] = ['in_person', 'online', 'hybrid'];
export const SORT_OPTIONS: readonly SortOption[] = ['time', 'distance'];

/** Short English weekday names, Sunday first, as written into URLs ('sun' … 'sat'). */
export const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const WEEKDAY_FULL_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A day option from text: a number 0–6 (0 = Sunday), an English weekday name, short ('tue') or full
 * ('tuesday'), or 'today' / 'tomorrow'; case-insensitive, surrounding white space ignored.
 */
export function parseDayOption(text: string): DayOption | undefined {
  const token = text.trim().toLowerCase();
  if (/^[0-6]$/.test(token)) return Number(token) as Weekday;
  if (token === 'today' || token === 'tomorrow') return token;
  let index = (WEEKDAY_NAMES as readonly string[]).indexOf(token);
  if (index < 0) index = WEEKDAY_FULL_NAMES.indexOf(token);
  return index < 0 ? undefined : (index as Weekday);
}

/** The text of a day option as written into URLs: 'sun' … 'sat', 'today', 'tomorrow'. */
export function formatDayOption(day: DayOption): string {
  return typeof day === 'number' ? WEEKDAY_NAMES[day] ?? String(day) : day;
}

export function isDayOption(value: unknown): value is DayOption {
  return value === 'today' || value === 'tomorrow' || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6);
}

export function parseTimeOption(text: string): TimeOption | undefined {
  const token = text.trim().toLowerCase();
  return (TIME_OPTIONS as readonly string[]).includes(token) ? (token as TimeOption) : undefined;
}

/** 'in_person' (also written 'in-person' or 'inperson'), 'online', 'hybrid'; case-insensitive. */
export function parseAttendanceOption(text: string): AttendanceOption | undefined {
  const token = text.trim().toLowerCase();
  if (token === 'in-person' || token === 'inperson') return 'in_person';
  return (ATTENDANCE_OPTIONS as readonly string[]).includes(token) ? (token as AttendanceOption) : undefined;
}

export function parseSortOption(text: string): SortOption | undefined {
  const token = text.trim().toLowerCase();
  return (SORT_OPTIONS as readonly string[]).includes(token) ? (token as SortOption) : undefined;
}

/**
 * A canonical feature key from text: a key of the vocabulary ('women', case-insensitive) or a
 * language feature ('language:es'; a longer tag such as 'language:es-MX' keeps its primary subtag).
 * Meeting Guide codes are not accepted here (see `presets.ts`): URLs carry canonical keys only.
 */
export function parseFeature(text: string): string | undefined {
  const token = text.trim().toLowerCase();
  if (isFeatureKey(token) || isLanguageFeature(token)) return token;
  if (token.startsWith('language:')) {
    try {
      return languageFeature(token.slice('language:'.length));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** A usable radius: a positive finite number, else undefined. */
export function validRadius(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Whole states

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

function nonEmptyTrimmed(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The same state with every value checked: q trimmed, lists deduplicated (first occurrence kept, in
 * order) with invalid values and blank names dropped, features in canonical spelling, an empty place,
 * a non-positive radius and an unknown sort removed. What `writeFilters` writes and what
 * `equalFilters` compares. Returns a new object; tolerates missing lists.
 */
export function normalizeFilters(state: Partial<FilterState>): FilterState {
  // Filter states are values, never changed once made: each is normalized once (a press compares
  // states several times, and validating language tags through Intl is not free).
  let result = normalized.get(state);
  if (!result) {
    result = normalize(state);
    normalized.set(state, result);
  }
  return { ...result, days: [...result.days], times: [...result.times], attendance: [...result.attendance], features: [...result.features], regions: [...result.regions] };
}

const normalized = new WeakMap<Partial<FilterState>, FilterState>();

function normalize(state: Partial<FilterState>): FilterState {
  const result: FilterState = {
    q: typeof state.q === 'string' ? state.q.trim() : '',
    days: unique((state.days ?? []).filter(isDayOption)),
    times: unique((state.times ?? []).filter((time) => typeof time === 'string' && parseTimeOption(time) === time)),
    attendance: unique(
      (state.attendance ?? []).filter((option) => typeof option === 'string' && parseAttendanceOption(option) === option),
    ),
    features: unique(
      (state.features ?? []).flatMap((feature) => {
        const parsed = typeof feature === 'string' ? parseFeature(feature) : undefined;
        return parsed ? [parsed] : [];
      }),
    ),
    regions: unique((state.regions ?? []).flatMap((region) => nonEmptyTrimmed(region) ?? [])),
  };
  const place = nonEmptyTrimmed(state.place);
  if (place !== undefined) result.place = place;
  const radius = validRadius(state.radius);
  if (radius !== undefined) result.radius = radius;
  if (typeof state.sort === 'string' && parseSortOption(state.sort) === state.sort) result.sort = state.sort;
  return result;
}

/**
 * True when nothing narrows the results: no search text, no list value, no place, no radius.
 * `sort` is ignored, since it orders the results rather than filtering them.
 */
export function isEmpty(state: FilterState): boolean {
  const normal = normalizeFilters(state);
  return (
    normal.q === '' &&
    normal.days.length === 0 &&
    normal.times.length === 0 &&
    normal.attendance.length === 0 &&
    normal.features.length === 0 &&
    normal.regions.length === 0 &&
    normal.place === undefined &&
    normal.radius === undefined
  );
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((value) => right.has(value));
}

/**
 * Whether two states filter and sort alike: lists compare as sets (order and duplicates do not
 * matter), q compares trimmed, and values `normalizeFilters` would drop count as absent.
 */
export function equalFilters(a: FilterState, b: FilterState): boolean {
  const left = normalizeFilters(a);
  const right = normalizeFilters(b);
  return (
    left.q === right.q &&
    sameSet(left.days, right.days) &&
    sameSet(left.times, right.times) &&
    sameSet(left.attendance, right.attendance) &&
    sameSet(left.features, right.features) &&
    sameSet(left.regions, right.regions) &&
    left.place === right.place &&
    left.radius === right.radius &&
    left.sort === right.sort
  );
}

const LIST_DIMENSIONS = ['days', 'times', 'attendance', 'features', 'regions'] as const;
type ListDimension = (typeof LIST_DIMENSIONS)[number];

function isListDimension(dimension: keyof FilterState): dimension is ListDimension {
  return (LIST_DIMENSIONS as readonly string[]).includes(dimension);
}

function copy(state: FilterState): FilterState {
  return {
    ...state,
    days: [...state.days],
    times: [...state.times],
    attendance: [...state.attendance],
    features: [...state.features],
    regions: [...state.regions],
  };
}

/**
 * Removes one value of one dimension (for "remove this filter" buttons); returns a new state and
 * never changes `state`.
 *
 * - List dimensions: removes every occurrence of `value`; without `value`, empties the list.
 * - `q`: clears the text; `place`, `radius`, `sort`: removes the value. When `value` is given and is
 *   not the current value, the state is returned unchanged (as a copy).
 *
 * Removing `place` leaves `radius` alone (a radius can also apply to the person's own position).
 */
export function without(state: FilterState, dimension: keyof FilterState, value?: unknown): FilterState {
  const next = copy(state);
  if (isListDimension(dimension)) {
    const list = next[dimension] as unknown[];
    (next as unknown as Record<ListDimension, unknown[]>)[dimension] =
      value === undefined ? [] : list.filter((item) => item !== value);
    return next;
  }
  if (value !== undefined && state[dimension] !== value) return next;
  if (dimension === 'q') next.q = '';
  else delete next[dimension];
  return next;
}
