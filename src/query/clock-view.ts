/**
 * What the clock says about every meeting, computed once a minute rather than per keystroke: is it
 * today or tomorrow *where the meeting is*, is it starting within the hour, is it in progress, and
 * the "upcoming" order (by next start from now, meetings in progress first).
 *
 * Each meeting is compared with the wall clock of its own zone (one Intl look-up per zone, not per
 * meeting), so "today" follows the meeting's calendar across time zones and DST. The few meetings
 * near their start are then checked exactly, instant by instant, so "starting soon" stays right
 * on the night the clocks change.
 *
 * Where a zone's clocks do not change within a day of now (nearly always), wall-clock minutes are
 * real ones and "in progress" and "starting soon" follow from the minutes alone.
 *
 * This runs as each minute turns, in whatever frame comes next (a keystroke's, often), unless the
 * element made it ahead in an idle moment (`clock-ahead.ts`). So the meetings' schedules are read out of the meeting objects once per feed, into columns
 * (`schedule-columns.ts`), and the order is a counting sort by whole minutes: at 200,000 meetings
 * reading the objects and sorting took ~100 ms every minute.
 */
import type { Meeting } from '../model/meeting.js';
import { isInProgress, sameOffset, startsWithin, zonedParts } from '../model/occurrence.js';
import { epochMinute, MINUTES_PER_DAY } from '../model/time.js';
import { NO_WEEKDAY, scheduleColumnsOf } from './schedule-columns.js';
import { orderByMinute } from './minute-order.js';

export const CLOCK = { today: 1, tomorrow: 2, soon: 4, now: 8 } as const;

/** "Starting soon" means within this many minutes. */
export const SOON_MINUTES = 60;

const WEEK = 7 * MINUTES_PER_DAY;

/** A zone is steady when its offset is the same this far either side of now: a meeting's length (under a day) and the hour ahead, with room. */
const STEADY_MS = 27 * 60 * 60_000;

export interface ClockView {
  /** The minute (since the epoch) this view is for. */
  readonly minute: number;
  /** CLOCK bits per meeting. */
  readonly flags: Uint8Array;
  /** Minutes from now to the next start (negative while in progress); NaN by appointment. */
  readonly minutesUntil: Float64Array;
  /** Positions in upcoming order: in progress, then by next start; appointments last. */
  readonly order: Int32Array;
  /** Position → its index in `order` (so results are put in order without a sort or a walk of it). */
  readonly ranks: Int32Array;
}

export function clockView(meetings: readonly Meeting[], now: Date): ClockView {
  const n = meetings.length;
  const { day, start, duration, zone, zones } = scheduleColumnsOf(meetings);
  const flags = new Uint8Array(n);
  const minutesUntil = new Float64Array(n);
  // Now on each zone's wall clock: one look-up per zone.
  const weekdayIn = new Int8Array(zones.length);
  const minutesIn = new Float64Array(zones.length);
  // 1 where the zone's clocks do not change within a day (and a margin) either side of now.
  const steadyIn = new Uint8Array(zones.length);
  const at = now.getTime();
  zones.forEach((name, z) => {
    const here = zonedParts(now, name);
    weekdayIn[z] = here.weekday;
    minutesIn[z] = here.minutes;
    steadyIn[z] = sameOffset(name, at - STEADY_MS, at + STEADY_MS) ? 1 : 0;
  });

  for (let i = 0; i < n; i++) {
    const weekday = day[i]!;
    if (weekday === NO_WEEKDAY) {
      minutesUntil[i] = NaN;
      continue;
    }
    const z = zone[i]!;
    const hereMinutes = minutesIn[z]!;
    const daysAhead = (weekday - weekdayIn[z]! + 7) % 7;
    if (daysAhead === 0) flags[i]! |= CLOCK.today;
    else if (daysAhead === 1) flags[i]! |= CLOCK.tomorrow;
    const begins = start[i]!;
    if (Number.isNaN(begins)) {
      // A day but no time: upcoming with its day, before the day's timed meetings.
      minutesUntil[i] = daysAhead * MINUTES_PER_DAY - hereMinutes;
      continue;
    }
    const lasts = duration[i]!;
    const steady = steadyIn[z] === 1;
    let until = (daysAhead * MINUTES_PER_DAY + begins - hereMinutes + WEEK) % WEEK;
    // Started less than its duration ago: this occurrence is still the current one. On the night
    // the clocks go forward a meeting's wall clock runs up to an hour ahead of the time it has
    // really lasted, so there one that seems over by up to two hours is asked exactly.
    if (until > WEEK - lasts || (!steady && until > WEEK - lasts - 120 && isInProgress(meetings[i]!, now))) until -= WEEK;
    minutesUntil[i] = until;
    if (steady) {
      // Meetings start on whole minutes: started at or before now's minute and not yet ended is in
      // progress; starting after it and within the hour is soon (as `isInProgress`, `startsWithin`).
      if (until <= 0 && until > -lasts) flags[i]! |= CLOCK.now;
      else if (until > 0 && until <= SOON_MINUTES) flags[i]! |= CLOCK.soon;
    } else if (until > -lasts - 120 && until < SOON_MINUTES + 120) {
      // The clocks change near now: wall-clock minutes can differ from real ones, so the near ones
      // are asked exactly.
      const meeting = meetings[i]!;
      if (isInProgress(meeting, now)) flags[i]! |= CLOCK.now;
      else if (startsWithin(meeting, now, SOON_MINUTES)) flags[i]! |= CLOCK.soon;
    }
  }

  // Meetings in progress (down to a day ago) and those by appointment (NaN) come first and last.
  const { order, ranks } = orderByMinute(minutesUntil, 2 * MINUTES_PER_DAY);
  return { minute: epochMinute(now.getTime()), flags, minutesUntil, order, ranks };
}
