/**
 * One copy of each repeated value of a feed. `JSON.parse` makes a new string for every value it
 * reads, so a feed of 50,000 meetings holds "PA" 40,000 times, its status page's URL 50,000 times,
 * each start time and region name thousands of times; and each meeting had its own type objects and
 * lists though most share them. Measured on the real 2,038-meeting SEPIA feed, the repeats were a
 * quarter of the list's memory (issue 11). After a feed is read, each distinct string is kept once
 * (in the meetings and in their original records alike: equal values, so nothing a person or a
 * script sees changes), and equal type objects and equal lists of types, features and regions are
 * one frozen object each, as the feeds' entities already are (a multi-day record's meetings always
 * shared theirs).
 */
import type { Meeting, MeetingType } from './meeting.js';
import { PAUSE_EVERY, type Steps } from './run-in-slices.js';

/** Interns the repeated values of `meetings` in place (see above); pauses every few hundred meetings. */
export function* shareRepeatedValues(meetings: readonly Meeting[]): Steps<void> {
  const pool = valuePool();
  for (let i = 0; i < meetings.length; i++) {
    pool.meeting(meetings[i]!);
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
}

/** A feed's pool of shared values; `meeting()` rewrites one meeting's values to the pool's copies. */
export function valuePool(): { meeting(meeting: Meeting): void; text(value: string): string } {
  const strings = new Map<string, string>();
  const objects = new Map<string, object>();
  const types = new Map<string, MeetingType>();
  const typeKeys = new WeakMap<MeetingType, string>();
  const done = new WeakSet<object>();

  const text = (value: string): string => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  /** Every string property (and string in an array property) of a plain object, in place. */
  const textsOf = (object: Record<string, unknown>): void => {
    if (done.has(object) || Object.isFrozen(object)) return;
    done.add(object);
    for (const key of Object.keys(object)) {
      const value = object[key];
      if (typeof value === 'string') object[key] = text(value);
      else if (Array.isArray(value) && !Object.isFrozen(value)) {
        for (let i = 0; i < value.length; i++) if (typeof value[i] === 'string') value[i] = text(value[i]);
      }
    }
  };
  /** The pool's frozen object for `key`: `value` itself the first time. */
  const one = <T extends object>(key: string, value: T): T => {
    const known = objects.get(key);
    if (known) return known as T;
    objects.set(key, Object.freeze(value));
    return value;
  };
  const type = (value: MeetingType): MeetingType => {
    if (Object.isFrozen(value)) return value;
    const key = JSON.stringify([value.code, value.feature, value.label, value.description, value.worldId]);
    const known = types.get(key);
    if (known) return known;
    textsOf(value as unknown as Record<string, unknown>);
    const frozen = Object.freeze(value);
    types.set(key, frozen);
    typeKeys.set(frozen, key);
    return frozen;
  };

  return {
    text,
    meeting(meeting) {
      // The original record: its values equal, the record itself its own (a script may compare records).
      if (typeof meeting.raw === 'object' && meeting.raw !== null && !Array.isArray(meeting.raw)) textsOf(meeting.raw as Record<string, unknown>);
      textsOf(meeting as unknown as Record<string, unknown>);
      const { location } = meeting;
      if (!done.has(location)) {
        textsOf(location as unknown as Record<string, unknown>);
        location.regions = one(`r${location.regions.join('\u0000')}`, location.regions);
        // Many meetings meet at one place: one frozen position for it.
        const at = location.coordinates;
        if (at && !Object.isFrozen(at)) location.coordinates = one(`c${at.latitude},${at.longitude}`, at);
      }
      textsOf(meeting.online as unknown as Record<string, unknown>);
      if (!Object.isFrozen(meeting.types)) {
        const shared = meeting.types.map(type);
        meeting.types = one(`t${shared.map((each) => typeKeys.get(each) ?? each.code).join('\u0000')}`, shared);
      }
      meeting.features = one(`f${meeting.features.join('\u0000')}`, meeting.features);
    },
  };
}
