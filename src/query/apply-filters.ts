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
  /** Positions into `index.meetings`, in display order. */
  positions: number[];
  counts: FilterCounts;
  /** For each active constraint, the results there would be without it. */
  relax: Relaxation[];
}

const ATTENDANCE_MATCH: Readonly<Record<AttendanceOption, number>> = {
  in_person: ATTENDANCE_BITS.in_person | ATTENDANCE_BITS.hybrid,
  online: ATTENDANCE_BITS.online | ATTENDANCE_BITS.hybrid,
  hybrid: ATTENDANCE_BITS.hybrid,
};

export function applyFilters(index: FilterIndex, state: FilterState, context: FilterContext): FilterResult {
  const { clock } = context;
  // Lookup tables, so the pass over every meeting does no Set or Map work.
  const dayWanted = new Uint8Array(NO_DAY + 1);
  for (const day of state.days) if (typeof day === 'number') dayWanted[day] = 1;
  const wantToday = state.days.includes('today');
  const wantTomorrow = state.days.includes('tomorrow');
  const anyDay = state.days.length > 0;
  const bucketWanted = new Uint8Array(NO_BUCKET + 1);
  for (const time of state.times) {
    const bucket = TIME_BUCKETS.indexOf(time as TimeBucket);
    if (bucket >= 0) bucketWanted[bucket] = 1;
  }
  const wantSoon = state.times.includes('soon');
  const wantNow = state.times.includes('now');
  const anyTime = state.times.length > 0;
  const attendanceMask = state.attendance.reduce((mask, option) => mask | ATTENDANCE_MATCH[option], 0);
  const featureId = new Map(index.features.map((feature, id) => [feature, id]));
  // A selected feature no meeting has can never hold: id -1 makes every meeting fail it.
  const wanted = state.features.map((feature) => featureId.get(feature) ?? -1);
  const regionWanted = new Uint8Array(index.regions.length);
  const regionId = new Map(index.regions.map((region, id) => [region, id]));
  for (const region of state.regions) {
    const id = regionId.get(region);
    if (id !== undefined) regionWanted[id] = 1;
  }
  const anyRegion = state.regions.length > 0;
  const { searched, distances, radiusKm } = context;
  const wantedCount = wanted.length;

  const dayCounts = new Uint32Array(NO_DAY + 1);
  let todayCount = 0;
  let tomorrowCount = 0;
  const bucketCounts = new Uint32Array(NO_BUCKET + 1);
  let soonCount = 0;
  let nowCount = 0;
  const attendanceCounts = { in_person: 0, online: 0, hybrid: 0 };
  const featureCounts = new Uint32Array(index.features.length);
  const regionCounts = new Uint32Array(index.regions.length);
  // Indexed by the one constraint bit that alone excludes a meeting.
  const relaxCounts = new Uint32Array(RADIUS * 2);
  const relaxFeature = new Uint32Array(wanted.length);
  const positions: number[] = [];

  const order = context.order ?? clock.order;
  // Locals, not property loads, in the loop that runs for every meeting.
  const clockFlags = clock.flags;
  const { day: dayOf, bucket: bucketOf, attendance: attendanceOf, featureStart, featureIds, regionStart, regionIds } = index;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const flags = clockFlags[i]!;
    const day = dayOf[i]!;
    const bucket = bucketOf[i]!;
    const attendance = attendanceOf[i]!;
    let fail = 0;
    if (searched && !searched[i]) fail |= SEARCH;
    if (radiusKm !== undefined && distances && distances[i]! > radiusKm) fail |= RADIUS;
    if (anyDay && !(dayWanted[day] || (wantToday && flags & CLOCK.today) || (wantTomorrow && flags & CLOCK.tomorrow))) fail |= DAY;
    if (anyTime && !(bucketWanted[bucket] || (wantSoon && flags & CLOCK.soon) || (wantNow && flags & CLOCK.now))) fail |= TIME;
    if (attendanceMask && !(attendance & attendanceMask)) fail |= ATTENDANCE;
    const fStart = featureStart[i]!;
    const fEnd = featureStart[i + 1]!;
    let missing = 0;
    let lastMissing = -1;
    for (let w = 0; w < wantedCount; w++) {
      let has = false;
      for (let f = fStart; f < fEnd; f++) if (featureIds[f] === wanted[w]) has = true;
      if (!has) {
        missing++;
        lastMissing = w;
      }
    }
    if (missing) fail |= FEATURES;
    const rStart = regionStart[i]!;
    const rEnd = regionStart[i + 1]!;
    if (anyRegion) {
      let inRegion = false;
      for (let r = rStart; r < rEnd; r++) if (regionWanted[regionIds[r]!]) inRegion = true;
      if (!inRegion) fail |= REGIONS;
    }

    if (fail === 0) {
      positions.push(i);
      for (let f = fStart; f < fEnd; f++) featureCounts[featureIds[f]!]!++;
    } else if ((fail & (fail - 1)) === 0) {
      // Exactly one constraint excludes this meeting: removing it would bring the meeting back.
      relaxCounts[fail]!++;
      if (fail === FEATURES && missing === 1) relaxFeature[lastMissing]!++;
    }
    if (fail === 0 || fail === DAY) {
      dayCounts[day]!++;
      if (flags & CLOCK.today) todayCount++;
      if (flags & CLOCK.tomorrow) tomorrowCount++;
    }
    if (fail === 0 || fail === TIME) {
      bucketCounts[bucket]!++;
      if (flags & CLOCK.soon) soonCount++;
      if (flags & CLOCK.now) nowCount++;
    }
    if (fail === 0 || fail === ATTENDANCE) {
      if (attendance & ATTENDANCE_MATCH.in_person) attendanceCounts.in_person++;
      if (attendance & ATTENDANCE_MATCH.online) attendanceCounts.online++;
      if (attendance & ATTENDANCE_MATCH.hybrid) attendanceCounts.hybrid++;
    }
    if (fail === 0 || fail === REGIONS) {
      for (let r = rStart; r < rEnd; r++) regionCounts[regionIds[r]!]!++;
    }
  }

  const days = new Map<DayOption, number>([['today', todayCount], ['tomorrow', tomorrowCount]]);
  for (let d = 0; d < NO_DAY; d++) days.set(d as DayOption, dayCounts[d]!);
  const times = new Map<TimeOption, number>(TIME_BUCKETS.map((name, b) => [name, bucketCounts[b]!]));
  times.set('soon', soonCount);
  times.set('now', nowCount);
  const withAll = positions.length;
  const relax: Relaxation[] = [];
  const relaxed = (bit: number) => withAll + relaxCounts[bit]!;
  if (state.q.trim()) relax.push({ dimension: 'q', count: relaxed(SEARCH) });
  if (state.days.length) relax.push({ dimension: 'days', count: relaxed(DAY) });
  if (state.times.length) relax.push({ dimension: 'times', count: relaxed(TIME) });
  if (state.attendance.length) relax.push({ dimension: 'attendance', count: relaxed(ATTENDANCE) });
  state.features.forEach((feature, w) => relax.push({ dimension: 'features', value: feature, count: withAll + relaxFeature[w]! }));
  if (state.regions.length) relax.push({ dimension: 'regions', count: relaxed(REGIONS) });
  if (radiusKm !== undefined && distances) relax.push({ dimension: 'radius', count: relaxed(RADIUS) });

  return {
    positions,
    counts: {
      days,
      times,
      attendance: new Map(Object.entries(attendanceCounts) as Array<[AttendanceOption, number]>),
      features: new Map(index.features.map((feature, id) => [feature, featureCounts[id]!])),
      regions: new Map(index.regions.map((region, id) => [region, regionCounts[id]!])),
    },
    relax,
  };
}

/** Positions nearest first (to the metre); unknown distances (online meetings, no coordinates) last. */
export function distanceOrder(distances: Float64Array): Int32Array {
  return sortedPositions(distances, (km) => km * 1000);
}
