/**
 * The list as a flat sequence of rows, one per meeting, under day headings ("Thursday · Today",
 * "Friday · Tomorrow", …, "Thursday, next week", then "By appointment"), or nearest first with only
 * the meetings at an unknown distance under a heading of their own. A heading belongs to the first
 * row of its group, so every entry of the list is a meeting (a screen reader's "item 12 of 190"
 * counts meetings) and a heading exists whenever its first meeting does. The virtualized list
 * renders from this; a row is looked up by its index, so focus can be brought back to a meeting
 * that is scrolled out of view. Pure: the labels are the view's (ui/meeting-list.ts).
 */
import { dayOffset } from './day-groups.js';
import { firstIndexWhere } from './first-index.js';

export type ListHeading =
  /** Days from today: 0 today (in progress included) … 7 this weekday next week. */
  | { key: string; kind: 'day'; offset: number }
  | { key: 'appointment'; kind: 'appointment' }
  | { key: 'unknown-distance'; kind: 'unknown-distance' };

export interface ListItems {
  /** Meetings' positions in display order: the positions given, not a copy (at 200,000 results a
   *  copy was a few milliseconds of every keystroke and minute). */
  rows: Int32Array;
  /** Row index → index in `headings`: the heading shown above that row, the first of its group. */
  headingAt: Map<number, number>;
  headings: ListHeading[];
}

export interface ListItemsInput {
  /** Positions into the meetings, in display order: without `byDistance`, upcoming order (the clock view's). */
  positions: Int32Array;
  /** From the clock view: minutes to each meeting's next start, NaN by appointment. */
  minutesUntil: ArrayLike<number>;
  /** The wall-clock minute of now in the zone the headings follow. */
  hereMinutes: number;
  /** Kilometres, NaN where unknown; with `byDistance`, nearest first. */
  distances?: ArrayLike<number> | undefined;
  byDistance: boolean;
}

export function listItems(input: ListItemsInput): ListItems {
  const { positions: rows, minutesUntil, hereMinutes, distances, byDistance } = input;
  // Headed: the heading's key is made only where a group starts (a string per row was most of this
  // at 200,000 rows).
  const headingAt = new Map<number, number>();
  const headings: ListHeading[] = [];
  const head = (row: number, heading: ListHeading) => {
    headingAt.set(row, headings.length);
    headings.push(heading);
  };
  if (byDistance && distances) {
    // Nearest first needs no headings; only the meetings at an unknown distance get one.
    let unknown = false;
    for (let row = 0; row < rows.length; row++) {
      if (!unknown && Number.isNaN(distances[rows[row]!]!)) {
        unknown = true;
        head(row, { key: 'unknown-distance', kind: 'unknown-distance' });
      }
    }
  } else {
    // Upcoming order puts each day's meetings together, days in order, appointments (−1) last: a
    // group's end is found by bisection, so the headings take a few dozen look-ups, not one per row
    // (at 200,000 rows that loop was a few milliseconds of every toggle).
    const offsetAt = (row: number) => dayOffset(minutesUntil[rows[row]!]!, hereMinutes);
    for (let row = 0; row < rows.length; ) {
      const offset = offsetAt(row);
      head(row, offset < 0 ? { key: 'appointment', kind: 'appointment' } : { key: `day-${offset}`, kind: 'day', offset });
      if (offset < 0) break;
      // The first row past this day: a later day, or an appointment.
      row = firstIndexWhere(row + 1, rows.length, (next) => offsetAt(next) !== offset);
    }
  }
  return { rows, headingAt, headings };
}

/** A heading's group: where its first row is and how many meetings it heads. */
export interface HeadingSpan {
  heading: ListHeading;
  /** Row index of the group's first meeting (the row that carries the heading). */
  start: number;
  count: number;
}

/**
 * The list's groups in display order, each with its first row and its number of meetings: the
 * "Go to a day" links above the list, named and counted from the same headings the list shows.
 */
export function headingSpans(items: ListItems): HeadingSpan[] {
  const spans: HeadingSpan[] = [];
  // headingAt was filled in row order, so its entries come first row first.
  for (const [start, heading] of items.headingAt) {
    const previous = spans[spans.length - 1];
    if (previous) previous.count = start - previous.start;
    spans.push({ heading: items.headings[heading]!, start, count: items.rows.length - start });
  }
  return spans;
}
