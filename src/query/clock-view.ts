/**
 * What the clock says about every meeting, computed once a minute rather than per keystroke: is it
 * today or tomorrow *where the meeting is*, is it starting within the hour, is it in progress, and
 * the "upcoming" order (by next start from now, meetings in progress first).
 *
 * Each meeting is compared with the wall clock of its own zone (one Intl look-up per zone, not per
 * meeting), so "today" follows the meeting's calendar across time zones and DST. The few meetings
 * near their start are then checked exactly, instant by instant, so "starting soon" stays right
 * on the night the clocks change.
 */
import type { Meeting } from '../model/meeting.js';
import { DEFAULT_DURATION, isInProgress, startsWithin, zonedParts, type ZonedParts } from '../model/occurrence.js';
import { MINUTES_PER_DAY } from '../model/time.js';
import { sortedPositions } from './sorted-positions.js';

export const CLOCK = { today: 1, tomorrow: 2, soon: 4, now: 8 } as const;

/** "Starting soon" means within this many minutes. */
export const SOON_MINUTES = 60;

const WEEK = 7 * MINUTES_PER_DAY;

export interface ClockView {
  /** The minute (since the epoch) this view is for. */
  readonly minute: number;
  /** CLOCK bits per meeting. */
  readonly flags: Uint8Array;
  /** Minutes from now to the next start (negative while in progress); NaN by appointment. */
  readonly minutesUntil: Float64Array;
  /** Positions in upcoming order: in progress, then by next start; appointments last. */
  readonly order: Int32Array;
}

export function clockView(meetings: readonly Meeting[], now: Date): ClockView {
  const n = meetings.length;
  const flags = new Uint8Array(n);
  const minutesUntil = new Float64Array(n);
  const zones = new Map<string | undefined, ZonedParts>();

  for (let i = 0; i < n; i++) {
    const meeting = meetings[i]!;
    let here = zones.get(meeting.timezone);
    if (!here) {
      here = zonedParts(now, meeting.timezone);
      zones.set(meeting.timezone, here);
    }
    if (meeting.day === undefined) {
      minutesUntil[i] = NaN;
      continue;
    }
    const daysAhead = (meeting.day - here.weekday + 7) % 7;
    if (daysAhead === 0) flags[i]! |= CLOCK.today;
    else if (daysAhead === 1) flags[i]! |= CLOCK.tomorrow;
    if (meeting.start === undefined) {
      // A day but no time: upcoming with its day, before the day's timed meetings.
      minutesUntil[i] = daysAhead * MINUTES_PER_DAY - here.minutes;
      continue;
    }
    const duration = meeting.end === undefined ? DEFAULT_DURATION : (meeting.end - meeting.start + MINUTES_PER_DAY) % MINUTES_PER_DAY || DEFAULT_DURATION;
    let until = (daysAhead * MINUTES_PER_DAY + meeting.start - here.minutes + WEEK) % WEEK;
    // Started less than its duration ago: this occurrence is still the current one.
    if (until > WEEK - duration) until -= WEEK;
    minutesUntil[i] = until;
    // Wall-clock minutes can differ from real ones by the DST shift: check the near ones exactly.
    if (until > -duration - 120 && until < SOON_MINUTES + 120) {
      if (isInProgress(meeting, now)) flags[i]! |= CLOCK.now;
      else if (startsWithin(meeting, now, SOON_MINUTES)) flags[i]! |= CLOCK.soon;
    }
  }

  const order = sortedPositions(minutesUntil, (until) => until + 2 * MINUTES_PER_DAY);
  return { minute: Math.floor(now.getTime() / 60_000), flags, minutesUntil, order };
}
