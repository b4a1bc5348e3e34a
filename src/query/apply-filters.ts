/**
 * Filters with counts, in one pass over the filter index.
 *
 * Within a dimension the options are alternatives (any selected day, any selected time…); across
 * dimensions all must hold. Features are the exception: several selected features must all hold.
 * Each option's count is the number of results the list would have if that option were toggled on
 * with everything else as it is: for alternatives, the meetings that pass every *other* dimension;
 * for features, the current results that also have the feature. So a count never lies about what a
 * press will give, and an option that would give nothing shows 0.
 *
 * For the "no results" view, each active constraint also gets the number of results its removal
 * would give.
 */
import type { FilterIndex } from './filter-index.js';
import { ATTENDANCE_BITS, NO_BUCKET, NO_DAY } from './filter-index.js';
import { CLOCK, type ClockView } from './clock-view.js';
import { TIME_BUCKETS, type TimeBucket } from './time-buckets.js';
import { sortedPositions } from './sorted-positions.js';
import type { AttendanceOption, DayOption, FilterState, TimeOption } from '../state/filter-state.js';

const DAY = 1;
const TIME = 2;
const ATTENDANCE = 4;
const FEATURES = 8;
const REGIONS = 16;
const SEARCH = 32;
const RADIUS = 64;

export type Dimension = 'days' | 'times' | 'attendance' | 'features' | 'regions' | 'q' | 'radius';

export interface FilterContext {
  /** 1 for meetings matching the free-text search; undefined when there is no search. */
  searched?: Uint8Array;
  clock: ClockView;
  /** Kilometres from the chosen point, NaN where unknown; undefined when no point is chosen. */
  distances?: Float64Array;
  /** Only meetings within this many kilometres (meetings at an unknown distance are kept). */
  radiusKm?: number;
  /** Display order (positions); by next occurrence (`clock.order`) when not given. */
  order?: Int32Array;
}

export interface FilterCounts {
  days: Map<DayOption, number>;
  times: Map<TimeOption, number>;
  attendance: Map<AttendanceOption, number>;
  features: Map<string, number>;
  regions: Map<string, number>;
}

export interface Relaxation {
  dimension: Dimension;
  /** The one value to remove (a feature); undefined = the whole dimension. */
  value?: string;
  /** Results there would be without it. */
  count: number;
}

export interface FilterResult {
  /** Positions into `index.meetings`, in display order (a typed array: at 50,000 results, growing a
   *  plain array was most of the pass). */
  positions: Int32Array;
  counts: FilterCounts;
  /** For each active constraint, the results there would be without it. */
  relax: Relaxation[];
}

const ATTENDANCE_MATCH: Readonly<Record<AttendanceOption, number>> = {
  in_person: ATTENDANCE_BITS.in_person | ATTENDANCE_BITS.hybrid,
  online: ATTENDANCE_BITS.online | ATTENDANCE_BITS.hybrid,
  hybrid: ATTENDANCE_BITS.hybrid,
};

/** By a meeting's attendance bits: 1 when it matches each option (for the options' counts). */
const MATCHES = (['in_person', 'online', 'hybrid'] as const).map((option) => Uint8Array.from({ length: 16 }, (_, bits) => (bits & ATTENDANCE_MATCH[option] ? 1 : 0)));

/**
 * What a filter state selects, as tables and masks. The pass over the meetings reads these and
 * nothing else, so it runs the same operations whatever is selected, and V8 keeps its optimized
 * code from one press to the next. (A branch taken for the first time throws that code away: most
 * presses on a fresh page then ran 50,000 meetings unoptimized, up to ten times slower.)
 */
interface Selection {
  /** By weekday: 1 when it passes (all 1 when no day is selected). */
  dayPass: Uint8Array;
  /** Clock flags that pass too ("today", "tomorrow"). */
  dayFlags: number;
  bucketPass: Uint8Array;
  timeFlags: number;
  /** By attendance bits. */
  attendancePass: Uint8Array;
  /** Selected features as bits (see `FilterIndex.featureMask`); all unknown ones share the spare bit. */
  wantedMask: Uint32Array;
  /** Unknown features selected beyond the first: each is one more feature every meeting lacks. */
  extraMissing: number;
  /** By region id: 1 when selected. */
  regionWanted: Uint8Array;
  /** 1 when no region is selected (every meeting passes). */
  noRegionSelected: number;
  distances: Float64Array;
  radiusKm: number;
}

function selectionOf(index: FilterIndex, state: FilterState, context: FilterContext, wantedIds: readonly number[]): Selection {
  const dayPass = new Uint8Array(NO_DAY + 1).fill(state.days.length ? 0 : 1);
  for (const day of state.days) if (typeof day === 'number') dayPass[day] = 1;
  const bucketPass = new Uint8Array(NO_BUCKET + 1).fill(state.times.length ? 0 : 1);
  for (const time of state.times) {
    const bucket = TIME_BUCKETS.indexOf(time as TimeBucket);
    if (bucket >= 0) bucketPass[bucket] = 1;
  }
  const attendanceMask = state.attendance.reduce((mask, option) => mask | ATTENDANCE_MATCH[option], 0);
  const wantedMask = new Uint32Array(index.featureWords);
  for (const id of wantedIds) wantedMask[id >> 5]! |= 1 << (id & 31);
  const regionWanted = new Uint8Array(index.regions.length);
  for (const region of state.regions) {
    const id = index.regionIdOf.get(region);
    if (id !== undefined) regionWanted[id] = 1;
  }
  return {
    dayPass,
    dayFlags: (state.days.includes('today') ? CLOCK.today : 0) | (state.days.includes('tomorrow') ? CLOCK.tomorrow : 0),
    bucketPass,
    timeFlags: (state.times.includes('soon') ? CLOCK.soon : 0) | (state.times.includes('now') ? CLOCK.now : 0),
    attendancePass: Uint8Array.from({ length: 16 }, (_, bits) => (!attendanceMask || bits & attendanceMask ? 1 : 0)),
    wantedMask,
    extraMissing: Math.max(0, wantedIds.filter((id) => id === index.features.length).length - 1),
    regionWanted,
    noRegionSelected: state.regions.length ? 0 : 1,
    distances: context.distances ?? nowhere(index),
    radiusKm: context.radiusKm ?? Infinity,
  };
}

/** What one pass counts, into arrays made by the caller. */
interface Tally {
  /** Positions of the results, in display order, from 0 up to the count `tally` returns. */
  passing: Int32Array;
  /** By weekday, by time bucket: meetings passing every other dimension. */
  days: Uint32Array;
  buckets: Uint32Array;
  /** [today, tomorrow, soon, now]: likewise. */
  clock: Uint32Array;
  /** [in person, online, hybrid]: likewise. */
  attendance: Uint32Array;
  /** By feature id: results with the feature. */
  features: Uint32Array;
  /** By region id: meetings passing every other dimension. */
  regions: Uint32Array;
  /** By the set of constraint bits that exclude a meeting; one bit's count is what removing it adds. */
  excludedBy: Uint32Array;
  /** By feature id: meetings lacking that one selected feature and excluded by nothing else. */
  missingOnly: Uint32Array;
}

function emptyTally(index: FilterIndex, size: number): Tally {
  return {
    passing: new Int32Array(size),
    days: new Uint32Array(NO_DAY + 1),
    buckets: new Uint32Array(NO_BUCKET + 1),
    clock: new Uint32Array(4),
    attendance: new Uint32Array(3),
    features: new Uint32Array(index.features.length + 1),
    regions: new Uint32Array(index.regions.length),
    excludedBy: new Uint32Array(RADIUS * 2),
    missingOnly: new Uint32Array(index.features.length + 1),
  };
}

/**
 * The pass over every meeting; returns the number of results. It branches on nothing that is
 * selected (see `Selection`), and everything it writes goes into `out` inside the loop: V8
 * optimizes it while the first long loop runs, and code after the loop would not have run yet.
 */
function tally(index: FilterIndex, flagsOf: Uint8Array, order: Int32Array, selection: Selection, out: Tally): number {
  const { dayPass, dayFlags, bucketPass, timeFlags, attendancePass, wantedMask, extraMissing, regionWanted, noRegionSelected, distances, radiusKm } = selection;
  // Locals, not property loads, in the loop that runs for every meeting.
  const { day: dayOf, bucket: bucketOf, attendance: attendanceOf, featureStart, featureIds, featureMask, featureWords: words, regionStart, regionIds } = index;
  const { passing, days, buckets, clock, attendance: attendanceCounts, features, regions, excludedBy, missingOnly } = out;
  const [inPersonOf, onlineOf, hybridOf] = MATCHES as [Uint8Array, Uint8Array, Uint8Array];
  const spare = index.features.length;
  let passed = 0;

  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const flags = flagsOf[i]!;
    const day = dayOf[i]!;
    const bucket = bucketOf[i]!;
    const attendance = attendanceOf[i]!;
    let fail = distances[i]! > radiusKm ? RADIUS : 0;
    fail |= (dayPass[day]! | (flags & dayFlags)) === 0 ? DAY : 0;
    fail |= (bucketPass[bucket]! | (flags & timeFlags)) === 0 ? TIME : 0;
    fail |= attendancePass[attendance] === 0 ? ATTENDANCE : 0;
    // Selected features lacking: 0, 1 or more (2); and the id of the last one lacking.
    let missing = extraMissing;
    let lastMissing = spare;
    for (let w = 0, base = i * words; w < words; w++) {
      const lacking = wantedMask[w]! & ~featureMask[base + w]!;
      const id = w * 32 + 31 - Math.clz32(lacking);
      missing += (lacking === 0 ? 0 : 1) + ((lacking & (lacking - 1)) === 0 ? 0 : 1);
      lastMissing = lacking === 0 ? lastMissing : id;
    }
    fail |= missing === 0 ? 0 : FEATURES;
    const rStart = regionStart[i]!;
    const rEnd = regionStart[i + 1]!;
    let inRegion = noRegionSelected;
    for (let r = rStart; r < rEnd; r++) inRegion |= regionWanted[regionIds[r]!]!;
    fail |= inRegion === 0 ? REGIONS : 0;

    const pass = fail === 0 ? 1 : 0;
    passing[passed] = i;
    passed += pass;
    excludedBy[fail]!++;
    missingOnly[lastMissing]! += fail === FEATURES && missing === 1 ? 1 : 0;
    // Only results count towards features, and only meetings passing every other dimension towards
    // regions: a meeting that does not count stops its range where it starts (`i + 0`), so the inner
    // loop is skipped without a branch on the selection. (With a few filters on, most of 200,000
    // meetings count towards neither, and these loops were much of the pass.)
    for (let f = featureStart[i]!, fEnd = featureStart[i + pass]!; f < fEnd; f++) features[featureIds[f]!]!++;
    // Each dimension's options count the meetings that pass every other dimension.
    const dayOk = (fail & ~DAY) === 0 ? 1 : 0;
    days[day]! += dayOk;
    clock[0]! += (flags & CLOCK.today) === 0 ? 0 : dayOk;
    clock[1]! += (flags & CLOCK.tomorrow) === 0 ? 0 : dayOk;
    const timeOk = (fail & ~TIME) === 0 ? 1 : 0;
    buckets[bucket]! += timeOk;
    clock[2]! += (flags & CLOCK.soon) === 0 ? 0 : timeOk;
    clock[3]! += (flags & CLOCK.now) === 0 ? 0 : timeOk;
    const attendanceOk = (fail & ~ATTENDANCE) === 0 ? 1 : 0;
    attendanceCounts[0]! += attendanceOk & inPersonOf[attendance]!;
    attendanceCounts[1]! += attendanceOk & onlineOf[attendance]!;
    attendanceCounts[2]! += attendanceOk & hybridOf[attendance]!;
    const regionOk = (fail & ~REGIONS) === 0 ? 1 : 0;
    for (let r = rStart, counted = regionStart[i + regionOk]!; r < counted; r++) regions[regionIds[r]!]!++;
  }
  return passed;
}

export function applyFilters(index: FilterIndex, state: FilterState, context: FilterContext): FilterResult {
  // Features are a set. Selected ones no meeting has get the spare id past the last feature.
  const wanted = [...new Set(state.features)];
  const wantedIds = wanted.map((feature) => index.featureIdOf.get(feature) ?? index.features.length);
  const order = context.order ?? context.clock.order;
  const selection = selectionOf(index, state, context, wantedIds);
  // A meeting the search excludes counts towards nothing but "without the search": the pass runs
  // over the matching meetings only (while typing, a few hundred of 200,000), and that one number
  // comes from a pass without the search, kept while only the search changes.
  const { searched } = context;
  const candidates = searched ? matching(index, order, searched) : order;
  const counted = emptyTally(index, candidates.length);
  const passed = tally(index, context.clock.flags, candidates, selection, counted);
  const { excludedBy } = counted;
  if (searched) excludedBy[SEARCH] = unsearchedCount(index, state, context, order, selection) - passed;

  const days = new Map<DayOption, number>([['today', counted.clock[0]!], ['tomorrow', counted.clock[1]!]]);
  for (let d = 0; d < NO_DAY; d++) days.set(d as DayOption, counted.days[d]!);
  const times = new Map<TimeOption, number>(TIME_BUCKETS.map((name, b) => [name, counted.buckets[b]!]));
  times.set('soon', counted.clock[2]!);
  times.set('now', counted.clock[3]!);
  const relax: Relaxation[] = [];
  const relaxed = (bit: number) => passed + excludedBy[bit]!;
  if (state.q.trim()) relax.push({ dimension: 'q', count: relaxed(SEARCH) });
  if (state.days.length) relax.push({ dimension: 'days', count: relaxed(DAY) });
  if (state.times.length) relax.push({ dimension: 'times', count: relaxed(TIME) });
  if (state.attendance.length) relax.push({ dimension: 'attendance', count: relaxed(ATTENDANCE) });
  wanted.forEach((feature, w) => relax.push({ dimension: 'features', value: feature, count: passed + counted.missingOnly[wantedIds[w]!]! }));
  if (state.regions.length) relax.push({ dimension: 'regions', count: relaxed(REGIONS) });
  if (context.radiusKm !== undefined && context.distances) relax.push({ dimension: 'radius', count: relaxed(RADIUS) });

  return {
    positions: counted.passing.subarray(0, passed),
    counts: {
      days,
      times,
      attendance: new Map<AttendanceOption, number>([['in_person', counted.attendance[0]!], ['online', counted.attendance[1]!], ['hybrid', counted.attendance[2]!]]),
      features: new Map(index.features.map((feature, id) => [feature, counted.features[id]!])),
      regions: new Map(index.regions.map((region, id) => [region, counted.regions[id]!])),
    },
    relax,
  };
}

/** The meetings of `order` the search matched, in that order (into a buffer kept per index). */
function matching(index: FilterIndex, order: Int32Array, searched: Uint8Array): Int32Array {
  let buffer = candidateBuffers.get(index);
  if (!buffer || buffer.length < order.length) candidateBuffers.set(index, (buffer = new Int32Array(order.length)));
  let n = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    buffer[n] = i;
    n += searched[i]!;
  }
  return buffer.subarray(0, n);
}

const candidateBuffers = new WeakMap<FilterIndex, Int32Array>();

interface Unsearched {
  key: string;
  clock: ClockView;
  distances: Float64Array | undefined;
  radiusKm: number | undefined;
  order: Int32Array;
  count: number;
}

const unsearched = new WeakMap<FilterIndex, Unsearched>();

/** How many meetings pass everything but the search: counted once, then kept while only the search changes. */
function unsearchedCount(index: FilterIndex, state: FilterState, context: FilterContext, order: Int32Array, selection: Selection): number {
  const key = JSON.stringify([state.days, state.times, state.attendance, state.features, state.regions]);
  const known = unsearched.get(index);
  if (known && known.key === key && known.clock === context.clock && known.distances === context.distances && known.radiusKm === context.radiusKm && known.order === order) {
    return known.count;
  }
  const count = tally(index, context.clock.flags, order, selection, emptyTally(index, order.length));
  unsearched.set(index, { key, clock: context.clock, distances: context.distances, radiusKm: context.radiusKm, order, count });
  return count;
}

const noDistances = new WeakMap<FilterIndex, Float64Array>();

/** "Every meeting is at distance 0": within any radius, for the same reason. */
function nowhere(index: FilterIndex): Float64Array {
  let none = noDistances.get(index);
  if (!none) noDistances.set(index, (none = new Float64Array(index.meetings.length)));
  return none;
}

/** Positions nearest first (to the metre); unknown distances (online meetings, no coordinates) last. */
export function distanceOrder(distances: Float64Array): Int32Array {
  return sortedPositions(distances, (km) => km * 1000);
}
