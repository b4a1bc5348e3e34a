/**
 * The base order of meetings, Sunday first, then start time, then name; by appointment last. The
 * list's "upcoming" order (query/clock-view.ts) starts from this, so equal times keep it.
 */
import type { Meeting } from './meeting.js';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** By day (Sunday first), start (no time first), name. Done once per load, not per query. */
export function compareMeetings(a: Meeting, b: Meeting): number {
  return (
    (a.day ?? 7) - (b.day ?? 7) ||
    (a.start ?? -1) - (b.start ?? -1) ||
    collator.compare(a.name, b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
