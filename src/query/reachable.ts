/**
 * "Still possible": the meetings a person can still get to from now. Online meetings that start
 * within the hour, or started a little while ago and can still be joined late; and, when we know
 * where the person is (or the host's compact view lists its own area), in-person meetings that start
 * later than a rough travel time from here.
 *
 * The travel time is deliberately simple, and the view says it is an estimate: the straight-line
 * distance, lengthened by a detour factor for real streets, at a walking pace up to a short distance
 * and a city driving speed beyond it. No routing service is asked: where a person is never leaves
 * the device.
 *
 * Pure: the meetings, the positions the list shows, how each could be reached (`reach-ways.ts`),
 * the clock view and now.
 */
import type { Meeting } from '../model/meeting.js';
import { currentOrNextOccurrence } from '../model/occurrence.js';
import { MINUTES_PER_DAY } from '../model/time.js';
import type { ClockView } from './clock-view.js';
import { firstIndexWhere } from './first-index.js';
import { memoLast } from './memo-last.js';
import { JOINABLE, PLACE } from './reach-ways.js';

/** The rules, in one place (the README documents them). */
export const REACH = {
  /** Online meetings starting within this many minutes. */
  onlineAhead: 60,
  /** Online meetings under way that started at most this many minutes ago… */
  lateJoin: 30,
  /** …and have at least this many minutes left. */
  minutesLeft: 15,
  /** In-person meetings: at least this far ahead, else until the night ends (see `inPersonHorizon`). */
  inPersonAhead: 180,
  /** "Tonight" lasts until 4:00 in the morning. */
  nightEnds: 4 * 60,
  /** Streets are longer than the straight line: a usual urban detour factor. */
  detour: 1.3,
  /** Up to this straight-line distance a person walks… */
  walkUpToKm: 1.5,
  walkKmh: 5,
  /** …beyond it drives (or rides) at a city average, plus a few minutes to set off and park. */
  driveKmh: 30,
  driveSetOff: 5,
} as const;

export interface Travel {
  mode: 'walk' | 'drive';
  /** Whole minutes, rounded up. */
  minutes: number;
}

/** A rough travel time for a straight-line distance in kilometres. */
export function travelEstimate(km: number): Travel {
  const road = Math.max(0, km) * REACH.detour;
  if (km <= REACH.walkUpToKm) return { mode: 'walk', minutes: Math.max(1, Math.ceil((road / REACH.walkKmh) * 60)) };
  return { mode: 'drive', minutes: Math.ceil((road / REACH.driveKmh) * 60 + REACH.driveSetOff) };
}

/**
 * How far ahead in-person meetings count, from the minutes after midnight in the headings' zone:
 * until the night ends (4:00), and never less than three hours (so at 2:00 a 5:00 meeting counts).
 */
export function inPersonHorizon(hereMinutes: number): number {
  const untilNightEnds = (REACH.nightEnds - hereMinutes + MINUTES_PER_DAY) % MINUTES_PER_DAY || MINUTES_PER_DAY;
  return Math.max(REACH.inPersonAhead, untilNightEnds);
}

export interface ReachableMeeting {
  /** The meeting's position in the feed. */
  position: number;
  start: Date;
  /** Real minutes from now to the start, rounded; negative once it has started. */
  minutesUntil: number;
  /** Can be joined online now or within the hour. */
  online: boolean;
  /** Can be reached in person in time: with the travel estimate when the person's position is known. */
  inPerson: boolean;
  travel?: Travel;
}

export interface ReachInputs {
  meetings: readonly Meeting[];
  /** The positions the list shows (after search, filters and presets). */
  positions: Int32Array;
  /** Per meeting, how it could be reached at all (`reach-ways.ts`; the filter index's `reach`). */
  ways: Uint8Array;
  clock: ClockView;
  now: Date;
  /** Kilometres from the person (or a chosen place) per meeting; undefined when unknown. */
  distances: Float64Array | undefined;
  /** In-person meetings count up to this many minutes ahead (see `inPersonHorizon`). */
  inPersonAhead: number;
  /**
   * Whether in-person meetings count when the person's position is unknown (the host's compact
   * view of its own area: they count when they have not started yet).
   */
  inPersonWithoutOrigin: boolean;
  limit: number;
  /**
   * The positions are in the clock's upcoming order (`clock.order`, or a part of it in the same
   * order: minutes until never go down along them, by appointment last), as the list has them unless
   * it is nearest first. The candidates are then one stretch of the list, found by bisection.
   */
  upcoming?: boolean;
}

export interface Reach {
  /** Soonest first (those under way first); at most `limit`. */
  items: ReachableMeeting[];
  /** When nothing is reachable: the next meeting of the list to start, for "the next one is…". */
  next?: { position: number; start: Date } | undefined;
}

/** Wall-clock minutes can differ from real ones by a DST shift: candidates are taken this much wider. */
const SLACK = 120;

export function reachableMeetings(inputs: ReachInputs): Reach {
  const { meetings, positions, ways, clock, now, distances, limit } = inputs;
  const originKnown = distances !== undefined;
  const inPersonAhead = originKnown || inputs.inPersonWithoutOrigin ? inputs.inPersonAhead : -Infinity;
  const widest = Math.max(REACH.onlineAhead, inPersonAhead);
  // One pass over the list with typed-array reads, then exact instants only for the few near now.
  // Only meetings that could be reached some way are candidates: without a position, the in-person
  // ones near now (most of them; at 200,000 meetings thousands per filter change) had their
  // occurrence worked out only to be dropped.
  // Whether each meeting may be reached is read from the ways' column: the meetings themselves are
  // objects all over the heap, and at 200,000 reading thousands of them was most of this loop.
  const wanted = inPersonAhead > -Infinity ? JOINABLE | PLACE : JOINABLE;
  const { minutesUntil } = clock;
  const earliest = -(REACH.lateJoin + SLACK);
  const latest = widest + SLACK;
  const items: Array<ReachableMeeting & { index: number }> = [];
  const answers = answersFor(meetings, now, distances, inPersonAhead);
  /** Looks at the list's meeting at `index`, candidates soonest first; false once no later one can be among the first `limit`. */
  const consider = (index: number, until: number): boolean => {
    const last = items[limit - 1];
    if (last && until - SLACK > last.minutesUntil) return false;
    const position = positions[index]!;
    let item = answers.get(position);
    if (item === undefined) answers.set(position, (item = reachable(meetings[position]!, position, now, distances, inPersonAhead) ?? null));
    if (item) items.push({ ...item, index });
    return true;
  };
  if (inputs.upcoming) {
    // In upcoming order only the meetings from `earliest` to `latest` minutes away are visited, and
    // they come soonest first (at the same minute, in list order) as they are: taken as they come,
    // until the limit is reached. At 200,000 meetings, the whole list was a walk of up to 200,000
    // on every toggle; then collecting and sorting the stretch near now was ~5 ms of each keystroke.
    const from = firstWhere(positions, (position) => !(minutesUntil[position]! < earliest));
    const to = firstWhere(positions, (position) => !(minutesUntil[position]! <= latest));
    for (let i = from; i < to; i++) {
      if ((ways[positions[i]!]! & wanted) !== 0 && !consider(i, minutesUntil[positions[i]!]!)) break;
    }
  } else {
    const candidates: Array<[index: number, until: number]> = [];
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i]!;
      const until = minutesUntil[position]!;
      if (until >= earliest && until <= latest && (ways[position]! & wanted) !== 0) candidates.push([i, until]);
    }
    candidates.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    for (const [index, until] of candidates) if (!consider(index, until)) break;
  }
  // Soonest first; at the same minute, as the list has them (nearest first after "near me").
  items.sort((a, b) => a.minutesUntil - b.minutesUntil || a.index - b.index);
  const kept = items.slice(0, limit).map(({ index: _index, ...item }) => item);
  return kept.length ? { items: kept } : { items: kept, next: nextStart(meetings, positions, clock, now, inputs.upcoming ?? false) };
}

/**
 * The first index of `positions` whose position passes `test`, or their length; `test` must fail
 * for a first part of them and hold for the rest (a bound on minutes until, in upcoming order:
 * NaN, by appointment and last, compares false both ways, so a test written `!(until < x)` holds).
 */
function firstWhere(positions: Int32Array, test: (position: number) => boolean): number {
  return firstIndexWhere(0, positions.length, (index) => test(positions[index]!));
}

/**
 * Each meeting's answer (`reachable`, null for "no") does not depend on the filters: it is kept for
 * as long as now, the distances and the horizon stay the same (a minute), so a toggle looks up the
 * candidates it has already worked out instead of computing their occurrences again (at 200,000
 * meetings about a thousand of them, ~2–3 ms of every toggle).
 */
interface Answers {
  now: Date;
  distances: Float64Array | undefined;
  inPersonAhead: number;
  byPosition: Map<number, ReachableMeeting | null>;
}
const answersOf = new WeakMap<readonly Meeting[], Answers>();

function answersFor(meetings: readonly Meeting[], now: Date, distances: Float64Array | undefined, inPersonAhead: number): Map<number, ReachableMeeting | null> {
  let answers = answersOf.get(meetings);
  if (!answers || answers.now.getTime() !== now.getTime() || answers.distances !== distances || answers.inPersonAhead !== inPersonAhead) {
    answers = { now, distances, inPersonAhead, byPosition: new Map() };
    answersOf.set(meetings, answers);
  }
  return answers.byPosition;
}

/** Exported for the tests: the meeting as "still possible" lists it, or undefined. */
export function reachable(meeting: Meeting, position: number, now: Date, distances: Float64Array | undefined, inPersonAhead: number): ReachableMeeting | undefined {
  const { attendance, online, location } = meeting;
  if (attendance === 'inactive') return undefined;
  const occurrence = currentOrNextOccurrence(meeting, now);
  if (!occurrence) return undefined;
  const minutesUntil = Math.round((occurrence.start.getTime() - now.getTime()) / 60_000);
  const minutesLeft = (occurrence.end.getTime() - now.getTime()) / 60_000;

  const joinable = attendance !== 'in_person' && Boolean(online.url || online.phone);
  const onlineOk = joinable && minutesUntil <= REACH.onlineAhead && minutesUntil >= -REACH.lateJoin && minutesLeft >= REACH.minutesLeft;

  let inPersonOk = false;
  let travel: Travel | undefined;
  const place = attendance !== 'online' && location.coordinates !== undefined && !location.approximate;
  if (place && minutesUntil <= inPersonAhead) {
    const km = distances?.[position];
    if (distances === undefined) inPersonOk = minutesUntil >= 0;
    else if (km !== undefined && Number.isFinite(km)) {
      travel = travelEstimate(km);
      inPersonOk = minutesUntil >= travel.minutes;
    }
  }
  if (!onlineOk && !inPersonOk) return undefined;
  return { position, start: occurrence.start, minutesUntil, online: onlineOk, inPerson: inPersonOk, ...(inPersonOk && travel ? { travel } : {}) };
}

/** The list's meeting that starts next (one under way does not count). */
function nextStart(meetings: readonly Meeting[], positions: Int32Array, clock: ClockView, now: Date, upcoming: boolean): Reach['next'] {
  let best = -1;
  let bestUntil = Infinity;
  // In upcoming order, the first meeting not under way is where the search starts, and the first
  // one with a start time from there is the answer (the loop stops at it: nothing later is sooner).
  for (let i = upcoming ? firstWhere(positions, (position) => !(clock.minutesUntil[position]! <= 0)) : 0; i < positions.length; i++) {
    const position = positions[i]!;
    const until = clock.minutesUntil[position]!;
    if (until > 0 && until < bestUntil && meetings[position]!.start !== undefined) {
      bestUntil = until;
      best = position;
      if (upcoming) break;
    }
  }
  if (best < 0) return undefined;
  const occurrence = currentOrNextOccurrence(meetings[best]!, now);
  return occurrence ? { position: best, start: occurrence.start } : undefined;
}

/** What the finder needs to ask: the list as shown, the clock, and where the person is. */
export interface ReachQuery {
  meetings: readonly Meeting[];
  positions: Int32Array;
  /** The filter index's `reach`: how each meeting could be reached at all. */
  ways: Uint8Array;
  clock: ClockView;
  now: Date;
  distances: Float64Array | undefined;
  /** Minutes after midnight in the headings' zone (for how long "tonight" lasts). */
  hereMinutes: number;
  compact: boolean;
  limit: number;
  /** The positions are in the clock's upcoming order (see `ReachInputs.upcoming`). */
  upcoming: boolean;
}

/**
 * A memoized `reachableMeetings`, one per element: a keystroke that leaves the list as it was
 * recomputes nothing, and the clock turning over recomputes it once a minute.
 */
export function createReachSelector(): (query: ReachQuery) => Reach {
  const reachOf = memoLast(
    (meetings: readonly Meeting[], positions: Int32Array, ways: Uint8Array, clock: ClockView, now: Date, distances: Float64Array | undefined, hereMinutes: number, compact: boolean, limit: number, upcoming: boolean) =>
      reachableMeetings({ meetings, positions, ways, clock, now, distances, inPersonAhead: inPersonHorizon(hereMinutes), inPersonWithoutOrigin: compact, limit, upcoming }),
  );
  return (q) => reachOf(q.meetings, q.positions, q.ways, q.clock, q.now, q.distances, q.hereMinutes, q.compact, q.limit, q.upcoming);
}
