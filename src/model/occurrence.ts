/**
 * When a weekly meeting actually happens. A meeting is at a wall-clock time (`day`, `start`, `end`)
 * in its own IANA zone; this module turns that into real instants across DST changes and time
 * zones, and back into wall-clock parts for any zone. Pure: only `Intl` and `Date`.
 *
 * Conventions:
 * - A zone of `undefined` (or one the runtime does not know) is the viewer's own zone, read through
 *   `Date`'s local getters, which in a browser agree with `Intl.DateTimeFormat().resolvedOptions()`.
 * - DST: a wall-clock time that does not exist (spring-forward gap) moves forward by the gap
 *   (02:30 → 03:30); one that happens twice (fall-back) is the first, earlier instant. A weekly
 *   meeting therefore happens exactly once each week, even on the night the clocks go back.
 * - Speed: one `Intl.DateTimeFormat` per zone; the wall clock of the latest instant asked about is
 *   remembered per zone (callers loop over many meetings with one `now`), and so is each local
 *   day's offset, so a loop over 50,000 meetings costs a couple of formatter calls per zone and
 *   day (a few more per distinct start time on a day the clocks change).
 */
import type { Meeting, Weekday } from './meeting.js';
import { daysAfter, MINUTES_PER_DAY } from './time.js';

/** Wall-clock parts of an instant in a zone (undefined zone = the runtime's/viewer's zone). */
export interface ZonedParts {
  year: number;
  /** 1–12. */
  month: number;
  /** Day of the month, 1–31. */
  day: number;
  weekday: Weekday;
  /** Minutes after local midnight. */
  minutes: number;
}

/** The part of a meeting that says when it is. */
export type MeetingSchedule = Pick<Meeting, 'day' | 'start' | 'end' | 'timezone'>;

/** Minutes a meeting is taken to last when its end is unknown (or equal to its start). */
export const DEFAULT_DURATION = 60;

const MINUTE = 60_000;
const DAY = 86_400_000;
const HOUR = 60 * MINUTE;

// ---------------------------------------------------------------------------------------------
// Zones and wall clocks. Internally a wall clock is a "local ms": the wall-clock date and time
// read as if it were UTC, so `local - instant` is the zone's offset at that instant.

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** The cached formatter of a zone; undefined for no zone or one the runtime does not know. */
function formatterFor(zone: string | undefined): Intl.DateTimeFormat | undefined {
  if (!zone) return undefined;
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter ?? undefined;
}

/** Date.UTC that keeps years 0–99 as themselves (Date.UTC maps them to 1900–1999). */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year >= 0 && year < 100) {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    date.setUTCHours(hour, minute, second, 0);
    return date.getTime();
  }
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The wall clock ("local ms") of `instant` in the zone of `formatter` (the viewer's when undefined). */
function localOf(instant: number, formatter: Intl.DateTimeFormat | undefined): number {
  if (!formatter) return instant - new Date(instant).getTimezoneOffset() * MINUTE;
  let year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  for (const part of formatter.formatToParts(instant)) {
    switch (part.type) {
      case 'year': year = Number(part.value); break;
      case 'month': month = Number(part.value); break;
      case 'day': day = Number(part.value); break;
      case 'hour': hour = Number(part.value) % 24; break;
      case 'minute': minute = Number(part.value); break;
      case 'second': second = Number(part.value); break;
      default: break;
    }
  }
  return utc(year, month, day, hour, minute, second) + (((instant % 1000) + 1000) % 1000);
}

/** A zone resolved once: its formatter (none = viewer) and a cache key. */
interface Zone {
  formatter: Intl.DateTimeFormat | undefined;
  key: string;
}

const VIEWER: Zone = { formatter: undefined, key: '' };
const zones = new Map<string, Zone>();

function resolveZone(zone: string | undefined): Zone {
  if (!zone) return VIEWER;
  let resolved = zones.get(zone);
  if (!resolved) {
    const formatter = formatterFor(zone);
    resolved = formatter ? { formatter, key: zone } : VIEWER;
    zones.set(zone, resolved);
  }
  return resolved;
}

/** Per zone and UTC hour: the zone's offset throughout that hour, or null when it changes within it. */
const hourOffsets = new Map<string, Map<number, number | null>>();

/**
 * The zone's offset at `instant` in ms. Formatting is the costly part (a list row asks several times
 * for the same few hours), so each zone's offset is known per hour: when it is the same at both ends
 * of the hour it holds throughout (no zone changes and changes back within an hour), otherwise the
 * instant itself is formatted.
 */
function offsetMs(instant: number, zone: Zone): number {
  if (!zone.formatter) return localOf(instant, undefined) - instant;
  const hour = Math.floor(instant / HOUR);
  const cache = cacheOf(hourOffsets, zone.key);
  let offset = cache.get(hour);
  if (offset === undefined) {
    const start = hour * HOUR;
    const end = start + HOUR - 1;
    const atStart = localOf(start, zone.formatter) - start;
    offset = atStart === localOf(end, zone.formatter) - end ? atStart : null;
    cache.set(hour, offset);
  }
  return offset ?? localOf(instant, zone.formatter) - instant;
}

/** The wall clock of `instant` in `zone`, as ms since 1970-01-01 00:00 on that wall clock. */
function local(instant: number, zone: Zone): number {
  return instant + offsetMs(instant, zone);
}

/**
 * Per zone and local day number (wall ms / DAY): the zone's offset when it is the same from a day
 * before that day to a day after it (nearly always), or null for a day near a transition.
 */
const dayOffsets = new Map<string, Map<number, number | null>>();
/** Per zone, resolved wall clocks of days near a transition. */
const transitionInstants = new Map<string, Map<number, number>>();
const CACHE_LIMIT = 4096;

function cacheOf<V>(caches: Map<string, Map<number, V>>, key: string): Map<number, V> {
  let cache = caches.get(key);
  if (!cache) {
    cache = new Map();
    caches.set(key, cache);
  } else if (cache.size >= CACHE_LIMIT) cache.clear();
  return cache;
}

/**
 * The instant of a wall clock ("local ms") in a zone: gap → forward by the gap, overlap → the
 * earlier instant. Two formatter calls per zone and local day; more only near a transition.
 */
function instantMs(wall: number, zone: Zone): number {
  const day = Math.floor(wall / DAY);
  const days = cacheOf(dayOffsets, zone.key);
  let steady = days.get(day);
  if (steady === undefined) {
    // Offsets are within ±24 h, so every instant of this local day lies in [start − 1 day, end + 1 day].
    const before = offsetMs(day * DAY - DAY, zone);
    const after = offsetMs(day * DAY + 2 * DAY, zone);
    steady = before === after ? before : null;
    days.set(day, steady);
  }
  if (steady !== null) return wall - steady;

  const cache = cacheOf(transitionInstants, zone.key);
  const cached = cache.get(wall);
  if (cached !== undefined) return cached;
  const before = offsetMs(wall - DAY, zone);
  const after = offsetMs(wall + DAY, zone);
  let instant: number;
  if (before === after) {
    instant = wall - before;
  } else {
    const early = wall - before;
    const late = wall - after;
    const earlyFits = offsetMs(early, zone) === before;
    const lateFits = offsetMs(late, zone) === after;
    if (earlyFits && lateFits) instant = Math.min(early, late);
    else if (lateFits) instant = late;
    // A gap (or only the earlier offset fits): reading the wall clock with the offset in force
    // before the change moves a nonexistent time forward by the gap.
    else instant = early;
  }
  cache.set(wall, instant);
  return instant;
}

function weekdayOfLocal(localMs: number): Weekday {
  const days = Math.floor(localMs / DAY);
  return ((((days + 4) % 7) + 7) % 7) as Weekday; // 1970-01-01 was a Thursday
}

// ---------------------------------------------------------------------------------------------
// Public conversions

/** Wall-clock parts of an instant in a zone (undefined zone = the runtime's/viewer's zone). */
export function zonedParts(instant: Date, zone: string | undefined): ZonedParts {
  const wall = new Date(local(instant.getTime(), resolveZone(zone)));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    weekday: wall.getUTCDay() as Weekday,
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/**
 * The instant (UTC) of a wall-clock date+minutes in a zone. DST: a nonexistent time
 * (spring-forward gap) moves forward by the gap (02:30 → 03:30 local); an ambiguous time
 * (fall-back) takes the FIRST occurrence (the earlier instant). `day` and `minutes` may overflow
 * (day 32 of January is February 1; minutes 1440 is the next midnight).
 */
export function instantOf(year: number, month: number, day: number, minutes: number, zone: string | undefined): Date {
  return new Date(instantMs(utc(year, month, day) + minutes * MINUTE, resolveZone(zone)));
}

/** Minutes east of UTC of the zone at that instant (America/Chicago in winter → -360). */
export function offsetMinutes(instant: Date, zone: string | undefined): number {
  return offsetMs(instant.getTime(), resolveZone(zone)) / MINUTE;
}

// ---------------------------------------------------------------------------------------------
// Weekly occurrences

/** The start (ms) of the first occurrence at or after `now`, or that started less than `graceMs` ago. */
function nextStartMs(day: Weekday, start: number, zone: Zone, now: number, graceMs: number): number {
  const nowLocal = local(now, zone);
  const today = Math.floor(nowLocal / DAY);
  const ahead = daysAfter(weekdayOfLocal(nowLocal), day);
  const wallOn = (offset: number): number => (today + offset) * DAY + start * MINUTE;
  const counts = (instant: number): boolean => instant >= now || instant > now - graceMs;

  const candidate = instantMs(wallOn(ahead), zone);
  if (!counts(candidate)) return instantMs(wallOn(ahead + 7), zone);
  // Last week's occurrence may still be within the grace (a Saturday 23:30 meeting on Sunday at
  // 00:10). Only worth looking when its wall clock is close; a day of margin covers any offset change.
  if (graceMs > 0 && nowLocal - wallOn(ahead - 7) - DAY < graceMs) {
    const earlier = instantMs(wallOn(ahead - 7), zone);
    if (counts(earlier)) return earlier;
  }
  return candidate;
}

/** Minutes from start to end, wrapping past midnight; `DEFAULT_DURATION` when end is unknown or equal to start. */
export function durationMinutes(start: number, end: number | undefined): number {
  if (end === undefined) return DEFAULT_DURATION;
  const minutes = (((end - start) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return minutes === 0 ? DEFAULT_DURATION : minutes;
}

/**
 * The next start of a weekly meeting at or after `now` (a meeting that started less than
 * `graceMinutes` ago counts as this occurrence, so "in progress" meetings stay current); undefined
 * when day or start is undefined.
 */
export function nextOccurrence(
  meeting: Pick<Meeting, 'day' | 'start' | 'timezone'>,
  now: Date,
  graceMinutes = 0,
): Date | undefined {
  const { day, start } = meeting;
  if (day === undefined || start === undefined) return undefined;
  return new Date(nextStartMs(day, start, resolveZone(meeting.timezone), now.getTime(), graceMinutes * MINUTE));
}

function currentOrNextMs(meeting: MeetingSchedule, now: number): { start: number; end: number } | undefined {
  const { day, start } = meeting;
  if (day === undefined || start === undefined) return undefined;
  const duration = durationMinutes(start, meeting.end) * MINUTE;
  const begins = nextStartMs(day, start, resolveZone(meeting.timezone), now, duration);
  return { start: begins, end: begins + duration };
}

/**
 * Start and end instants of the occurrence that is in progress at `now`, or the next one.
 * Duration = end − start (wrapping past midnight), as elapsed time from the real start; when end is
 * unknown (or equal to start) `DEFAULT_DURATION`.
 */
export function currentOrNextOccurrence(meeting: MeetingSchedule, now: Date): { start: Date; end: Date } | undefined {
  const occurrence = currentOrNextMs(meeting, now.getTime());
  return occurrence && { start: new Date(occurrence.start), end: new Date(occurrence.end) };
}

/** Is an occurrence of the meeting going on at `now` (start <= now < end)? */
export function isInProgress(meeting: MeetingSchedule, now: Date): boolean {
  const at = now.getTime();
  const occurrence = currentOrNextMs(meeting, at);
  return occurrence !== undefined && occurrence.start <= at && at < occurrence.end;
}

/**
 * Is the zone's offset from UTC the same at both instants? For instants a day or two apart that
 * means no clock change between them, so wall-clock minutes there are real minutes.
 */
export function sameOffset(zone: string | undefined, a: number, b: number): boolean {
  const resolved = resolveZone(zone);
  return offsetMs(a, resolved) === offsetMs(b, resolved);
}

/** Does the meeting start in [now, now + minutes]? (One that has already started does not.) */
export function startsWithin(meeting: Pick<Meeting, 'day' | 'start' | 'timezone'>, now: Date, minutes: number): boolean {
  const { day, start } = meeting;
  if (day === undefined || start === undefined) return false;
  const at = now.getTime();
  return nextStartMs(day, start, resolveZone(meeting.timezone), at, 0) <= at + minutes * MINUTE;
}

/**
 * Is the meeting's weekday today (offsetDays 0) / tomorrow (1) *where the meeting is*, i.e. by
 * its zone's calendar at `now`?
 */
export function isOnDay(meeting: Pick<Meeting, 'day' | 'timezone'>, now: Date, offsetDays: 0 | 1): boolean {
  if (meeting.day === undefined) return false;
  const weekday = weekdayOfLocal(local(now.getTime(), resolveZone(meeting.timezone)));
  return (weekday + offsetDays) % 7 === meeting.day;
}

/**
 * The same wall-clock occurrence seen from another zone: weekday and minutes in `viewerZone` of
 * the meeting's current (in progress) or next occurrence — for "7:00 PM in Memphis · 8:00 PM your
 * time". Undefined when day or start is undefined.
 */
export function inViewerZone(
  meeting: MeetingSchedule,
  now: Date,
  viewerZone: string | undefined,
): { weekday: Weekday; minutes: number } | undefined {
  const occurrence = currentOrNextMs(meeting, now.getTime());
  if (!occurrence) return undefined;
  const { weekday, minutes } = zonedParts(new Date(occurrence.start), viewerZone);
  return { weekday, minutes };
}

/** True when the two zones have a different UTC offset at `now` (America/Chicago and America/Winnipeg agree). */
export function zonesDiffer(a: string | undefined, b: string | undefined, now: Date): boolean {
  const first = resolveZone(a);
  const second = resolveZone(b);
  if (first === second) return false;
  const at = now.getTime();
  return offsetMs(at, first) !== offsetMs(at, second);
}
