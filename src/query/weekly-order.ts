/**
 * The order a person reads a schedule in: by weekday starting today, then by start time, then by
 * name; meetings by appointment (no weekday) come last.
 */
import type { Meeting, Weekday } from '../model/meeting.js';
import { daysAfter, WEEKDAYS } from '../model/time.js';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Sorts by day (Sunday first), start (no time first), name. Done once per load, not per query. */
export function compareMeetings(a: Meeting, b: Meeting): number {
  return (
    (a.day ?? 7) - (b.day ?? 7) ||
    (a.start ?? -1) - (b.start ?? -1) ||
    collator.compare(a.name, b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export interface DayGroup {
  /** Undefined for meetings by appointment. */
  day: Weekday | undefined;
  meetings: Meeting[];
}

/**
 * Groups meetings (already in `compareMeetings` order) by weekday, the week starting on `today`.
 * Empty days are left out.
 */
export function groupByDay(sorted: readonly Meeting[], today: Weekday): DayGroup[] {
  const byDay = new Map<Weekday | undefined, Meeting[]>();
  for (const meeting of sorted) {
    const list = byDay.get(meeting.day);
    if (list) list.push(meeting);
    else byDay.set(meeting.day, [meeting]);
  }
  const days: Array<Weekday | undefined> = [...WEEKDAYS].sort((a, b) => daysAfter(today, a) - daysAfter(today, b));
  days.push(undefined);
  return days.flatMap((day) => {
    const meetings = byDay.get(day);
    return meetings ? [{ day, meetings }] : [];
  });
}
