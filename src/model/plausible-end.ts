/**
 * A feed's end time, checked against its start. A typo must not become a wrong meeting: SEPIA's
 * "Mustard Seed 2.0" has 12:15–01:15, which read literally is a 13-hour meeting shown "in progress"
 * all afternoon. Meetings run an hour or two; an end more than `MAX_MEETING_MINUTES` after the start
 * is a feed error, read as the evident 12-hour slip when there is one (01:15 → 13:15), else dropped.
 */
import { MINUTES_PER_DAY } from './time.js';

/** The longest a weekly meeting plausibly runs. */
export const MAX_MEETING_MINUTES = 6 * 60;

export type EndReading =
  | { kind: 'as-written'; end: number }
  /** The end was written on a 12-hour clock: the afternoon reading, stated as a guess. */
  | { kind: 'guessed'; end: number; minutes: number }
  /** No plausible reading: the meeting is shown with its start only. */
  | { kind: 'dropped'; minutes: number };

/** Minutes from start to end, past midnight when the end is earlier. */
export function minutesBetween(start: number, end: number): number {
  return (((end - start) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

export function readEnd(start: number, end: number): EndReading {
  const minutes = minutesBetween(start, end);
  if (minutes <= MAX_MEETING_MINUTES) return { kind: 'as-written', end };
  // 00:00–23:59 is how feeds write a round-the-clock (marathon, "24 hour") meeting: it is meant.
  if (start === 0 && end >= MINUTES_PER_DAY - 1) return { kind: 'as-written', end };
  const afternoon = (end + MINUTES_PER_DAY / 2) % MINUTES_PER_DAY;
  if (end < MINUTES_PER_DAY / 2 && minutesBetween(start, afternoon) > 0 && minutesBetween(start, afternoon) <= MAX_MEETING_MINUTES) {
    return { kind: 'guessed', end: afternoon, minutes };
  }
  return { kind: 'dropped', minutes };
}

/** "13:15" for 795 minutes, as a diagnostic writes a time. */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
