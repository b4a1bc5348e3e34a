/**
 * A VTIMEZONE for an IANA zone, built from the browser's own Intl data (no tz database shipped).
 * The zone's offset changes are found by scanning its offset week by week over a window of years
 * and narrowing each change to the minute. When a kind of change recurs every year on the same
 * rule ("second Sunday of March at 02:00"), it is written once with a yearly RRULE, so calendars
 * keep the meeting right beyond the window; otherwise each change is written out on its own.
 */
import { offsetMinutes } from '../model/occurrence.js';
import { basicDateTime, byDayOf, type LocalDateTime } from './calendar-event.js';
import { utcOffset } from './ics-format.js';
import type { Weekday } from '../model/meeting.js';

const MINUTE = 60_000;
const WEEK = 7 * 86_400_000;
/** Years scanned: one before the event (so its DTSTART follows an onset of each kind) and a few after. */
const YEARS_BEFORE = 1;
const YEARS_AFTER = 3;

interface Transition {
  /** The instant of the change (ms). */
  at: number;
  /** Offsets in minutes east of UTC, before and after. */
  from: number;
  to: number;
}

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  onset: LocalDateTime;
  from: number;
  to: number;
  name?: string;
  rule?: string;
}

/** Every offset change in [start, end), each to the minute. */
function transitions(zone: string, start: number, end: number): Transition[] {
  const offset = (at: number) => offsetMinutes(new Date(at), zone);
  const found: Transition[] = [];
  let low = start;
  let lowOffset = offset(start);
  while (low < end) {
    const high = Math.min(low + WEEK, end);
    if (offset(high) === lowOffset) {
      low = high;
      continue;
    }
    let a = low;
    let b = high;
    while (b - a > MINUTE) {
      const middle = a + Math.floor((b - a) / 2 / MINUTE) * MINUTE;
      if (offset(middle) === lowOffset) a = middle;
      else b = middle;
    }
    const to = offset(b);
    found.push({ at: b, from: lowOffset, to });
    low = b;
    lowOffset = to;
  }
  return found;
}

const shortNameFormats = new Map<string, Intl.DateTimeFormat[]>();

/**
 * The zone's abbreviation ("CST", "CEST") when Intl knows one; en-US names American zones and
 * en-GB European ones. Generic "GMT+1" forms are no abbreviation and are left out.
 */
function shortName(zone: string, at: number): string | undefined {
  let formats = shortNameFormats.get(zone);
  if (!formats) {
    try {
      formats = ['en-US', 'en-GB'].map((locale) => new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }));
    } catch {
      formats = [];
    }
    shortNameFormats.set(zone, formats);
  }
  for (const format of formats) {
    const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
    if (name && /^[A-Z]{2,5}$/.test(name)) return name;
  }
  return undefined;
}

/** The wall clock of an instant at a given offset. */
function wallClock(at: number, offset: number): LocalDateTime {
  const date = new Date(at + offset * MINUTE);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    minutes: date.getUTCHours() * 60 + date.getUTCMinutes(),
  };
}

const weekdayOf = (at: LocalDateTime) => new Date(Date.UTC(at.year, at.month - 1, at.day)).getUTCDay() as Weekday;
const daysInMonth = (at: LocalDateTime) => new Date(Date.UTC(at.year, at.month, 0)).getUTCDate();

/**
 * The yearly RRULE that produces exactly these onsets (one a year, every year of the window), or
 * undefined. Tried in the order real rules are written: last weekday, nth weekday, fixed date.
 */
function yearlyRule(onsets: readonly LocalDateTime[], years: number): string | undefined {
  const first = onsets[0];
  if (!first || onsets.length !== years || onsets.some((onset, index) => onset.year !== first.year + index)) return undefined;
  const same = (read: (onset: LocalDateTime) => number) => onsets.every((onset) => read(onset) === read(first));
  if (!same((onset) => onset.month) || !same((onset) => onset.minutes)) return undefined;
  const base = `FREQ=YEARLY;BYMONTH=${first.month}`;
  if (same(weekdayOf)) {
    const day = byDayOf(weekdayOf(first));
    if (onsets.every((onset) => onset.day + 7 > daysInMonth(onset))) return `${base};BYDAY=-1${day}`;
    const nth = (onset: LocalDateTime) => Math.ceil(onset.day / 7);
    if (same(nth)) return `${base};BYDAY=${nth(first)}${day}`;
  }
  if (same((onset) => onset.day)) return `${base};BYMONTHDAY=${first.day}`;
  return undefined;
}

function observances(zone: string, year: number): Observance[] {
  const start = Date.UTC(year - YEARS_BEFORE, 0, 1);
  const end = Date.UTC(year + YEARS_AFTER + 1, 0, 1);
  const years = YEARS_BEFORE + YEARS_AFTER + 1;
  const changes = transitions(zone, start, end);
  // Daylight time is the higher offset of a pair the zone goes back and forth between; a one-way
  // change (a zone moving its standard time) is a new standard time.
  const isDaylight = (change: Transition) =>
    change.to > change.from && changes.some((other) => other.from === change.to && other.to === change.from);

  const groups = new Map<string, Transition[]>();
  for (const change of changes) {
    const key = `${isDaylight(change)}|${change.from}|${change.to}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  const result: Observance[] = [];
  for (const group of groups.values()) {
    const kind = isDaylight(group[0]!) ? 'DAYLIGHT' : 'STANDARD';
    const describe = (change: Transition): Observance => ({
      kind,
      // The onset is written in the local time before the change (RFC 5545 §3.6.5).
      onset: wallClock(change.at, change.from),
      from: change.from,
      to: change.to,
      name: shortName(zone, change.at),
    });
    const rule = yearlyRule(
      group.map((change) => wallClock(change.at, change.from)),
      years,
    );
    if (rule) result.push({ ...describe(group[0]!), rule });
    else result.push(...group.map(describe));
  }
  // Without a yearly rule the time before the first change needs an onset of its own; a zone
  // without any change has only this one.
  if (!result.some((observance) => observance.rule)) {
    const offset = offsetMinutes(new Date(start), zone);
    result.push({ kind: 'STANDARD', onset: wallClock(start, offset), from: offset, to: offset, name: shortName(zone, start) });
  }
  return result.sort((a, b) => basicDateTime(a.onset).localeCompare(basicDateTime(b.onset)));
}

const cache = new Map<string, readonly string[]>();

/**
 * The content lines (unfolded) of a VTIMEZONE for `zone` (a canonical IANA name the runtime
 * knows), covering the year of the event and the years around it.
 */
export function vtimezoneLines(zone: string, year: number): readonly string[] {
  const key = `${zone}|${year}`;
  let lines = cache.get(key);
  if (!lines) {
    lines = [
      'BEGIN:VTIMEZONE',
      `TZID:${zone}`,
      ...observances(zone, year).flatMap((observance) => [
        `BEGIN:${observance.kind}`,
        `DTSTART:${basicDateTime(observance.onset)}`,
        `TZOFFSETFROM:${utcOffset(observance.from)}`,
        `TZOFFSETTO:${utcOffset(observance.to)}`,
        ...(observance.name ? [`TZNAME:${observance.name}`] : []),
        ...(observance.rule ? [`RRULE:${observance.rule}`] : []),
        `END:${observance.kind}`,
      ]),
      'END:VTIMEZONE',
    ];
    cache.set(key, lines);
  }
  return lines;
}
