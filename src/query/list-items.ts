/**
 * The list as a flat sequence: meetings under day headings ("Thursday · Today", "Friday ·
 * Tomorrow", …, "Thursday, next week", then "By appointment"), or nearest first with only the
 * meetings at an unknown distance under a heading of their own. The virtualized list renders from
 * this; a row or heading is looked up by its index, so focus can be brought back to a meeting that
 * is scrolled out of view. Pure: the labels are the view's (ui/meeting-list.ts).
 */
import { dayOffset } from './day-groups.js';

export type ListHeading =
  /** Days from today: 0 today (in progress included) … 7 this weekday next week. */
  | { key: string; kind: 'day'; offset: number }
  | { key: 'appointment'; kind: 'appointment' }
  | { key: 'unknown-distance'; kind: 'unknown-distance' };

export interface ListItems {
  /**
   * A meeting's position (≥ 0), or a heading (−1 − its index in `headings`). At 50,000 meetings an
   * array of numbers is built far faster than one of objects.
   */
  items: number[];
  headings: ListHeading[];
}

export interface ListItemsInput {
  /** Positions into the meetings, in display order. */
  positions: ArrayLike<number>;
  /** From the clock view: minutes to each meeting's next start, NaN by appointment. */
  minutesUntil: ArrayLike<number>;
  /** The wall-clock minute of now in the zone the headings follow. */
  hereMinutes: number;
  /** Kilometres, NaN where unknown; with `byDistance`, nearest first. */
  distances?: ArrayLike<number> | undefined;
  byDistance: boolean;
}

export function listItems(input: ListItemsInput): ListItems {
  const { positions, minutesUntil, hereMinutes, distances, byDistance } = input;
  const items: number[] = [];
  const headings: ListHeading[] = [];
  let current: string | undefined;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    let heading: ListHeading | undefined;
    if (byDistance && distances) {
      // Nearest first needs no headings; only the meetings at an unknown distance get one.
      if (Number.isNaN(distances[position]!) && current !== 'unknown-distance') heading = { key: 'unknown-distance', kind: 'unknown-distance' };
    } else {
      const offset = dayOffset(minutesUntil[position]!, hereMinutes);
      const key = offset < 0 ? 'appointment' : `day-${offset}`;
      if (key !== current) heading = offset < 0 ? { key: 'appointment', kind: 'appointment' } : { key, kind: 'day', offset };
    }
    if (heading) {
      current = heading.key;
      items.push(-1 - headings.length);
      headings.push(heading);
    }
    items.push(position);
  }
  return { items, headings };
}
