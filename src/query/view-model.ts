/**
 * Selectors: (the loaded feed, the element's state, the clock) → what the views show. Each step is
 * memoized on its own inputs (`memoLast`), so a keystroke recomputes the search and the filter pass
 * and nothing else; a minute turning over recomputes the clock and what depends on it; an unchanged
 * render recomputes nothing and hands the list the same arrays. One view model per element (two
 * elements on a page keep their own memory).
 *
 * Selectors that only a lazily loaded view needs (a meeting's related meetings) live with that
 * view, so they stay out of the first load.
 */
import type { Coordinates, Meeting } from '../model/meeting.js';
import { toKilometres, type DistanceUnit } from '../model/geo.js';
import { zonedParts, type ZonedParts } from '../model/occurrence.js';
import type { ChosenPlace, LocatorState } from '../state/locator-state.js';
import { isEmpty, type FilterState } from '../state/filter-state.js';
import { applyFilters, distanceOrder, type FilterResult } from './apply-filters.js';
import { clockViewFor } from './clock-ahead.js';
import type { ClockView } from './clock-view.js';
import type { IndexedFeed } from './indexed-feed.js';
import { listItems, type ListItems } from './list-items.js';
import { distancesFrom, type Place } from './places.js';
import { memoLast } from './memo-last.js';
import type { MeetingBits } from './meeting-bits.js';

/** Where distances are measured from: the person's position, or a place of the feed. */
export type Near = { from: 'me'; at: Coordinates } | { from: 'place'; name: string; at: Coordinates };

export interface ViewInputs {
  feed: IndexedFeed;
  state: LocatorState;
  /** Now, as the clock last turned (a minute at a time). */
  now: Date;
  /** The zone "today" follows in the headings (the element's `timezone`), else the viewer's. */
  timezone: string | undefined;
  unit: DistanceUnit;
  /** The starred meetings' ids ("My meetings"), applied while `state.mineOnly`. */
  mine?: ReadonlySet<string> | undefined;
}

export interface FinderView {
  clock: ClockView;
  /** Now in the headings' zone. */
  here: ZonedParts;
  near: Near | undefined;
  /** Kilometres from `near`, NaN where unknown. */
  distances: Float64Array | undefined;
  /** Nearest first (rather than by next start). */
  byDistance: boolean;
  result: FilterResult;
  /** What the list shows: the results, or only those of a place pressed on the map. */
  listed: Int32Array;
  items: ListItems;
  /** Whether the search, filters or a radius narrow the results (for "15 of 2,038 meetings"). */
  narrowed: boolean;
}

export interface ViewModel {
  finder(inputs: ViewInputs): FinderView;
  /** The meetings listed (after search and filters), in list order. */
  results(feed: IndexedFeed, view: FinderView): readonly Meeting[];
  /** A meeting's position in the feed by its id. */
  positionOf(feed: IndexedFeed, id: string): number | undefined;
}

export function createViewModel(): ViewModel {
  // The view made ahead of the minute when there is one (clock-ahead.ts).
  const clockOf = memoLast((meetings: readonly Meeting[], now: Date) => clockViewFor(meetings, now));
  const hereOf = memoLast((now: Date, zone: string | undefined) => zonedParts(now, zone));
  const nearOf = memoLast((places: readonly Place[], placeName: string | undefined, position: Coordinates | undefined): Near | undefined => {
    if (position) return { from: 'me', at: position };
    const place = placeName ? places.find((candidate) => candidate.name === placeName) : undefined;
    return place ? { from: 'place', name: place.name, at: place.at } : undefined;
  });
  const distancesOf = memoLast((meetings: readonly Meeting[], at: Coordinates) => {
    const distances = distancesFrom(meetings, at);
    return { distances, order: distanceOrder(distances) };
  });
  const searchedOf = memoLast((feed: IndexedFeed, q: string): MeetingBits | undefined => feed.searcher.matches(q));
  const resultOf = memoLast(
    (
      feed: IndexedFeed,
      filters: FilterState,
      clock: ClockView,
      searched: MeetingBits | undefined,
      distances: Float64Array | undefined,
      radiusKm: number | undefined,
      order: Int32Array | undefined,
    ): FilterResult =>
      applyFilters(feed.filterIndex, filters, {
        clock,
        ...(searched ? { searched } : {}),
        ...(distances ? { distances } : {}),
        ...(radiusKm ? { radiusKm } : {}),
        ...(order ? { order } : {}),
      }),
  );
  const listedOf = memoLast((meetings: readonly Meeting[], positions: Int32Array, chosen: ChosenPlace | undefined, mine: ReadonlySet<string> | undefined): Int32Array => {
    const only = chosen?.ids ?? mine;
    return only ? positions.filter((position) => only.has(meetings[position]!.id)) : positions;
  });
  const itemsOf = memoLast(
    (positions: Int32Array, clock: ClockView, hereMinutes: number, distances: Float64Array | undefined, byDistance: boolean): ListItems =>
      listItems({ positions, minutesUntil: clock.minutesUntil, hereMinutes, distances, byDistance }),
  );
  const resultsOf = memoLast((meetings: readonly Meeting[], positions: Int32Array): readonly Meeting[] => {
    // Made at its length, as the list's rows are (list-items.ts): Array.from a typed array is slow.
    const results = new Array<Meeting>(positions.length);
    for (let i = 0; i < positions.length; i++) results[i] = meetings[positions[i]!]!;
    return results;
  });
  const idIndexOf = memoLast((meetings: readonly Meeting[]) => {
    const index = new Map<string, number>();
    meetings.forEach((meeting, position) => index.set(meeting.id, position));
    return index;
  });

  return {
    finder({ feed, state, now, timezone, unit, mine }) {
      const { filters } = state;
      const clock = clockOf(feed.meetings, now);
      const here = hereOf(now, timezone);
      const near = nearOf(feed.places, filters.place, state.position);
      const measured = near ? distancesOf(feed.meetings, near.at) : undefined;
      const byDistance = Boolean(near) && filters.sort !== 'time';
      const radiusKm = near && filters.radius ? toKilometres(filters.radius, unit) : undefined;
      const searched = searchedOf(feed, filters.q);
      const result = resultOf(feed, filters, clock, searched, measured?.distances, radiusKm, byDistance ? measured?.order : undefined);
      const listed = listedOf(feed.meetings, result.positions, state.chosen, state.mineOnly ? mine : undefined);
      return {
        clock,
        here,
        near,
        distances: measured?.distances,
        byDistance,
        result,
        listed,
        items: itemsOf(listed, clock, here.minutes, measured?.distances, byDistance),
        narrowed: !isEmpty(filters) || (filters.radius !== undefined && Boolean(state.position)),
      };
    },
    results: (feed, view) => resultsOf(feed.meetings, view.result.positions),
    positionOf: (feed, id) => idIndexOf(feed.meetings).get(id),
  };
}
