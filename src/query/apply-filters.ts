/**
 * Filters with counts, as operations on sets of meetings (`filter-sets.ts`): each constraint the
 * state sets is a set of the meetings it lets through, the results are their intersection, and an
 * option's count is the size of its set intersected with the meetings passing every other
 * constraint. (One pass asking each meeting every question took 25–40 ms a toggle at 200,000
 * meetings; sets of 6,250 words take a few.)
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
import { NO_DAY, type FilterIndex } from './filter-index.js';
import type { ClockView } from './clock-view.js';
import { TIME_BUCKETS, type TimeBucket } from './time-buckets.js';
import { ranksOf, sortedPositions } from './sorted-positions.js';
import { addAll, countBits, countBoth, countListed, intersect, type MeetingBits } from './meeting-bits.js';
import { clockSetsOf, radiusSetOf, regionSet, setsOf } from './filter-sets.js';
import type { AttendanceOption, DayOption, FilterState, TimeOption } from '../state/filter-state.js';

export type Dimension = 'days' | 'times' | 'attendance' | 'features' | 'regions' | 'q' | 'radius';

export interface FilterContext {
  /** The meetings matching the free-text search (bits, `meeting-bits.ts`); undefined when there is no search. */
  searched?: MeetingBits;
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
  /** Worked out when first read (then kept): the features' list starts closed. */
  readonly features: Map<string, number>;
  /** Worked out when first read (then kept): the areas' list starts closed. */
  readonly regions: Map<string, number>;
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

/** A constraint the state sets: the meetings it lets through. */
interface Constraint {
  dimension: Dimension;
  /** The feature, for one selected feature. */
  value?: string;
  passes: MeetingBits;
}

/**
 * The state's constraints as sets of meetings. Within a dimension the options are a union; each
 * selected feature is a constraint of its own (all must hold). A dimension with nothing selected
 * constrains nothing and is left out.
 */
function constraintsOf(index: FilterIndex, state: FilterState, context: FilterContext, wanted: readonly string[]): Constraint[] {
  const sets = setsOf(index);
  const clock = clockSetsOf(context.clock.flags);
  const words = sets.all.length;
  const union = (parts: MeetingBits[]) => parts.reduce(addAll, new Uint32Array(words));
  const constraints: Constraint[] = [];
  if (state.days.length) {
    const parts = state.days.map((day) => (day === 'today' ? clock.today : day === 'tomorrow' ? clock.tomorrow : sets.days[day]!));
    constraints.push({ dimension: 'days', passes: union(parts) });
  }
  if (state.times.length) {
    const parts = state.times.map((time) => (time === 'soon' ? clock.soon : time === 'now' ? clock.now : sets.buckets[TIME_BUCKETS.indexOf(time as TimeBucket)] ?? sets.none));
    constraints.push({ dimension: 'times', passes: union(parts) });
  }
  if (state.attendance.length) constraints.push({ dimension: 'attendance', passes: union(state.attendance.map((option) => sets.attendance[option])) });
  for (const feature of wanted) {
    const id = index.featureIdOf.get(feature);
    constraints.push({ dimension: 'features', value: feature, passes: id === undefined ? sets.none : sets.features[id]! });
  }
  if (state.regions.length) {
    const ids = state.regions.map((region) => index.regionIdOf.get(region)).filter((id) => id !== undefined);
    constraints.push({ dimension: 'regions', passes: union(ids.map((id) => regionSet(index, sets, id))) });
  }
  if (context.distances && context.radiusKm !== undefined) constraints.push({ dimension: 'radius', passes: radiusSetOf(context.distances, context.radiusKm) });
  return constraints;
}

/**
 * For each constraint, the meetings passing every *other* one (and the search), and the results
 * (passing all): prefix and suffix intersections, 3k passes over the words for k constraints.
 */
function withoutEach(base: MeetingBits, constraints: readonly Constraint[]): { others: MeetingBits[]; results: MeetingBits } {
  const k = constraints.length;
  const words = base.length;
  const prefix: MeetingBits[] = [base];
  for (let j = 0; j < k; j++) prefix.push(intersect(prefix[j]!, constraints[j]!.passes, new Uint32Array(words)));
  const others: MeetingBits[] = new Array<MeetingBits>(k);
  let suffix: MeetingBits | undefined;
  for (let j = k - 1; j >= 0; j--) {
    // prefix[j] is not needed after this step: the result goes into it.
    others[j] = suffix ? intersect(prefix[j]!, suffix, j === 0 ? new Uint32Array(words) : prefix[j]!) : prefix[j]!;
    suffix = suffix ? intersect(suffix, constraints[j]!.passes, new Uint32Array(words)) : constraints[j]!.passes;
  }
  return { others, results: prefix[k]! };
}

export function applyFilters(index: FilterIndex, state: FilterState, context: FilterContext): FilterResult {
  const sets = setsOf(index);
  const clock = clockSetsOf(context.clock.flags);
  // Features are a set.
  const wanted = [...new Set(state.features)];
  const constraints = constraintsOf(index, state, context, wanted);
  // A meeting the search excludes counts towards nothing but "without the search".
  const { searched } = context;
  const base = searched ?? sets.all;
  const { others, results } = withoutEach(base, constraints);
  const without = (dimension: Dimension) => others[constraints.findIndex((constraint) => constraint.dimension === dimension)] ?? results;

  const order = context.order ?? context.clock.order;
  const passed = countBits(results);
  const positions = inOrder(results, passed, order, () => (order === context.clock.order ? context.clock.ranks : ranksOfOrder(order)));

  const byDay = without('days');
  const days = new Map<DayOption, number>([['today', countBoth(clock.today, byDay)], ['tomorrow', countBoth(clock.tomorrow, byDay)]]);
  for (let d = 0; d < NO_DAY; d++) days.set(d as DayOption, countBoth(sets.days[d]!, byDay));
  const byTime = without('times');
  const times = new Map<TimeOption, number>(TIME_BUCKETS.map((name, b) => [name, countBoth(sets.buckets[b]!, byTime)]));
  times.set('soon', countBoth(clock.soon, byTime));
  times.set('now', countBoth(clock.now, byTime));
  const byAttendance = without('attendance');
  const attendance = new Map<AttendanceOption, number>((['in_person', 'online', 'hybrid'] as const).map((option) => [option, countBoth(sets.attendance[option], byAttendance)]));
  // The long lists' counts (features, areas) are worked out when first read: those lists start
  // closed, and a closed one is not drawn. At 200,000 meetings counting the areas walked every
  // meeting passing the other filters, ~1 ms of every toggle, for a list nobody had opened.
  let features: Map<string, number> | undefined;
  let regions: Map<string, number> | undefined;
  const byRegion = without('regions');
  const countFeatures = () => {
    // Over the results: walking the results' own lists is cheaper while they are fewer than the
    // words of every feature's set (a few filters on), counting the sets otherwise.
    const featureCounts = new Uint32Array(index.features.length);
    if (passed * 8 < index.features.length * results.length) countListed(results, index.featureStart, index.featureIds, featureCounts);
    else sets.features.forEach((set, id) => (featureCounts[id] = countBoth(set, results)));
    return new Map(index.features.map((feature, id) => [feature, featureCounts[id]!]));
  };
  const countRegions = () => {
    // Regions are too many for a set each: walk the meetings passing every other constraint.
    const regionCounts = new Uint32Array(index.regions.length);
    countListed(byRegion, index.regionStart, index.regionIds, regionCounts);
    return new Map(index.regions.map((region, id) => [region, regionCounts[id]!]));
  };

  const relax: Relaxation[] = [];
  if (state.q.trim()) relax.push({ dimension: 'q', count: searched ? unsearchedCount(sets.all, constraints) : passed });
  constraints.forEach((constraint, j) => {
    const count = countBits(others[j]!);
    relax.push(constraint.value === undefined ? { dimension: constraint.dimension, count } : { dimension: constraint.dimension, value: constraint.value, count });
  });

  return {
    positions,
    counts: {
      days,
      times,
      attendance,
      get features() {
        return (features ??= countFeatures());
      },
      get regions() {
        return (regions ??= countRegions());
      },
    },
    relax,
  };
}

/**
 * The results in display order: each result's rank in `order` is marked in a set of ranks, and the
 * set is read in rank order. No sort and no walk of the whole order: at 200,000 meetings, the
 * results of a first letter (170,000) were a walk of the order asking each meeting whether it is a
 * result, and those of three letters (12,000) a sort of their ranks.
 */
function inOrder(results: MeetingBits, passed: number, order: Int32Array, ranksOfIt: () => Int32Array): Int32Array {
  // Every meeting passes (no filter, or a filter turned off again): that is the order itself. At
  // 200,000 meetings copying it was a walk of 200,000 and 800 KB of new memory, every other toggle.
  if (passed === order.length) return order;
  const rank = ranksOfIt();
  const ranked = new Uint32Array(results.length);
  for (let w = 0; w < results.length; w++) {
    for (let word = results[w]!; word !== 0; word &= word - 1) {
      const r = rank[(w << 5) + 31 - Math.clz32(word & -word)]!;
      ranked[r >> 5]! |= 1 << (r & 31);
    }
  }
  const positions = new Int32Array(passed);
  let p = 0;
  for (let w = 0; w < ranked.length; w++) {
    for (let word = ranked[w]!; word !== 0; word &= word - 1) positions[p++] = order[(w << 5) + 31 - Math.clz32(word & -word)]!;
  }
  return positions;
}

const ranks = new WeakMap<Int32Array, Int32Array>();

/** The ranks of an order other than the clock's (nearest first), made once per order. */
function ranksOfOrder(order: Int32Array): Int32Array {
  let rank = ranks.get(order);
  if (!rank) ranks.set(order, (rank = ranksOf(order)));
  return rank;
}

/** Meetings passing every constraint, whatever the search. */
function unsearchedCount(all: MeetingBits, constraints: readonly Constraint[]): number {
  if (!constraints.length) return countBits(all);
  const passing = intersect(all, constraints[0]!.passes, new Uint32Array(all.length));
  for (const constraint of constraints.slice(1)) intersect(passing, constraint.passes, passing);
  return countBits(passing);
}

/** Positions nearest first (to the metre); unknown distances (online meetings, no coordinates) last. */
export function distanceOrder(distances: Float64Array): Int32Array {
  return sortedPositions(distances, (km) => km * 1000);
}
