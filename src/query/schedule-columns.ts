/**
 * When each meeting is, as columns (one typed array per field) rather than read from the meeting
 * objects: made once per feed, read every minute by the clock view. Reading `day`, `start`, `end`
 * and `timezone` off 200,000 meeting objects, which have many shapes and lie all over the heap,
 * took 25–40 ms; the same loop over these arrays takes a few.
 */
import type { Meeting } from '../model/meeting.js';
import { DEFAULT_DURATION, durationMinutes } from '../model/occurrence.js';

/** `day` of a meeting by appointment (no weekday). */
export const NO_WEEKDAY = -1;

export interface ScheduleColumns {
  /** Weekday 0–6, or `NO_WEEKDAY`. */
  readonly day: Int8Array;
  /** Minutes after local midnight; NaN when the meeting has a day but no time. */
  readonly start: Float64Array;
  /** Minutes it lasts (`DEFAULT_DURATION` when its end is unknown or equal to its start). */
  readonly duration: Float64Array;
  /** Index into `zones`. */
  readonly zone: Uint16Array;
  /** The meetings' distinct zones (undefined: the viewer's). */
  readonly zones: ReadonlyArray<string | undefined>;
}

const columns = new WeakMap<readonly Meeting[], ScheduleColumns>();

/** The columns of a feed's meetings, made on first use and kept while the array lives. */
export function scheduleColumnsOf(meetings: readonly Meeting[]): ScheduleColumns {
  let made = columns.get(meetings);
  if (!made) {
    made = scheduleColumns(meetings);
    columns.set(meetings, made);
  }
  return made;
}

function scheduleColumns(meetings: readonly Meeting[]): ScheduleColumns {
  const n = meetings.length;
  const day = new Int8Array(n);
  const start = new Float64Array(n);
  const duration = new Float64Array(n);
  const zone = new Uint16Array(n);
  const zoneIds = new Map<string | undefined, number>();
  for (let i = 0; i < n; i++) {
    const meeting = meetings[i]!;
    day[i] = meeting.day ?? NO_WEEKDAY;
    start[i] = meeting.start ?? NaN;
    duration[i] = meeting.start === undefined ? DEFAULT_DURATION : durationMinutes(meeting.start, meeting.end);
    let id = zoneIds.get(meeting.timezone);
    if (id === undefined) zoneIds.set(meeting.timezone, (id = zoneIds.size));
    zone[i] = id;
  }
  return { day, start, duration, zone, zones: [...zoneIds.keys()] };
}
