/**
 * How a meeting could be reached at all, whatever the time: joinable online, or a place to go to.
 * "Still possible" looks only at meetings with a way that counts; the filter index keeps the ways
 * as a column, made in its one pass over the feed at load. Worked out on first use instead, they
 * were a pass over 200,000 meeting objects (15–20 ms) in the first frames after the list was
 * ready, just when a person starts to type.
 */
import type { Meeting } from '../model/meeting.js';

/** Can be joined by a link or a phone number. */
export const JOINABLE = 1;
/** Has a known, exact place to go to. */
export const PLACE = 2;

/** A meeting's ways as bits: JOINABLE, PLACE, both or none (inactive meetings have none). */
export function reachWaysOf(meeting: Meeting): number {
  const { attendance, online, location } = meeting;
  if (attendance === 'inactive') return 0;
  const joinable = attendance !== 'in_person' && Boolean(online.url || online.phone);
  const place = attendance !== 'online' && location.coordinates !== undefined && !location.approximate;
  return (joinable ? JOINABLE : 0) | (place ? PLACE : 0);
}

/** The ways of every meeting of a feed, as the filter index's `reach` holds them (for the tests, which have no index). */
export function reachWays(meetings: readonly Meeting[]): Uint8Array {
  return Uint8Array.from(meetings, reachWaysOf);
}

/**
 * Whether a meeting could be reached at all: joinable online, or a place to go to when in-person
 * meetings count. Everything "still possible" lists passes this (a test checks).
 */
export function mayReach(meeting: Meeting, inPersonCounts: boolean): boolean {
  return (reachWaysOf(meeting) & (inPersonCounts ? JOINABLE | PLACE : JOINABLE)) !== 0;
}
