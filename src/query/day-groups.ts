/**
 * Which day a meeting's next start falls on, counted from today in the zone the headings follow.
 * Pure: from the clock view's `minutesUntil` and the wall-clock minute of "now" in that zone.
 */
import type { Weekday } from '../model/meeting.js';
import type { ZonedParts } from '../model/occurrence.js';
import { MINUTES_PER_DAY } from '../model/time.js';

/** Offset of the list's heading: 0 today (meetings in progress included) … 7 this weekday next week; −1 by appointment. */
export function dayOffset(minutesUntil: number, hereMinutes: number): number {
  return Number.isNaN(minutesUntil) ? -1 : Math.max(0, Math.floor((hereMinutes + minutesUntil) / MINUTES_PER_DAY));
}

export interface WeekdayGroup {
  /** Undefined for the meetings by appointment, which come last. */
  weekday: Weekday | undefined;
  /** Positions into the meetings, by start time within the day. */
  positions: number[];
}

/**
 * A week's schedule, as on paper: one group per weekday, starting with today's, each weekday once
 * (today's earlier meetings are in today's group, not a "next week" one), meetings by time of day.
 * A meeting in progress since yesterday evening is yesterday's, so it closes the week. Whatever
 * order `positions` is in (nearest first included), the schedule reads by day and time.
 */
export function weekdayGroups(positions: Iterable<number>, minutesUntil: ArrayLike<number>, here: ZonedParts): WeekdayGroup[] {
  const days: Array<Array<{ position: number; minute: number }>> = Array.from({ length: 7 }, () => []);
  const appointments: number[] = [];
  for (const position of positions) {
    const until = minutesUntil[position]!;
    if (Number.isNaN(until)) {
      appointments.push(position);
      continue;
    }
    const start = here.minutes + until;
    const day = Math.floor(start / MINUTES_PER_DAY);
    days[((day % 7) + 7) % 7]!.push({ position, minute: start - day * MINUTES_PER_DAY });
  }
  const groups: WeekdayGroup[] = [];
  days.forEach((entries, offset) => {
    if (!entries.length) return;
    // Stable: meetings at the same minute keep the order they came in.
    entries.sort((a, b) => a.minute - b.minute);
    groups.push({ weekday: ((here.weekday + offset) % 7) as Weekday, positions: entries.map((entry) => entry.position) });
  });
  if (appointments.length) groups.push({ weekday: undefined, positions: appointments });
  return groups;
}
