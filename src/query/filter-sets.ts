/**
 * The sets of meetings each filter option selects, as bits (`meeting-bits.ts`), each made once and
 * kept: the feed's by the filter index (first filter pass), the clock's by its minute, a radius by
 * its distances (the search's answer comes as a set from the view model). A toggle then unions and
 * intersects these and counts.
 */
import { ATTENDANCE_BITS, NO_BUCKET, NO_DAY, type FilterIndex } from './filter-index.js';
import { CLOCK } from './clock-view.js';
import { allBits, bitsWhere, wordsFor, type MeetingBits } from './meeting-bits.js';
import type { AttendanceOption } from '../state/filter-state.js';

export const ATTENDANCE_MATCH: Readonly<Record<AttendanceOption, number>> = {
  in_person: ATTENDANCE_BITS.in_person | ATTENDANCE_BITS.hybrid,
  online: ATTENDANCE_BITS.online | ATTENDANCE_BITS.hybrid,
  hybrid: ATTENDANCE_BITS.hybrid,
};

export interface FeedSets {
  all: MeetingBits;
  /** No meeting (a selected feature no meeting has). */
  none: MeetingBits;
  /** By weekday 0–6 and NO_DAY. */
  days: MeetingBits[];
  /** By time bucket and NO_BUCKET. */
  buckets: MeetingBits[];
  attendance: Record<AttendanceOption, MeetingBits>;
  /** By feature id. */
  features: MeetingBits[];
  /** By region id, made when a region is first selected (a feed can have thousands). */
  regions: (MeetingBits | undefined)[];
}

const feedSets = new WeakMap<FilterIndex, FeedSets>();

export function setsOf(index: FilterIndex): FeedSets {
  let sets = feedSets.get(index);
  if (sets) return sets;
  const n = index.meetings.length;
  const words = wordsFor(n);
  const fresh = (count: number) => Array.from({ length: count }, () => new Uint32Array(words));
  const days = fresh(NO_DAY + 1);
  const buckets = fresh(NO_BUCKET + 1);
  const features = fresh(index.features.length);
  const { day, bucket, featureStart, featureIds } = index;
  for (let i = 0; i < n; i++) {
    const bit = 1 << (i & 31);
    const w = i >> 5;
    days[day[i]!]![w]! |= bit;
    buckets[bucket[i]!]![w]! |= bit;
    for (let f = featureStart[i]!; f < featureStart[i + 1]!; f++) features[featureIds[f]!]![w]! |= bit;
  }
  const matching = (mask: number) => bitsWhere(n, (i) => (index.attendance[i]! & mask) !== 0);
  sets = {
    all: allBits(n),
    none: new Uint32Array(words),
    days,
    buckets,
    attendance: { in_person: matching(ATTENDANCE_MATCH.in_person), online: matching(ATTENDANCE_MATCH.online), hybrid: matching(ATTENDANCE_MATCH.hybrid) },
    features,
    regions: [],
  };
  feedSets.set(index, sets);
  return sets;
}

export function regionSet(index: FilterIndex, sets: FeedSets, id: number): MeetingBits {
  let set = sets.regions[id];
  if (!set) {
    const { regionStart, regionIds } = index;
    set = bitsWhere(index.meetings.length, (i) => {
      for (let r = regionStart[i]!; r < regionStart[i + 1]!; r++) if (regionIds[r] === id) return true;
      return false;
    });
    sets.regions[id] = set;
  }
  return set;
}

export interface ClockSets {
  today: MeetingBits;
  tomorrow: MeetingBits;
  soon: MeetingBits;
  now: MeetingBits;
}

const clockSets = new WeakMap<Uint8Array, ClockSets>();

/** By the clock's flags (a new array each minute). */
export function clockSetsOf(flags: Uint8Array): ClockSets {
  let sets = clockSets.get(flags);
  if (!sets) {
    // One pass for the four (made each minute: four passes over 200,000 flags were ~3 ms).
    const words = wordsFor(flags.length);
    sets = { today: new Uint32Array(words), tomorrow: new Uint32Array(words), soon: new Uint32Array(words), now: new Uint32Array(words) };
    const { today, tomorrow, soon, now } = sets;
    for (let i = 0; i < flags.length; i++) {
      const flag = flags[i]!;
      if (flag === 0) continue;
      const w = i >> 5;
      const bit = 1 << (i & 31);
      if (flag & CLOCK.today) today[w]! |= bit;
      if (flag & CLOCK.tomorrow) tomorrow[w]! |= bit;
      if (flag & CLOCK.soon) soon[w]! |= bit;
      if (flag & CLOCK.now) now[w]! |= bit;
    }
    clockSets.set(flags, sets);
  }
  return sets;
}

let lastRadius: { distances: Float64Array; radiusKm: number; set: MeetingBits } | undefined;

/** Meetings within `radiusKm`, and those at an unknown distance (NaN): kept for the last radius. */
export function radiusSetOf(distances: Float64Array, radiusKm: number): MeetingBits {
  if (lastRadius?.distances !== distances || lastRadius.radiusKm !== radiusKm) {
    lastRadius = { distances, radiusKm, set: bitsWhere(distances.length, (i) => !(distances[i]! > radiusKm)) };
  }
  return lastRadius.set;
}
